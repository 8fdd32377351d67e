#pragma once

// Small worlds of contacts for the identity tests: one backend account per connector name, each contact with
// one conversation of one message, so that who owns what can be read back after joins and undos.
#include "store/Store.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QFuture>

namespace kontor::testing {

template<typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

inline constexpr UtcMillis kWorldT0 = 1'790'000'000'000;

inline IdentityRecord email(const QString &value)
{
    return {IdentityKind::Email, value, std::nullopt, value};
}
inline IdentityRecord phone(const QString &value)
{
    return {IdentityKind::Phone, value, std::nullopt, value};
}
inline IdentityRecord handle(Channel platform, const QString &value)
{
    return {IdentityKind::Handle, value, platform, value};
}

// A batch of one contact on a connector's account, with a conversation (remote id "conv-" + contact) and a
// message in it.
inline IngestBatch contactBatch(const QString &connector, const QString &contact, const QString &name,
                                QList<IdentityRecord> identities, const QString &conversation = {})
{
    IngestBatch batch;
    batch.account = {connector, connector + QStringLiteral("-account"), connector};
    batch.inboxes.append({QStringLiteral("inbox-1"), QStringLiteral("Support"), Channel::Email});
    batch.customers.append({contact, name, std::move(identities)});
    ConversationRecord c;
    c.remoteId = conversation.isEmpty() ? QStringLiteral("conv-") + contact : conversation;
    c.inboxRemoteId = QStringLiteral("inbox-1");
    c.channel = Channel::Email;
    c.customerRemoteId = contact;
    c.subject = QStringLiteral("Question");
    c.createdAt = kWorldT0;
    c.lastActivityAt = kWorldT0;
    batch.conversations.append(c);
    MessageRecord m;
    m.remoteId = QStringLiteral("msg-") + c.remoteId;
    m.conversationRemoteId = c.remoteId;
    m.authorCustomerRemoteId = contact;
    m.body = QStringLiteral("Hello");
    m.createdAt = kWorldT0;
    batch.messages.append(m);
    return batch;
}

// The customer a contact of a connector belongs to now.
inline qint64 customerOfContact(StoreReader &reader, const QString &connector, const QString &contact)
{
    sql::Statement q = StoreTestAccess::database(reader).prepare(
        "SELECT i.customer_id FROM identities i JOIN accounts a ON a.id = i.account_id "
        "WHERE i.kind = 'contact' AND a.connector = ? AND i.value = ?");
    q.bindAll(connector, contact);
    return q.step() ? q.int64(0) : 0;
}

// The customer a conversation belongs to now.
inline qint64 customerOfConversation(StoreReader &reader, const QString &remoteId)
{
    sql::Statement q = StoreTestAccess::database(reader).prepare(
        "SELECT customer_id FROM conversations WHERE remote_id = ?");
    q.bindAll(remoteId);
    return q.step() ? q.int64(0) : 0;
}

// Who owns what in one table: every row with its customer, in id order.
inline QList<std::pair<qint64, qint64>> ownership(StoreReader &reader, const char *table)
{
    QList<std::pair<qint64, qint64>> rows;
    sql::Statement q = StoreTestAccess::database(reader).prepare(std::string("SELECT id, customer_id FROM ") +
                                                                 table + " ORDER BY id");
    while (q.step())
        rows.append({q.int64(0), q.int64(1)});
    return rows;
}

} // namespace kontor::testing
