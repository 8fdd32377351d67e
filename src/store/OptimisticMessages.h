#pragma once

#include <QString>
#include <optional>

namespace kontor::sql {
class Database;
}

namespace kontor {

// A message the agent sent is written at once, under its outbox entry's uuid (messages.client_uuid) and
// without a remote id. When the backend confirms it — by the outbox delivery or by echoing the uuid in a sync
// — it becomes that remote message rather than gaining a twin. If the backend's copy was stored already (it
// came through another stream first), that copy wins, takes over the uuid, and the optimistic row goes.
// Returns the id of the optimistic row when it became the remote message.
std::optional<qint64> confirmOptimisticMessage(sql::Database &db, qint64 accountId, const QString &uuid,
                                               const QString &remoteId);

// A conversation the agent started is written at once without a remote id. When the backend confirms it, it
// becomes that remote conversation. If the remote conversation was stored already (a realtime event came
// before the confirmation), what the local one holds — messages, pending actions, labels — moves into it and
// the local row goes. Returns the id the conversation has from now on, or nullopt when the local one is gone.
std::optional<qint64> confirmOptimisticConversation(sql::Database &db, qint64 accountId, qint64 localId,
                                                    const QString &remoteId);

} // namespace kontor
