#pragma once

#include "store/queries/DirectoryQueries.h"
#include "store/queries/InboxQueries.h"

#include <QList>
#include <optional>

namespace kontor {
class StoreReader;
}

namespace kontor::models {

// A channel the agent can answer a customer on, from the conversation open now.
struct ChannelChoice
{
    Channel channel = Channel::WebChat;
    // The conversation a reply on this channel continues: the open one for its own channel, else the
    // customer's most recent conversation there. Absent when none exists yet: a reply would start one.
    std::optional<qint64> conversationId;
    QString address; // the customer's address there (email, number, handle), for display
    bool isCurrent = false;
    // Where a reply would start a new conversation (no conversationId): an inbox for the channel on an
    // account that knows the customer, the open conversation's account first. Absent when no inbox can.
    std::optional<InboxRow> startIn{};
};

// The channels a customer can be reached on: those of their conversations, and those their identities
// reach (an email address, a mobile number for SMS and WhatsApp, a messenger handle). Phone calls are not
// answered in writing and are left out. The open conversation's channel comes first.
QList<ChannelChoice> reachableChannels(StoreReader &reader, const ConversationRow &current);

} // namespace kontor::models
