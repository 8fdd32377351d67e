#pragma once

#include "core/Time.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kontor {

// queued -> sending -> confirmed, or failed; sending -> queued again to retry later.
enum class OutboxState
{
    Queued,
    Sending,
    Confirmed,
    Failed
};

QString outboxStateKey(OutboxState state);
std::optional<OutboxState> outboxStateFromKey(QStringView key);

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
