#include "ui/common/ChannelIcons.h"

#include "ui/common/SvgIconEngine.h"

#include <QHash>

namespace kontor::ui {

QIcon channelIcon(Channel channel)
{
    return svgIcon(channelIconPath(channel));
}

QIcon kontorIcon(const QString &name)
{
    return svgIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

QIcon svgIcon(const QString &path)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(path);
    if (it == icons.end())
        it = icons.insert(path, QIcon(new SvgIconEngine(path)));
    return *it;
}

} // namespace kontor::ui
