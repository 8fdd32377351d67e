#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace kontor {

// The medium a conversation or message travels on. The stored key (channelKey) never changes once shipped.
enum class Channel
{
    Email,
    WebChat,
    Sms,
    WhatsApp,
    Messenger,
    Instagram,
    Telegram,
    Voice,
    Api,
};

QList<Channel> allChannels();
QString channelKey(Channel channel);
std::optional<Channel> channelFromKey(QStringView key);
// Translated, for display.
QString channelDisplayName(Channel channel);
// Resource path of the channel's SVG icon.
QString channelIconPath(Channel channel);

} // namespace kontor
