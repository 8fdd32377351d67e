#pragma once

#include "store/queries/InboxQueries.h"

#include <QDate>
#include <QSet>
#include <optional>

namespace kontor::models {

// What the agent narrows a search to: a channel, a status, who has the conversation, a date range (local
// dates, both ends included) and an inbox. Empty means everything.
struct SearchFilter
{
    enum class Assignee
    {
        Anyone,
        Me,     // one of the signed-in agents
        Nobody, // unassigned
        Agent,  // agentId
    };

    std::optional<Channel> channel{};
    std::optional<ConversationStatus> status{};
    Assignee assignee = Assignee::Anyone;
    qint64 agentId = 0;
    std::optional<QDate> from{};
    std::optional<QDate> to{};
    std::optional<qint64> inboxId{};

    bool isEmpty() const;
    // Whether a hit at `time` (a message's, or a conversation's last activity) in this conversation, on this
    // channel, is wanted. selfAgents: the signed-in agents' ids.
    bool matches(const ConversationRow &conversation, Channel channel, UtcMillis time,
                 const QSet<qint64> &selfAgents) const;
};

} // namespace kontor::models
