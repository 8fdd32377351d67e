#include "store/erasure/CustomerErasure.h"

#include "core/Identity.h"
#include "store/IdentityScope.h"
#include "store/queries/OutboxQueries.h"
#include "store/sql/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kontor {

namespace {

// Every full-text index of the store; each is told to drop deleted terms from its pages. The store keeps this
// on from format 10 (every delete, not only an erasure: a rename leaves no old name behind); an erasure says
// it again so that it never depends on it.
constexpr std::string_view secureDeleteOn[] = {
    "INSERT INTO messages_fts(messages_fts, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO conversations_fts(conversations_fts, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO customers_fts(customers_fts, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO identities_fts(identities_fts, rank) VALUES ('secure-delete', 1)",
};
const QString contactKind = identityKindKey(IdentityKind::ContactId);

} // namespace

CustomerErasure::CustomerErasure(sql::Database &db)
    : db_(db)
{}

CustomerErasure::~CustomerErasure() = default;

void CustomerErasure::beginSecureDelete()
{
    if (secureDeleteOn_)
        return;
    for (const std::string_view statement : secureDeleteOn)
        db_.prepare(statement).run();
    secureDeleteOn_ = true;
}

QString CustomerErasure::accountKey(qint64 accountId)
{
    sql::Statement select = db_.prepare("SELECT connector, remote_id FROM accounts WHERE id = ?");
    select.bindAll(accountId);
    return select.step() ? ErasureReport::accountKey(select.text(0), select.text(1)) : QString();
}

QList<qint64> CustomerErasure::withMergedCustomers(qint64 customerId)
{
    // A customer merged into another keeps its row (for undo): it is the same person, and goes too.
    sql::Statement select =
        db_.prepare("WITH RECURSIVE person(id) AS (SELECT id FROM customers WHERE id = ? "
                    "  UNION SELECT c.id FROM customers c JOIN person p ON c.merged_into = p.id) "
                    "SELECT id FROM person");
    select.bindAll(customerId);
    QList<qint64> ids;
    while (select.step())
        ids.append(select.int64(0));
    return ids;
}

QList<qint64> CustomerErasure::conversationsOf(const QList<qint64> &customerIds)
{
    QList<qint64> ids;
    for (const qint64 customerId : customerIds) {
        sql::Statement select = db_.prepare("SELECT id FROM conversations WHERE customer_id = ?");
        select.bindAll(customerId);
        while (select.step())
            ids.append(select.int64(0));
    }
    return ids;
}

ErasurePreview CustomerErasure::preview(qint64 customerId)
{
    ErasurePreview preview;
    sql::Statement name = db_.prepare("SELECT name FROM customers WHERE id = ?");
    name.bindAll(customerId);
    if (!name.step())
        return preview;
    preview.found = true;
    preview.customerName = name.text(0);
    name.run();

    const QList<qint64> people = withMergedCustomers(customerId);
    const QList<qint64> conversations = conversationsOf(people);
    preview.conversations = int(conversations.size());
    OutboxQueries outbox(db_);
    for (const qint64 conversationId : conversations) {
        sql::Statement messages = db_.prepare("SELECT count(*) FROM messages WHERE conversation_id = ?");
        messages.bindAll(conversationId);
        if (messages.step())
            preview.messages += messages.int32(0);
        sql::Statement files = db_.prepare("SELECT count(*) FROM attachments a JOIN messages m ON m.id = "
                                           "a.message_id WHERE m.conversation_id = ?");
        files.bindAll(conversationId);
        if (files.step())
            preview.attachments += files.int32(0);
        preview.pendingActions += outbox.pending(conversationId);
    }
    for (const qint64 person : people) {
        sql::Statement identities = db_.prepare("SELECT count(*) FROM identities WHERE customer_id = ?");
        identities.bindAll(person);
        if (identities.step())
            preview.identities += identities.int32(0);
        sql::Statement merges = db_.prepare("SELECT o.uuid FROM outbox o JOIN customer_merges g ON g.id = "
                                            "json_extract(o.payload, '$.merge_id') "
                                            "WHERE o.kind = 'merge_contacts' AND o.state <> 'confirmed' "
                                            "  AND (g.survivor_id = ?1 OR g.merged_id = ?1) ORDER BY o.id");
        merges.bindAll(person);
        QStringList uuids;
        while (merges.step())
            uuids.append(merges.text(0));
        sql::Statement named =
            db_.prepare("SELECT uuid FROM outbox WHERE conversation_id IS NULL AND "
                        "state <> 'confirmed' AND json_extract(payload, '$.customer_id') = ? "
                        "ORDER BY id");
        named.bindAll(person);
        while (named.step())
            uuids.append(named.text(0));
        for (const QString &uuid : std::as_const(uuids)) {
            if (const std::optional<OutboxEntry> entry = outbox.entry(uuid))
                preview.pendingActions.append(*entry);
        }
    }
    return preview;
}

