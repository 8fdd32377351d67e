#pragma once

#include "core/Agent.h"
#include "core/AttributeKind.h"
#include "core/Channel.h"
#include "core/Conversation.h"
#include "core/Identity.h"
#include "core/Message.h"
#include "core/Time.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace kontor {

// The records of the demo contact center, in the backend's own terms: every record names itself and what it
// refers to by remote id (strings, as a real backend's ids are opaque to a client).

// What every record carries besides its content. The two change positions tell where the record sits in the
// change feed: it first appeared at createdSeq and its latest version at changeSeq (equal until it changes).
struct DemoRecordHeader
{
    QString remoteId;
    UtcMillis updatedAt = 0;
    qint64 createdSeq = 0;
    qint64 changeSeq = 0;

    bool operator==(const DemoRecordHeader &) const = default;
};

struct DemoInbox : DemoRecordHeader
{
    QString name;
    Channel channel = Channel::Email;
    QString address; // the mailbox, phone number, page or handle customers write to
    QString teamId;  // where new conversations are routed unless their topic says otherwise

    bool operator==(const DemoInbox &) const = default;
};

// Service-level targets of a team for one priority, in minutes from the customer's first message.
struct DemoSlaTarget
{
    Priority priority = Priority::None;
    int firstReplyMinutes = 0;
    int resolutionMinutes = 0;

    bool operator==(const DemoSlaTarget &) const = default;
};

struct DemoTeam : DemoRecordHeader
{
    QString name;
    QStringList memberIds;
    QStringList languages; // language keys ("en", "de", "da") the team answers in
    QList<DemoSlaTarget> sla;

    DemoSlaTarget slaFor(Priority priority) const;
    bool operator==(const DemoTeam &) const = default;
};

struct DemoAgent : DemoRecordHeader
{
    QString name;
    QString email;
    Presence presence = Presence::Offline;
    UtcMillis presenceSince = 0;
    int capacity = 0; // concurrent open conversations before routing passes the agent by
    bool isSelf = false;
    QStringList languages;

    bool operator==(const DemoAgent &) const = default;
};

// One handle of a customer. Email and phone values are normalised (lower-cased address, E.164); the display
// value is what the customer typed. platform says where a handle or a messenger phone number lives.
struct DemoIdentity
{
    IdentityKind kind = IdentityKind::Email;
    std::optional<Channel> platform;
    QString value;
    QString displayValue;

    bool operator==(const DemoIdentity &) const = default;
};

// Something the backend's customer database knows about a customer. value is locale-independent (see
// AttributeRecord).
struct DemoAttribute
{
    QString key;
    QString label;
    QString value;
    AttributeKind kind = AttributeKind::Text;

    bool operator==(const DemoAttribute &) const = default;
};

struct DemoCustomer : DemoRecordHeader
{
    QString name;
    QString language; // "en", "de" or "da"
    QString timeZone; // IANA name
    QString city;
    QString country; // ISO 3166 code
    QString company;
    QList<DemoIdentity> identities;
    QList<DemoAttribute> attributes;
    UtcMillis createdAt = 0;
    QString mergedIntoId; // set when an agent merged this contact into another; it then has no identities

    bool operator==(const DemoCustomer &) const = default;
};

struct DemoConversation : DemoRecordHeader
{
    QString inboxId;
    Channel channel = Channel::Email;
    QString customerId;
    QString subject;
    ConversationStatus status = ConversationStatus::Open;
    Priority priority = Priority::None;
    QString assigneeId; // empty: unassigned
    QString teamId;
    QStringList labels; // a set: sorted, no duplicates
    UtcMillis createdAt = 0;
    UtcMillis lastActivityAt = 0;
    std::optional<UtcMillis> waitingSince; // the customer has waited for an answer since then
    std::optional<UtcMillis> firstReplyAt;
    std::optional<UtcMillis> resolvedAt;
    std::optional<UtcMillis> slaFirstReplyDue;
    std::optional<UtcMillis> slaResolutionDue;
    std::optional<UtcMillis> snoozedUntil; // for a snooze until a time
    bool snoozedUntilReply = false;        // for a snooze until the customer writes again
    std::optional<UtcMillis> agentLastSeenAt;
    int unreadCount = 0;
    QString relatedConversationId; // the conversation this one continues on another channel
    // Custom attributes a backend keeps per conversation; the demo's colleagues and customers use them too.
    QString topic;
    QString orderReference;
    QString language;

    bool operator==(const DemoConversation &) const = default;
};

struct DemoAttachment
{
    QString remoteId;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString remoteUrl;

    bool operator==(const DemoAttachment &) const = default;
};

struct DemoMessage : DemoRecordHeader
{
    QString conversationId;
    MessageKind kind = MessageKind::Incoming;
    Channel channel = Channel::Email;
    BodyFormat format = BodyFormat::Plain;
    QString body;
    QString authorAgentId;    // outgoing messages, notes and agents' activities
    QString authorCustomerId; // incoming messages
    QString authorName;
    UtcMillis createdAt = 0;
    DeliveryState deliveryState = DeliveryState::None;
    QString echoUuid; // the client's idempotency key when an agent's action created the message
    QString activity; // what an activity line records: "assigned", "resolved", "call", …
    int callSeconds = 0;
    QStringList mentionedAgentIds;
    QList<DemoAttachment> attachments;

    bool operator==(const DemoMessage &) const = default;
};

struct DemoCsatAnswer : DemoRecordHeader
{
    QString conversationId;
    int rating = 0; // 1..5
    QString comment;
    UtcMillis createdAt = 0;

    bool operator==(const DemoCsatAnswer &) const = default;
};

struct DemoCannedResponse : DemoRecordHeader
{
    QString shortCode; // typed in the composer after "/"
    QString title;
    QString language;
    QString content;

    bool operator==(const DemoCannedResponse &) const = default;
};

// The order of the kinds is the order a client applies them in when it groups a page by kind: every reference
// points to a kind earlier in the list, or to the same kind at an earlier change position.
enum class DemoRecordKind
{
    Agent,
    Team,
    Inbox,
    CannedResponse,
    Customer,
    Conversation,
    Message,
    Csat,
};

// Alternatives in the order of DemoRecordKind.
using DemoRecord = std::variant<DemoAgent, DemoTeam, DemoInbox, DemoCannedResponse, DemoCustomer,
                                DemoConversation, DemoMessage, DemoCsatAnswer>;

QString demoRecordKindKey(DemoRecordKind kind);
std::optional<DemoRecordKind> demoRecordKindFromKey(QStringView key);
QList<DemoRecordKind> allDemoRecordKinds();

DemoRecordKind kindOf(const DemoRecord &record);
const DemoRecordHeader &headerOf(const DemoRecord &record);
DemoRecordHeader &headerOf(DemoRecord &record);

// The channel a customer is reached on through this identity, or nullopt for one that carries no messages.
QList<Channel> channelsReachedBy(const DemoIdentity &identity);
// The identity a customer is written to on a channel, or nullptr when they have none there.
const DemoIdentity *identityOn(const DemoCustomer &customer, Channel channel);

} // namespace kontor
