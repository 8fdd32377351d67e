// The fake's SLA policies, as Chatwoot Enterprise has them: the account's list (GET /sla_policies, rendered
// by sla_policies/index.json.jbuilder as {payload: [...]}) and a conversation's applied_sla
// (AppliedSla#push_event_data: thresholds copied from the policy, created_at as integer seconds).
#include "FakeChatwoot.h"

#include <QDateTime>

namespace kontor::chatwoot::fake {

namespace {
struct Policy
{
    qint64 id;
    const char *name;
    double firstResponse; // seconds; 0: none (null)
    double nextResponse;
    double resolution;
};

constexpr Policy kPolicies[] = {
    {1, "Gold", 3600.0, 7200.0, 86400.0},
    {2, "Silver", 14400.0, 0.0, 259200.0},
};

const Policy *policyOf(qint64 id)
{
    for (const Policy &policy : kPolicies) {
        if (policy.id == id)
            return &policy;
    }
    return nullptr;
}

QJsonValue threshold(double seconds)
{
    return seconds > 0 ? QJsonValue(seconds) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject FakeChatwoot::slaPolicyJson(qint64 policyId) const
{
    const Policy *policy = policyOf(policyId);
    if (!policy)
        return {};
    return QJsonObject{{QStringLiteral("id"), policy->id},
                       {QStringLiteral("name"), QString::fromLatin1(policy->name)},
                       {QStringLiteral("description"), QStringLiteral("Reply and resolve in time")},
                       {QStringLiteral("first_response_time_threshold"), threshold(policy->firstResponse)},
                       {QStringLiteral("next_response_time_threshold"), threshold(policy->nextResponse)},
                       {QStringLiteral("resolution_time_threshold"), threshold(policy->resolution)},
                       {QStringLiteral("only_during_business_hours"), false}};
}

HttpResponse FakeChatwoot::slaPolicies() const
{
    if (!slaEnabled_)
        return HttpResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("Not found")}}, 404);
    QJsonArray payload;
    for (const Policy &policy : kPolicies)
        payload.append(slaPolicyJson(policy.id));
    return HttpResponse::json(QJsonObject{{QStringLiteral("payload"), payload}});
}

QJsonValue FakeChatwoot::appliedSlaJson(const Conversation &conversation) const
{
    const Policy *policy = policyOf(conversation.slaPolicyId);
    if (!slaEnabled_ || !policy)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("id"), 500 + conversation.id},
        {QStringLiteral("sla_id"), policy->id},
        {QStringLiteral("sla_status"), QStringLiteral("active")},
        {QStringLiteral("created_at"), conversation.slaAppliedAt},
        {QStringLiteral("updated_at"), conversation.slaAppliedAt},
        {QStringLiteral("sla_description"), QStringLiteral("Reply and resolve in time")},
        {QStringLiteral("sla_name"), QString::fromLatin1(policy->name)},
        {QStringLiteral("sla_first_response_time_threshold"), threshold(policy->firstResponse)},
        {QStringLiteral("sla_next_response_time_threshold"), threshold(policy->nextResponse)},
        {QStringLiteral("sla_only_during_business_hours"), false},
        {QStringLiteral("sla_resolution_time_threshold"), threshold(policy->resolution)}};
}

void FakeChatwoot::colleagueAppliesSla(qint64 conversationId, qint64 policyId, bool quietly)
{
    Conversation &c = conversations_[conversationId];
    c.slaPolicyId = policyOf(policyId) ? policyId : 0;
    c.slaAppliedAt = c.slaPolicyId ? QDateTime::currentSecsSinceEpoch() : 0;
    touch(c);
    if (!quietly)
        broadcastConversation(QStringLiteral("conversation.updated"), c);
}

} // namespace kontor::chatwoot::fake
