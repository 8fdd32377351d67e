#pragma once

#include <QSet>
#include <optional>

namespace kontor::sql {
class Database;
}

namespace kontor {

// What concerns the agent using Kontor (the agents marked as self, one per account): their assignments and
// the places they are mentioned.
class SelfQueries
{
public:
    explicit SelfQueries(sql::Database &db);

    // Only the ids: the directory's agent list also counts every agent's open conversations.
    QSet<qint64> agentIds();
    bool isSelf(qint64 agentId);
    // Conversations not resolved that are assigned to the agent.
    QSet<qint64> openAssignedConversations();
    // Whether any message of the conversation mentions the agent.
    bool mentionedIn(qint64 conversationId);
    // Whether the message mentions the agent, not counting a mention of themselves by its author.
    bool mentionedInMessage(qint64 messageId, std::optional<qint64> authorAgentId);

private:
    sql::Database &db_;
};

} // namespace kontor
