#pragma once

#include "core/Channel.h"

#include <QIcon>

namespace kontor::ui {

// The channels' SVG icons, loaded once.
QIcon channelIcon(Channel channel);
// One of Kontor's own icons (":/icons/<name>.svg"), loaded once.
QIcon kontorIcon(const QString &name);

} // namespace kontor::ui
