#pragma once

#include "connectors/chatwoot/api/JsonJob.h"

namespace kontor::chatwoot {

// Live supervisor figures (administrators, or custom roles with report_manage).

// GET /api/v2/accounts/{a}/live_reports/conversation_metrics: {open, unattended, unassigned, pending}.
class LiveConversationMetricsJob : public JsonJob
{
    Q_OBJECT
public:
    explicit LiveConversationMetricsJob(const Endpoint &endpoint);
};

// GET /api/v2/accounts/{a}/live_reports/grouped_conversation_metrics?group_by=assignee_id|team_id:
// [{assignee_id|team_id, open, unattended, unassigned}].
class GroupedConversationMetricsJob : public JsonJob
{
    Q_OBJECT
public:
    enum class GroupBy
    {
        Agent,
        Team
    };
    GroupedConversationMetricsJob(const Endpoint &endpoint, GroupBy groupBy);
    GroupBy groupBy() const { return groupBy_; }

private:
    GroupBy groupBy_;
};

} // namespace kontor::chatwoot
