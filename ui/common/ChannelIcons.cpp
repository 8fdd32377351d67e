#include "ui/common/ChannelIcons.h"

#include <QHash>

namespace kontor::ui {

QIcon channelIcon(Channel channel)
{
    static QHash<Channel, QIcon> icons;
    auto it = icons.find(channel);
    if (it == icons.end())
        it = icons.insert(channel, QIcon(channelIconPath(channel)));
    return *it;
}

QIcon kontorIcon(const QString &name)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(name);
    if (it == icons.end())
        it = icons.insert(name, QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg")));
    return *it;
}

} // namespace kontor::ui
