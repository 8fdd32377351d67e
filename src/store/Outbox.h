#pragma once

#include "core/Time.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kontor {

// The life of an agent's action on its way to the backend:
//   queued -> sending -> confirmed, or failed with the backend's reason;
//   sending -> queued when the request surely did not land (offline, refused before it was read);
//   sending -> uncertain when it may have landed (the answer was lost, the app stopped or the power went
//   while
//              it was on the way): the backend is asked, by the entry's uuid, before anything is sent again;
//   uncertain -> sending to check (and send only when it did not land), -> unknown when the backend cannot
//              say: the agent then decides (check again, send again, discard); unknown -> uncertain | queued.
// 'sending' is committed with full durability before a request leaves, so that a power cut can never roll an
// entry that may have landed back to 'queued'.
enum class OutboxState
{
    Queued,
    Sending,
    Confirmed,
    Failed,
    Uncertain,
    Unknown,
};

QString outboxStateKey(OutboxState state);
std::optional<OutboxState> outboxStateFromKey(QStringView key);
// Not confirmed yet: waiting, on its way, being checked, failed or waiting for the agent's decision.
bool outboxStateIsUnfinished(OutboxState state);
// A request for the entry may have reached the backend and nobody knows the outcome yet.
bool outboxStateMayHaveLanded(OutboxState state);

struct OutboxEntry
{
    qint64 id = 0;
    QString uuid{};
    qint64 accountId = 0;
    std::optional<qint64> conversationId{};
    QString kind{};       // agentActionKind(): "send_message", "assign", …
    QByteArray payload{}; // JSON object; ids in it are local ids
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    UtcMillis nextAttemptAt = 0;
    QString lastError{};
    QString dependsOn{}; // uuid of the entry that must be confirmed first; empty when none
    UtcMillis createdAt = 0;
    // When a request for it first left (0: never): what landed since then is where an earlier attempt is.
    UtcMillis firstSentAt = 0;
    UtcMillis updatedAt = 0;
};

// A delivery outcome reported by the sync engine.
struct OutboxTransition
{
    QString uuid{};
    OutboxState to = OutboxState::Sending;
    UtcMillis nextAttemptAt = 0; // when going back to Queued
    QString error{};             // for Queued (retry) and Failed
    QString messageRemoteId{};   // for Confirmed send_message and start_conversation: the message's remote id
    QString conversationRemoteId{}; // for Confirmed start_conversation: the new conversation's remote id
};

} // namespace kontor
