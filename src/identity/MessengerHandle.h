#pragma once

#include "core/Channel.h"
#include "identity/IdentityResult.h"

namespace kontor {

// Whether people on a channel are known by a handle of that platform rather than by an email address or a
// phone number: web chat, Messenger, Instagram, Telegram and the API channel.
bool isHandlePlatform(Channel channel);

// Makes a platform handle, as a backend reports it or an agent pastes it, into its canonical identity form:
//  - Telegram: a username, with or without "@" or a t.me link, lower-cased because Telegram ignores its case;
//    or the numeric user id that bots and backends see.
//  - Instagram: a username, lower-cased without "@" or instagram.com link; or the numeric Instagram-scoped id
//    of the messaging API.
//  - Messenger: the numeric page-scoped id; Messenger exposes no other identifier to a business.
//  - Web chat and API: the opaque visitor or source id, kept as it is (case included), except that a UUID is
//    written in lower case without braces.
// Email, SMS, WhatsApp and voice have no handles: their people are addresses and numbers.
IdentityResult normalizeHandle(Channel platform, QStringView input);

} // namespace kontor