void CustomerErasure::removeOutboxEntries(const char *selectIds, qint64 key, ErasureReport &report)
{
    // Read whole before removing: the removal writes to the table the statement reads.
    QList<qint64> found;
    {
        sql::Statement entries = db_.prepare(selectIds);
        entries.bindAll(key);
        while (entries.step())
            found.append(entries.int64(0));
    }
    for (const qint64 id : std::as_const(found))
        removeOutboxEntry(id, report);
}

void CustomerErasure::removeOutboxEntry(qint64 outboxId, ErasureReport &report)
{
    // The files it sends (outbox_files) go with it.
    sql::Statement remove = db_.prepare("DELETE FROM outbox WHERE id = ?");
    remove.bindAll(outboxId).run();
    report.outboxEntries += db_.changes();
}

void CustomerErasure::removeConversation(qint64 conversationId, ErasureReport &report)
{
    sql::Statement select = db_.prepare("SELECT account_id, remote_id FROM conversations WHERE id = ?");
    select.bindAll(conversationId);
    if (!select.step())
        return;
    const qint64 accountId = select.int64(0);
    if (const std::optional<QString> remoteId = select.optionalText(1)) {
        select.run();
        report.conversationRemoteIds[accountKey(accountId)].append(*remoteId);
    } else {
        select.run();
    }

    // Finished entries too: a confirmed reply's payload still holds its text.
    removeOutboxEntries("SELECT id FROM outbox WHERE conversation_id = ?", conversationId, report);

    sql::Statement count = db_.prepare("SELECT count(*) FROM messages WHERE conversation_id = ?");
    count.bindAll(conversationId);
    if (count.step())
        report.messages += count.int32(0);
    count.run();
    sql::Statement items =
        db_.prepare("DELETE FROM customer_merge_items WHERE item_kind = 'conversation' AND item_id = ?");
    items.bindAll(conversationId).run();
    // Messages, attachments, mentions, labels and CSAT answers follow by their foreign keys; the triggers
    // take the texts out of the indexes.
    sql::Statement remove = db_.prepare("DELETE FROM conversations WHERE id = ?");
    remove.bindAll(conversationId).run();
    report.conversationIds.append(conversationId);
}

