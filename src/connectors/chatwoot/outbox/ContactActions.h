#pragma once

#include "connectors/chatwoot/api/ChatwootClient.h"
#include "connectors/chatwoot/mapping/AccountSnapshot.h"
#include "identity/IdentityNormalizer.h"
#include "sync/Connector.h"

#include <QSet>
#include <functional>

namespace kontor::chatwoot {

// Contact-level actions: the outbox kinds merge_contacts, update_contact and start_conversation.
class ContactActions : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(DeliveryResult)>;

    ContactActions(ChatwootClient &client, AccountSnapshot &snapshot, const IdentityNormalizer &normalizer,
                   const AccountRecord &account, QObject *parent = nullptr);

    // POST /actions/contact_merge: mergee's conversations and identities move to base, mergee is deleted. The
    // echo carries the base contact as Chatwoot now has it.
    void merge(const QString &baseContactId, const QString &mergeeContactId, Done done);

    // Starts an outbound conversation with a contact through another inbox (another channel): finds the
    // source id through which the inbox reaches the contact — creating the contact inbox when there is none —
    // then creates the conversation with its first message. Confirmed with the new conversation's id and its
    // first message's id, and the conversation as the echo.
    // deliveryKey is kept with the conversation, so that a start whose answer was lost can be found.
    void startConversation(const QString &contactId, const QString &inboxId, const QString &text,
                           const QString &deliveryKey, Done done);

    // The outbox entry start_conversation. An attempt that may have landed (cut off, timed out) is looked
    // for by its key among the contact's conversations before the next one, so that a resend never opens a
    // second conversation.
    void deliverStart(const DeliveryRequest &request, const QString &text, Done done);
    // The outbox entry merge_contacts; after an attempt that may have landed, the merged contact's absence
    // (Chatwoot deletes it) confirms it.
    void deliverMerge(const DeliveryRequest &request, const MergeContacts &merge, Done done);
    // The outbox entry update_contact. The contact is read first and only what differs is written: an
    // address or number only where the contact has none, and nothing again when an earlier attempt whose
    // answer was lost already landed.
    void deliverUpdate(const UpdateContact &update, Done done);

private:
    DeliveryResult confirmedWithContact(const QJsonObject &contact);
    // A started conversation as Chatwoot rendered it, with its records as the echo.
    DeliveryResult startedWith(const QString &conversationId, const QJsonObject &conversation);
    void createConversation(const QString &sourceId, const QString &contactId, const QString &inboxId,
                            const QString &text, const QString &deliveryKey, Done done);

    ChatwootClient &client_;
    AccountSnapshot &snapshot_;
    IdentityNormalizer normalizer_;
    AccountRecord account_;
};

} // namespace kontor::chatwoot
