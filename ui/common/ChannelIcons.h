#pragma once

#include "core/Channel.h"

#include <QIcon>

namespace kontor::ui {

// The channels' SVG icons, loaded once.
QIcon channelIcon(Channel channel);
// One of Kontor's own icons (":/icons/<name>.svg"), loaded once.
QIcon kontorIcon(const QString &name);
// Kontor's icon at a resource path (":/icons/…svg"), loaded once.
QIcon svgIcon(const QString &path);

} // namespace kontor::ui
