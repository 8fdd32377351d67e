#include "connectors/chatwoot/api/ReportJobs.h"

namespace kontor::chatwoot {

LiveConversationMetricsJob::LiveConversationMetricsJob(const Endpoint &endpoint)
    : JsonJob(Method::Get, endpoint.reportsPath(QStringLiteral("/live_reports/conversation_metrics")),
              Shape::Object)
{}

GroupedConversationMetricsJob::GroupedConversationMetricsJob(const Endpoint &endpoint, GroupBy groupBy)
    : JsonJob(Method::Get, endpoint.reportsPath(QStringLiteral("/live_reports/grouped_conversation_metrics")),
              Shape::List)
    , groupBy_(groupBy)
{
    addQueryItem(QStringLiteral("group_by"),
                 groupBy == GroupBy::Agent ? QStringLiteral("assignee_id") : QStringLiteral("team_id"));
}

} // namespace kontor::chatwoot
