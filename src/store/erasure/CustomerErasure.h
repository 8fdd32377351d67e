#pragma once

#include "store/Outbox.h"
#include "store/erasure/ErasureReport.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace kontor::sql {
class Database;
}

namespace kontor {

// What erasing a customer would remove, for the agent to confirm.
struct ErasurePreview
{
    bool found = false;
    QString customerName{};
    int conversations = 0;
    int messages = 0;
    int identities = 0;
    int attachments = 0;
    // The agent's actions for them not confirmed yet: they are discarded with the customer.
    QList<OutboxEntry> pendingActions{};
};

// Removes every row about a customer from the store, in the caller's transaction: the customer (and the
// customers merged into them), identities, attributes, conversations with their messages, notes,
// attachments, labels, mentions and CSAT answers, the join history and suggestions that name them, the
// outbox entries about them (pending or finished), and their entries in every full-text index. The indexes
// remove the terms from their pages (FTS5 secure-delete) instead of only marking them deleted, so that no
// token stays behind in the file; together with PRAGMA secure_delete on the connection and the checkpoint
// that ErasureCleanup runs after the commit, the bytes are gone from the store's files.
//
// The same removal serves the agent's erasure, a backend's deletion of a contact or conversation, and the
// removal of an account with what it brought.
class CustomerErasure
{
public:
    explicit CustomerErasure(sql::Database &db);
    ~CustomerErasure();
    CustomerErasure(const CustomerErasure &) = delete;
    CustomerErasure &operator=(const CustomerErasure &) = delete;

    // Read-only: works on a reader's connection.
    ErasurePreview preview(qint64 customerId);

    ErasureReport eraseCustomer(qint64 customerId);
    // A backend deleted these records (their remote ids on the account).
    ErasureReport eraseConversations(qint64 accountId, const QStringList &remoteIds);
    ErasureReport eraseMessages(qint64 accountId, const QStringList &remoteIds);
    // A backend deleted a contact, and with it its conversations there. The customer goes whole when nothing
    // else (another account's contact or conversation) reaches them; otherwise what the account said.
    ErasureReport eraseContact(qint64 accountId, const QString &contactRemoteId);
    // The account and everything it brought: customers only it reaches go whole, the others lose what it
    // said about them.
    ErasureReport eraseAccount(qint64 accountId);
    // The store's id of a connector's account (accounts.connector and remote_id); nullopt when unknown.
    std::optional<qint64> findAccount(const QString &connector, const QString &remoteId);

private:
    void beginSecureDelete();
    QString accountKey(qint64 accountId);
    QList<qint64> withMergedCustomers(qint64 customerId);
    QList<qint64> conversationsOf(const QList<qint64> &customerIds);
    bool reachedElsewhere(qint64 customerId, qint64 accountId);
    void removeConversation(qint64 conversationId, ErasureReport &report);
    void removeOutboxEntry(qint64 outboxId, ErasureReport &report);
    // Every entry the statement selects (its id) for the key.
    void removeOutboxEntries(const char *selectIds, qint64 key, ErasureReport &report);
    void removeCustomers(const QList<qint64> &customerIds, ErasureReport &report);

    sql::Database &db_;
    bool secureDeleteOn_ = false;
};

} // namespace kontor