void CustomerErasure::removeCustomers(const QList<qint64> &customerIds, ErasureReport &report)
{
    for (const qint64 customerId : customerIds) {
        sql::Statement contacts =
            db_.prepare("SELECT account_id, value FROM identities WHERE customer_id = ? AND kind = ?");
        contacts.bindAll(customerId, contactKind);
        QList<std::pair<qint64, QString>> contactIds;
        while (contacts.step()) {
            if (const std::optional<qint64> account = contacts.optionalInt64(0))
                contactIds.append({*account, contacts.text(1)});
        }
        for (const auto &[account, remoteId] : std::as_const(contactIds))
            report.contactRemoteIds[accountKey(account)].append(remoteId);
        sql::Statement merges =
            db_.prepare("SELECT id FROM customer_merges WHERE survivor_id = ?1 OR merged_id = ?1");
        merges.bindAll(customerId);
        QList<qint64> mergeIds;
        while (merges.step())
            mergeIds.append(merges.int64(0));
        for (const qint64 mergeId : std::as_const(mergeIds)) {
            removeOutboxEntries("SELECT id FROM outbox WHERE kind = "
                                "'merge_contacts' AND json_extract(payload, '$.merge_id') = ?",
                                mergeId, report);
            sql::Statement items = db_.prepare("DELETE FROM customer_merge_items WHERE merge_id = ?");
            items.bindAll(mergeId).run();
            sql::Statement merge = db_.prepare("DELETE FROM customer_merges WHERE id = ?");
            merge.bindAll(mergeId).run();
        }
    }
    for (const qint64 customerId : customerIds) {
        // Entries on no conversation that name the customer (a contact change on its way to a backend).
        removeOutboxEntries("SELECT id FROM outbox WHERE conversation_id IS NULL "
                            "AND json_extract(payload, '$.customer_id') = ?",
                            customerId, report);
        sql::Statement suggestions =
            db_.prepare("DELETE FROM merge_suggestions WHERE customer_a = ?1 OR customer_b = ?1");
        suggestions.bindAll(customerId).run();
        // What they wrote in someone else's conversation stays with that conversation, without their name.
        sql::Statement authored = db_.prepare(
            "UPDATE messages SET author_customer_id = NULL, author_name = '' WHERE author_customer_id = ?");
        authored.bindAll(customerId).run();
        sql::Statement csat = db_.prepare("DELETE FROM csat_answers WHERE customer_id = ?");
        csat.bindAll(customerId).run();
        sql::Statement attributes = db_.prepare("DELETE FROM customer_attributes WHERE customer_id = ?");
        attributes.bindAll(customerId).run();
        sql::Statement identities = db_.prepare("DELETE FROM identities WHERE customer_id = ?");
        identities.bindAll(customerId).run();
        report.identities += db_.changes();
        sql::Statement unlink = db_.prepare("UPDATE customers SET merged_into = NULL WHERE merged_into = ?");
        unlink.bindAll(customerId).run();
    }
    for (const qint64 customerId : customerIds) {
        sql::Statement remove = db_.prepare("DELETE FROM customers WHERE id = ?");
        remove.bindAll(customerId).run();
        if (db_.changes() > 0)
            report.customerIds.append(customerId);
    }
}

ErasureReport CustomerErasure::eraseCustomer(qint64 customerId)
{
    ErasureReport report;
    const QList<qint64> people = withMergedCustomers(customerId);
    if (people.isEmpty())
        return report;
    beginSecureDelete();
    for (const qint64 conversationId : conversationsOf(people))
        removeConversation(conversationId, report);
    removeCustomers(people, report);
    return report;
}

ErasureReport CustomerErasure::eraseConversations(qint64 accountId, const QStringList &remoteIds)
{
    ErasureReport report;
    for (const QString &remoteId : remoteIds) {
        sql::Statement find =
            db_.prepare("SELECT id FROM conversations WHERE account_id = ? AND remote_id = ?");
        find.bindAll(accountId, remoteId);
        if (!find.step())
            continue;
        const qint64 conversationId = find.int64(0);
        find.run();
        beginSecureDelete();
        removeConversation(conversationId, report);
    }
    return report;
}

ErasureReport CustomerErasure::eraseMessages(qint64 accountId, const QStringList &remoteIds)
{
    ErasureReport report;
    for (const QString &remoteId : remoteIds) {
        beginSecureDelete();
        sql::Statement remove = db_.prepare("DELETE FROM messages WHERE account_id = ? AND remote_id = ?");
        remove.bindAll(accountId, remoteId).run();
        report.messages += db_.changes();
    }
    return report;
}

bool CustomerErasure::reachedElsewhere(qint64 customerId, qint64 accountId)
{
    // Reached by another account: a contact there, or a conversation there.
    for (const qint64 person : withMergedCustomers(customerId)) {
        sql::Statement contact = db_.prepare(
            "SELECT 1 FROM identities WHERE customer_id = ? AND kind = ? AND account_id IS NOT ? LIMIT 1");
        sql::Statement conversation =
            db_.prepare("SELECT 1 FROM conversations WHERE customer_id = ? AND account_id <> ? LIMIT 1");
        contact.bindAll(person, contactKind, accountId);
        const bool viaContact = contact.step();
        contact.run();
        conversation.bindAll(person, accountId);
        const bool viaConversation = conversation.step();
        conversation.run();
        if (viaContact || viaConversation)
            return true;
    }
    return false;
}

