#pragma once

#include "core/Channel.h"

#include <QString>

namespace kontor::chatwoot {

// Chatwoot's inbox channel types ("Channel::WebWidget", …) as Kontor channels. Twilio inboxes carry SMS or
// WhatsApp, told apart by their medium. Channels Kontor has no own kind for (Line, the deprecated Twitter
// profile, and any type added later) are Api: their conversations still sync, shown as a generic channel.
Channel channelForInboxType(const QString &channelType, const QString &medium = {});

} // namespace kontor::chatwoot
