#include "core/Channel.h"

#include <QCoreApplication>

namespace kontor {

namespace {
struct ChannelInfo
{
    Channel channel;
    const char *key;
    const char *name;
};

constexpr ChannelInfo kChannels[] = {
    {Channel::Email, "email", QT_TRANSLATE_NOOP("Channel", "Email")},
    {Channel::WebChat, "webchat", QT_TRANSLATE_NOOP("Channel", "Web chat")},
    {Channel::Sms, "sms", QT_TRANSLATE_NOOP("Channel", "SMS")},
    {Channel::WhatsApp, "whatsapp", QT_TRANSLATE_NOOP("Channel", "WhatsApp")},
    {Channel::Messenger, "messenger", QT_TRANSLATE_NOOP("Channel", "Messenger")},
    {Channel::Instagram, "instagram", QT_TRANSLATE_NOOP("Channel", "Instagram")},
    {Channel::Telegram, "telegram", QT_TRANSLATE_NOOP("Channel", "Telegram")},
    {Channel::Voice, "voice", QT_TRANSLATE_NOOP("Channel", "Phone")},
    {Channel::Api, "api", QT_TRANSLATE_NOOP("Channel", "API")},
};

const ChannelInfo &infoFor(Channel channel)
{
    for (const auto &info : kChannels) {
        if (info.channel == channel)
            return info;
    }
    return kChannels[0];
}
} // namespace

QList<Channel> allChannels()
{
    QList<Channel> result;
    for (const auto &info : kChannels)
        result.append(info.channel);
    return result;
}

QString channelKey(Channel channel)
{
    return QString::fromLatin1(infoFor(channel).key);
}

std::optional<Channel> channelFromKey(QStringView key)
{
    for (const auto &info : kChannels) {
        if (key == QLatin1StringView(info.key))
            return info.channel;
    }
    return std::nullopt;
}

QString channelDisplayName(Channel channel)
{
    return QCoreApplication::translate("Channel", infoFor(channel).name);
}

QString channelIconPath(Channel channel)
{
    return QStringLiteral(":/icons/channel-%1.svg").arg(channelKey(channel));
}

} // namespace kontor
