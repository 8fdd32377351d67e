#pragma once

#include "connectors/chatwoot/api/JsonJob.h"

namespace kontor::chatwoot {

// GET /contacts?page=N&include_contact_inboxes=true: 15 a page, with the contact-inbox source ids that are
// a contact's identities on each channel.
class ContactsPageJob : public JsonJob
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 15;

    ContactsPageJob(const Endpoint &endpoint, int page);
    // meta.count: all contacts, for first-sync progress.
    qint64 totalCount() const;
};

// GET /contacts/{id}: {payload: contact}.
class ContactJob : public JsonJob
{
    Q_OBJECT
public:
    ContactJob(const Endpoint &endpoint, const QString &contactId);
};

// PUT /contacts/{id} with the fields that change (name, email, phone_number): {payload: contact}. Chatwoot
// refuses an email address or number another contact has (422).
class UpdateContactJob : public JsonJob
{
    Q_OBJECT
public:
    UpdateContactJob(const Endpoint &endpoint, const QString &contactId, const QJsonObject &changes);
};

// POST /actions/contact_merge {base_contact_id, mergee_contact_id}: the mergee's conversations, notes and
// identities move to the base contact, and the mergee is deleted. Answers with the base contact.
class ContactMergeJob : public JsonJob
{
    Q_OBJECT
public:
    ContactMergeJob(const Endpoint &endpoint, const QString &baseContactId, const QString &mergeeContactId);
};

// GET /contacts/{id}/conversations: the contact's 20 most recently active conversations, across inboxes.
class ContactConversationsJob : public JsonJob
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 20;

    ContactConversationsJob(const Endpoint &endpoint, const QString &contactId);
    // The conversation started with deliveryKey in its additional attributes (CreateConversationJob); an
    // empty object when the list has none.
    QJsonObject startedWithKey(const QString &deliveryKey) const;
    // Whether the list shows every conversation active since notBefore (UTC ms): it is not full, or its least
    // recently active conversation is older. Only then does a missing conversation prove it was not started.
    bool coversActivitySince(UtcMillis notBefore) const;
};

// GET /contacts/{id}/contactable_inboxes: [{source_id, inbox}] — the inboxes that can reach the contact.
class ContactableInboxesJob : public JsonJob
{
    Q_OBJECT
public:
    ContactableInboxesJob(const Endpoint &endpoint, const QString &contactId);
    // The source id through which inboxId reaches the contact; empty when it cannot.
    QString sourceIdFor(const QString &inboxId) const;
};

// POST /contacts/{id}/contact_inboxes {inbox_id}: makes the contact reachable through an inbox, answering
// with the new source id.
class CreateContactInboxJob : public JsonJob
{
    Q_OBJECT
public:
    CreateContactInboxJob(const Endpoint &endpoint, const QString &contactId, const QString &inboxId);
    QString sourceId() const;
};

// POST /conversations {source_id, inbox_id, contact_id, message:{content}, additional_attributes}: starts an
// outbound conversation with a contact on the inbox's channel. deliveryKey is kept in the conversation's
// additional attributes, which Chatwoot stores: a start whose answer was lost is found by it.
class CreateConversationJob : public JsonJob
{
    Q_OBJECT
public:
    static QString deliveryKeyAttribute() { return QStringLiteral("kontor_delivery_key"); }

    CreateConversationJob(const Endpoint &endpoint, const QString &sourceId, const QString &inboxId,
                          const QString &contactId, const QString &content, const QString &deliveryKey);
};

} // namespace kontor::chatwoot
