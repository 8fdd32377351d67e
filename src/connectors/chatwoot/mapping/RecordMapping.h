#pragma once

#include "connectors/chatwoot/mapping/AccountSnapshot.h"
#include "identity/IdentityNormalizer.h"
#include "store/IngestBatch.h"

#include <QJsonObject>
#include <optional>

namespace kontor::chatwoot {

// Chatwoot JSON to ingest records. Each function reads one object of the shapes the REST API and the
// websocket send (they differ in places, see the reference) and returns nothing when the object lacks what
// makes it a record (an id, a conversation's contact): the caller counts it as skipped and goes on.

// What mapping needs to know beyond the object itself.
struct MappingContext
{
    const AccountSnapshot *snapshot = nullptr;
    IdentityNormalizer normalizer;
};

Presence presenceFromAvailability(const QString &availability);

std::optional<InboxRecord> mapInbox(const QJsonObject &inbox);
std::optional<AgentRecord> mapAgent(const QJsonObject &agent, qint64 selfUserId);
std::optional<TeamRecord> mapTeam(const QJsonObject &team, const QStringList &memberIds);
std::optional<CannedResponseRecord> mapCannedResponse(const QJsonObject &canned);

// A contact with its identities: email, phone, the identifier a website set for the visitor, and the source
// id of every contact inbox on that inbox's channel (a web-chat visitor id, a WhatsApp number, an email
// address, a Messenger page-scoped id…). Identities are normalised; values the normaliser rejects are left
// out. extraInboxSource names a contact inbox given beside the contact (a websocket conversation's
// contact_inbox).
std::optional<CustomerRecord> mapContact(const QJsonObject &contact, const MappingContext &context,
                                         const QJsonObject &extraContactInbox = {});

// What the contact's custom_attributes and the useful additional_attributes (company, city, country,
// description) say, with kinds read from the JSON values. Nothing when the contact carries neither object
// (some embedded contacts leave them out), so that what the store knows stays.
std::optional<QList<AttributeRecord>> mapContactAttributes(const QJsonObject &contact,
                                                           const AttributeDefinitions *definitions = nullptr);

struct MappedMessage
{
    MessageRecord record;
    qint64 id = 0;
    bool deleted = false; // Chatwoot deletes softly: content_attributes.deleted
};

std::optional<MappedMessage> mapMessage(const QJsonObject &message,
                                        const QString &conversationIdFallback = {});

struct MappedConversation
{
    ConversationRecord record;
    std::optional<CustomerRecord> contact;
    QList<MappedMessage> messages; // the last message(s) the conversation carries
    UtcMillis updatedAt = 0;
    qint64 lastMessageId = 0; // the newest message id the conversation names, 0 if none
};

std::optional<MappedConversation> mapConversation(const QJsonObject &conversation,
                                                  const MappingContext &context);

} // namespace kontor::chatwoot
