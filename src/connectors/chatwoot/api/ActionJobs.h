#pragma once

#include "connectors/chatwoot/api/JsonJob.h"
#include "core/Conversation.h"
#include "core/Time.h"

#include <optional>

namespace kontor::chatwoot {

// The requests that carry an agent's action on a conversation.

// POST /conversations/{id}/messages {content, private, message_type: outgoing, echo_id}: a reply, or a
// private note. echo_id comes back in the answer and in the message.created event, which is how the
// optimistic local copy is matched. With files, the same fields go as multipart/form-data with the files as
// attachments[].
class SendMessageJob : public JsonJob
{
    Q_OBJECT
public:
    // deliveryKey goes as source_id, which Chatwoot keeps with the message (echo_id is only passed through to
    // the answer and the realtime event): an attempt whose answer was lost is found by it later.
    SendMessageJob(const Endpoint &endpoint, const QString &conversationId, const QString &content,
                   bool isPrivate, const QString &echoId, const QString &deliveryKey,
                   const QList<FilePart> &files = {});
};

// POST /conversations/{id}/toggle_status {status, snoozed_until (unix seconds)}.
class ToggleStatusJob : public JsonJob
{
    Q_OBJECT
public:
    ToggleStatusJob(const Endpoint &endpoint, const QString &conversationId, ConversationStatus status,
                    std::optional<UtcMillis> snoozedUntil);
};

// POST /conversations/{id}/toggle_priority {priority}. No priority is sent as null: Chatwoot stores
// priority.presence, and its enum has no "none" value although the spec lists one.
class TogglePriorityJob : public JsonJob
{
    Q_OBJECT
public:
    TogglePriorityJob(const Endpoint &endpoint, const QString &conversationId, Priority priority);
};

// POST /conversations/{id}/assignments {assignee_id} or {team_id}; null unassigns. Chatwoot ignores team_id
// when assignee_id is present, so an assignment of both is two requests.
class AssignmentJob : public JsonJob
{
    Q_OBJECT
public:
    static AssignmentJob *agent(const Endpoint &endpoint, const QString &conversationId,
                                const QString &agentId);
    static AssignmentJob *team(const Endpoint &endpoint, const QString &conversationId,
                               const QString &teamId);

private:
    AssignmentJob(const Endpoint &endpoint, const QString &conversationId, const QJsonObject &body);
};

// GET /conversations/{id}/labels: {payload:[label]}.
class ConversationLabelsJob : public JsonJob
{
    Q_OBJECT
public:
    ConversationLabelsJob(const Endpoint &endpoint, const QString &conversationId);
    QStringList labels() const;
};

// POST /conversations/{id}/labels {labels:[…]}: replaces the whole set.
class SetConversationLabelsJob : public JsonJob
{
    Q_OBJECT
public:
    SetConversationLabelsJob(const Endpoint &endpoint, const QString &conversationId,
                             const QStringList &labels);
    QStringList labels() const;
};

// POST /conversations/{id}/update_last_seen: marks the conversation read for the agent.
class UpdateLastSeenJob : public JsonJob
{
    Q_OBJECT
public:
    UpdateLastSeenJob(const Endpoint &endpoint, const QString &conversationId);
};

} // namespace kontor::chatwoot
