#pragma once

#include "core/Channel.h"
#include "core/Conversation.h"
#include "core/Message.h"
#include "core/Time.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace kontor {

// What the signed-in agent asks the demo backend to do. Ids are the backend's remote ids.

// A file the agent sends with a message; the backend gives it an id and a URL.
struct DemoSentFile
{
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;

    bool operator==(const DemoSentFile &) const = default;
};

// A reply to the customer. With a channel other than the conversation's, the reply goes to the customer on
// that channel: into their open conversation there, or a new one that continues this one.
struct DemoReply
{
    QString conversationId;
    QString body;
    BodyFormat format = BodyFormat::Plain;
    std::optional<Channel> channel;
    QList<DemoSentFile> files{};
};

// A new conversation with a customer, opened by the agent.
struct DemoStartConversation
{
    QString customerId;
    Channel channel = Channel::Email;
    QString subject;
    QString body;
    BodyFormat format = BodyFormat::Plain;
};

struct DemoAddNote
{
    QString conversationId;
    QString body;
    BodyFormat format = BodyFormat::Markdown;
    QStringList mentionedAgentIds;
    QList<DemoSentFile> files{};
};

// Unset fields stay as they are; an empty agent id unassigns, an empty team id clears the team.
struct DemoAssign
{
    QString conversationId;
    std::optional<QString> agentId;
    std::optional<QString> teamId;
};

// For Snoozed, snoozedUntil is the wake-up time; without it the conversation sleeps until the customer
// writes.
struct DemoSetStatus
{
    QString conversationId;
    ConversationStatus status = ConversationStatus::Open;
    std::optional<UtcMillis> snoozedUntil;
};

struct DemoSetPriority
{
    QString conversationId;
    Priority priority = Priority::None;
};

// Labels are a set: these become the conversation's labels.
struct DemoSetLabels
{
    QString conversationId;
    QStringList labels;
};

struct DemoAddLabel
{
    QString conversationId;
    QString label;
};

struct DemoRemoveLabel
{
    QString conversationId;
    QString label;
};

// The agent has read the conversation up to a time (now when unset).
struct DemoMarkRead
{
    QString conversationId;
    std::optional<UtcMillis> upTo;
};

// The merged customer's identities and conversations move to the survivor.
struct DemoMergeCustomers
{
    QString survivorId;
    QString mergedId;
};

// The agent renamed the customer or gave them another email address or phone number.
struct DemoUpdateCustomer
{
    QString customerId;
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> phone; // E.164
};

using DemoActionPayload = std::variant<DemoReply, DemoStartConversation, DemoAddNote, DemoAssign,
                                       DemoSetStatus, DemoSetPriority, DemoSetLabels, DemoAddLabel,
                                       DemoRemoveLabel, DemoMarkRead, DemoMergeCustomers, DemoUpdateCustomer>;

struct DemoAction
{
    QString clientUuid; // the idempotency key: the backend applies an action once, however often it arrives
    DemoActionPayload payload;
};

// "reply", "start_conversation", "note", …
QString demoActionKind(const DemoActionPayload &payload);

enum class DemoRejection
{
    None,
    MissingClientUuid,
    UnknownConversation,
    UnknownCustomer,
    UnknownAgent,
    UnknownTeam,
    ChannelNotReachable, // the customer has no identity on the channel, or the channel carries no text
    EmptyBody,
    InvalidSnooze,
    InvalidLabel,
    CustomerMerged, // the customer was merged into another one
    SameCustomer,
    EmptyName,
};

QString demoRejectionKey(DemoRejection rejection);
std::optional<DemoRejection> demoRejectionFromKey(QStringView key);

// The backend's answer to an action. A rejection is final: sending the same action again gets the same
// answer.
struct DemoActionResult
{
    bool accepted = false;
    DemoRejection rejection = DemoRejection::None;
    QString kind; // demoActionKind() of the action
    QString
        conversationId;   // the conversation the action landed in (a new one for a reply on another channel)
    QString messageId;    // the message it created, if any
    qint64 changeSeq = 0; // the change position of its last change; 0 when it changed nothing
    UtcMillis processedAt = 0;

    // For the agent: why the backend refused the action (translated).
    QString reason() const;

    QJsonObject toJson() const;
    static std::optional<DemoActionResult> fromJson(const QJsonObject &json, QString &error);
    bool operator==(const DemoActionResult &) const = default;
};

} // namespace kontor