ErasureReport CustomerErasure::eraseContact(qint64 accountId, const QString &contactRemoteId)
{
    ErasureReport report;
    sql::Statement find =
        db_.prepare("SELECT id, customer_id FROM identities WHERE kind = ? AND scope = ? AND value = ?");
    find.bindAll(contactKind, identityScope(IdentityKind::ContactId, std::nullopt, accountId),
                 contactRemoteId.trimmed());
    if (!find.step())
        return report;
    const qint64 identityId = find.int64(0);
    const qint64 customerId = find.int64(1);
    find.run();
    beginSecureDelete();

    // The backend deleted the contact's conversations with it.
    sql::Statement conversations =
        db_.prepare("SELECT id FROM conversations WHERE account_id = ?1 AND (contact_identity_id = ?2 OR "
                    "(contact_identity_id IS NULL AND customer_id = ?3))");
    conversations.bindAll(accountId, identityId, customerId);
    QList<qint64> ids;
    while (conversations.step())
        ids.append(conversations.int64(0));
    conversations.run();
    for (const qint64 conversationId : std::as_const(ids))
        removeConversation(conversationId, report);

    sql::Statement others =
        db_.prepare("SELECT 1 FROM identities WHERE customer_id = ? AND kind = ? AND id <> ? LIMIT 1");
    others.bindAll(customerId, contactKind, identityId);
    const bool otherContacts = others.step();
    others.run();
    if (!otherContacts && !reachedElsewhere(customerId, accountId)) {
        report.merge(eraseCustomer(customerId));
        return report;
    }
    report.contactRemoteIds[accountKey(accountId)].append(contactRemoteId);
    sql::Statement identity = db_.prepare("DELETE FROM identities WHERE id = ?");
    identity.bindAll(identityId).run();
    report.identities += db_.changes();
    sql::Statement items =
        db_.prepare("DELETE FROM customer_merge_items WHERE item_kind = 'identity' AND item_id = ?");
    items.bindAll(identityId).run();
    sql::Statement stillThere =
        db_.prepare("SELECT 1 FROM identities WHERE customer_id = ? AND kind = ? AND account_id = ? LIMIT 1");
    stillThere.bindAll(customerId, contactKind, accountId);
    const bool anotherContactHere = stillThere.step();
    stillThere.run();
    if (!anotherContactHere) {
        sql::Statement attributes =
            db_.prepare("DELETE FROM customer_attributes WHERE customer_id = ? AND account_id = ?");
        attributes.bindAll(customerId, accountId).run();
    }
    return report;
}

std::optional<qint64> CustomerErasure::findAccount(const QString &connector, const QString &remoteId)
{
    sql::Statement select = db_.prepare("SELECT id FROM accounts WHERE connector = ? AND remote_id = ?");
    select.bindAll(connector, remoteId);
    if (!select.step())
        return std::nullopt;
    return select.int64(0);
}

ErasureReport CustomerErasure::eraseAccount(qint64 accountId)
{
    ErasureReport report;
    beginSecureDelete();
    sql::Statement touched =
        db_.prepare("SELECT customer_id FROM conversations WHERE account_id = ?1 "
                    "UNION SELECT customer_id FROM identities WHERE account_id = ?1 "
                    "UNION SELECT customer_id FROM customer_attributes WHERE account_id = ?1");
    touched.bindAll(accountId);
    QList<qint64> customers;
    while (touched.step())
        customers.append(touched.int64(0));
    touched.run();
    for (const qint64 customerId : std::as_const(customers)) {
        if (!reachedElsewhere(customerId, accountId))
            report.merge(eraseCustomer(customerId));
    }

    sql::Statement rest = db_.prepare("SELECT id FROM conversations WHERE account_id = ?");
    rest.bindAll(accountId);
    QList<qint64> conversations;
    while (rest.step())
        conversations.append(rest.int64(0));
    rest.run();
    for (const qint64 conversationId : std::as_const(conversations))
        removeConversation(conversationId, report);

    removeOutboxEntries("SELECT id FROM outbox WHERE account_id = ?", accountId, report);

    const QString key = accountKey(accountId);
    sql::Statement contacts = db_.prepare("SELECT value FROM identities WHERE account_id = ? AND kind = ?");
    contacts.bindAll(accountId, contactKind);
    while (contacts.step())
        report.contactRemoteIds[key].append(contacts.text(0));
    contacts.run();
    sql::Statement identities = db_.prepare("DELETE FROM identities WHERE account_id = ?");
    identities.bindAll(accountId).run();
    report.identities += db_.changes();
    // Inboxes, agents, teams, canned responses, attributes and sync cursors follow by their foreign keys.
    sql::Statement account = db_.prepare("DELETE FROM accounts WHERE id = ?");
    account.bindAll(accountId).run();
    if (db_.changes() > 0)
        report.accountIds.append(accountId);
    return report;
}

} // namespace kontor
