#pragma once

#include "core/Conversation.h"
#include "models/SlaClock.h"

#include <QColor>
#include <QPalette>

namespace kontor::ui {

// The workspace's meaningful colours, each readable on the light and on the dark palette: what is late, what
// is internal, who wrote. Everything else comes from the palette.
bool isDark(const QPalette &palette);
QColor mutedText(const QPalette &palette);
QColor hairline(const QPalette &palette);
QColor slaColor(models::SlaState::Level level, const QPalette &palette);
QColor priorityColor(Priority priority, const QPalette &palette);
QColor incomingBubble(const QPalette &palette);
QColor outgoingBubble(const QPalette &palette);
QColor noteBackground(const QPalette &palette);
QColor noteAccent(const QPalette &palette);
QColor failureColor(const QPalette &palette);
QColor successColor(const QPalette &palette);
// A calm colour for a person's initials, the same for the same name.
QColor avatarColor(const QString &name, const QPalette &palette);

} // namespace kontor::ui
