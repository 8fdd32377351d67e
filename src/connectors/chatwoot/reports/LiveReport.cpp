#include "connectors/chatwoot/reports/LiveReport.h"

#include "connectors/chatwoot/api/ReportJobs.h"

#include <memory>

namespace kontor::chatwoot {

namespace {

LiveReport::Counts countsOf(const QJsonObject &object)
{
    return {readInteger(object.value(QLatin1StringView("open"))),
            readInteger(object.value(QLatin1StringView("unattended"))),
            readInteger(object.value(QLatin1StringView("unassigned"))),
            readInteger(object.value(QLatin1StringView("pending")))};
}

QList<LiveReport::Group> groupsOf(const QJsonArray &items, const QString &idKey)
{
    QList<LiveReport::Group> groups;
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        groups.append({readId(object.value(idKey)), countsOf(object)});
    }
    return groups;
}

} // namespace

void fetchLiveReport(ChatwootClient &client, QObject *context,
                     std::function<void(const LiveReport &, const JobError &)> done)
{
    auto report = std::make_shared<LiveReport>();
    const Endpoint endpoint = client.endpoint();
    using Group = GroupedConversationMetricsJob::GroupBy;
    client.send<LiveConversationMetricsJob>(
        new LiveConversationMetricsJob(endpoint), context,
        [&client, context, endpoint, report, done](LiveConversationMetricsJob &overall) {
            if (!overall.succeeded())
                return done({}, overall.error());
            report->account = countsOf(overall.object());
            client.send<GroupedConversationMetricsJob>(
                new GroupedConversationMetricsJob(endpoint, Group::Agent), context,
                [&client, context, endpoint, report, done](GroupedConversationMetricsJob &agents) {
                    if (!agents.succeeded())
                        return done({}, agents.error());
                    report->byAgent = groupsOf(agents.items(), QStringLiteral("assignee_id"));
                    client.send<GroupedConversationMetricsJob>(
                        new GroupedConversationMetricsJob(endpoint, Group::Team), context,
                        [report, done](GroupedConversationMetricsJob &teams) {
                            if (!teams.succeeded())
                                return done({}, teams.error());
                            report->byTeam = groupsOf(teams.items(), QStringLiteral("team_id"));
                            report->fetchedAt = nowUtcMillis();
                            done(*report, {});
                        });
                });
        });
}

} // namespace kontor::chatwoot
