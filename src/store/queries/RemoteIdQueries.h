#pragma once

#include "core/Channel.h"

#include <QString>
#include <optional>

namespace kontor::sql {
class Database;
}

namespace kontor {

struct ConversationRemote
{
    QString remoteId{}; // empty while the backend has not confirmed a conversation started here
    std::optional<Channel> channel{};
};

struct AgentRemote
{
    QString remoteId{};
    QString name{};
};

// The backends' ids of local records, read when an outbox entry is delivered (so that ids confirmed since it
// was recorded are picked up). Each is absent when the record is gone.
class RemoteIdQueries
{
public:
    explicit RemoteIdQueries(sql::Database &db);

    std::optional<ConversationRemote> conversation(qint64 conversationId);
    // The customer's contact record on the account: the oldest when merges gave them several; empty when
    // none.
    QString contact(qint64 customerId, qint64 accountId);
    std::optional<QString> inbox(qint64 inboxId);
    std::optional<AgentRemote> agent(qint64 agentId);
    std::optional<QString> team(qint64 teamId);

private:
    sql::Database &db_;
};

} // namespace kontor
