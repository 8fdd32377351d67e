#include "connectors/chatwoot/mapping/ChannelMapping.h"

namespace kontor::chatwoot {

Channel channelForInboxType(const QString &channelType, const QString &medium)
{
    const QString type =
        channelType.startsWith(QLatin1StringView("Channel::")) ? channelType.mid(9) : channelType;
    if (type == QLatin1StringView("WebWidget"))
        return Channel::WebChat;
    if (type == QLatin1StringView("Email"))
        return Channel::Email;
    if (type == QLatin1StringView("Whatsapp"))
        return Channel::WhatsApp;
    if (type == QLatin1StringView("TwilioSms"))
        return medium == QLatin1StringView("whatsapp") ? Channel::WhatsApp : Channel::Sms;
    if (type == QLatin1StringView("Sms"))
        return Channel::Sms;
    if (type == QLatin1StringView("FacebookPage"))
        return Channel::Messenger;
    if (type == QLatin1StringView("Instagram"))
        return Channel::Instagram;
    if (type == QLatin1StringView("Telegram"))
        return Channel::Telegram;
    if (type == QLatin1StringView("Voice"))
        return Channel::Voice;
    return Channel::Api;
}

} // namespace kontor::chatwoot
