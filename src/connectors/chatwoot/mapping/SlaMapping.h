#pragma once

#include "core/Time.h"
#include "store/IngestBatch.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace kontor::chatwoot {

// One of the account's SLA policies (Chatwoot Enterprise, GET /sla_policies): how long the customer may wait,
// in milliseconds; absent where the policy sets no limit.
struct SlaPolicy
{
    QString remoteId;
    QString name;
    std::optional<qint64> firstResponse;
    std::optional<qint64> nextResponse;
    std::optional<qint64> resolution;
};

// A policy of the account's list.
std::optional<SlaPolicy> mapSlaPolicy(const QJsonObject &policy);
// The policy a conversation carries in applied_sla (sla_id, sla_first_response_time_threshold…), in the REST
// and the websocket shape alike; nullopt when it carries none.
std::optional<SlaPolicy> mapAppliedSla(const QJsonObject &appliedSla);

// The deadlines a policy applied to a conversation at appliedAt sets, into the record's SLA due times, as
// Chatwoot's SLA evaluation counts them from the moment it was applied: the first response until an agent
// answered, the resolution until the conversation is resolved. The store keeps these two; the next-response
// threshold has no place there yet and is read but not applied. Business hours are not applied either: a
// policy limited to them is counted in calendar time, so its deadlines come early rather than late.
void applySlaPolicy(ConversationRecord &conversation, const SlaPolicy &policy, UtcMillis appliedAt);

} // namespace kontor::chatwoot
