#include "connectors/chatwoot/mapping/SlaMapping.h"

#include "connectors/chatwoot/api/JsonRead.h"

namespace kontor::chatwoot {

namespace {
// Thresholds are seconds, written as floats (a decimal column); 0, negative and unreadable mean none.
std::optional<qint64> thresholdOf(const QJsonValue &value)
{
    bool ok = value.isDouble();
    double seconds = value.toDouble();
    if (value.isString())
        seconds = value.toString().toDouble(&ok);
    if (!ok || !(seconds > 0) || seconds > 10.0 * 365 * 24 * 3600)
        return std::nullopt;
    return qint64(seconds * 1000.0);
}
} // namespace

std::optional<SlaPolicy> mapSlaPolicy(const QJsonObject &policy)
{
    SlaPolicy mapped;
    mapped.remoteId = readId(policy.value(QLatin1StringView("id")));
    if (mapped.remoteId.isEmpty())
        return std::nullopt;
    mapped.name = readString(policy.value(QLatin1StringView("name")));
    mapped.firstResponse = thresholdOf(policy.value(QLatin1StringView("first_response_time_threshold")));
    mapped.nextResponse = thresholdOf(policy.value(QLatin1StringView("next_response_time_threshold")));
    mapped.resolution = thresholdOf(policy.value(QLatin1StringView("resolution_time_threshold")));
    return mapped;
}

std::optional<SlaPolicy> mapAppliedSla(const QJsonObject &appliedSla)
{
    SlaPolicy mapped;
    mapped.remoteId = readId(appliedSla.value(QLatin1StringView("sla_id")));
    if (mapped.remoteId.isEmpty())
        return std::nullopt;
    mapped.name = readString(appliedSla.value(QLatin1StringView("sla_name")));
    mapped.firstResponse =
        thresholdOf(appliedSla.value(QLatin1StringView("sla_first_response_time_threshold")));
    mapped.nextResponse =
        thresholdOf(appliedSla.value(QLatin1StringView("sla_next_response_time_threshold")));
    mapped.resolution = thresholdOf(appliedSla.value(QLatin1StringView("sla_resolution_time_threshold")));
    return mapped;
}

void applySlaPolicy(ConversationRecord &conversation, const SlaPolicy &policy, UtcMillis appliedAt)
{
    conversation.slaFirstReplyDue.reset();
    conversation.slaResolutionDue.reset();
    if (appliedAt <= 0)
        return;
    if (!conversation.firstReplyAt && policy.firstResponse)
        conversation.slaFirstReplyDue = appliedAt + *policy.firstResponse;
    if (conversation.status != ConversationStatus::Resolved && policy.resolution)
        conversation.slaResolutionDue = appliedAt + *policy.resolution;
}

} // namespace kontor::chatwoot
