// The directory part of a sync run: inboxes, agents, teams with their members, labels, canned responses, the
// contact attributes' definitions and SLA policies (which the conversations and contacts after them use), and
// the cache keys that say which of these lists changed since the last run.
#include "connectors/chatwoot/api/DirectoryJobs.h"
#include "connectors/chatwoot/sync/BatchBuilder.h"
#include "connectors/chatwoot/sync/SyncRun.h"
#include "connectors/chatwoot/sync/SyncRunFetch.h"

namespace kontor::chatwoot {

void SyncRun::fetchDirectory(std::function<void()> next)
{
    const Endpoint &endpoint = client_.endpoint();
    auto afterKeys = [this, endpoint, next](bool inboxes, bool teams, bool labels) {
        // Before the conversations, which name their policy by id. A server without SLAs (Community
        // edition, the feature off) answers 404 or 403: then there are none.
        auto slaPolicies = [this, endpoint, next] {
            // Not a sync failure when it fails: without the list, deadlines come from applied_sla alone.
            client_.send<SlaPoliciesJob>(
                new SlaPoliciesJob(endpoint), this, [this, next](SlaPoliciesJob &job) {
                    if (failed_ || job.error().status == JobStatus::Aborted)
                        return;
                    const JobStatus status = job.error().status;
                    if (job.succeeded() || status == JobStatus::NotFound || status == JobStatus::Forbidden)
                        snapshot_.slaPolicies.clear();
                    for (const QJsonValue &value : job.items()) {
                        if (auto policy = mapSlaPolicy(value.toObject()))
                            snapshot_.slaPolicies.insert(policy->remoteId, *policy);
                    }
                    next();
                });
        };
        // Before the conversations and contacts, whose attributes they name. A role that may not read them
        // keeps the labels made from the keys.
        auto attributeDefinitions = [this, endpoint, slaPolicies] {
            fetch<ContactAttributeDefinitionsJob>(
                [endpoint] { return new ContactAttributeDefinitionsJob(endpoint); },
                [this, slaPolicies](ContactAttributeDefinitionsJob &job) {
                    snapshot_.contactAttributes.clear();
                    for (const QJsonValue &value : job.items()) {
                        if (auto definition = mapAttributeDefinition(value.toObject()))
                            snapshot_.contactAttributes.insert(definition->key, *definition);
                    }
                    slaPolicies();
                },
                slaPolicies);
        };
        auto canned = [this, endpoint, attributeDefinitions] {
            fetch<CannedResponsesJob>([endpoint] { return new CannedResponsesJob(endpoint); },
                                      [this, attributeDefinitions](CannedResponsesJob &job) {
                                          for (const QJsonValue &value : job.items()) {
                                              if (auto record = mapCannedResponse(value.toObject()))
                                                  builder_->batch().cannedResponses.append(*record);
                                          }
                                          emitBatch();
                                          attributeDefinitions();
                                      });
        };
        auto labelStep = [this, endpoint, labels, canned] {
            if (!labels)
                return canned();
            fetch<LabelsJob>([endpoint] { return new LabelsJob(endpoint); },
                             [this, canned](LabelsJob &job) {
                                 snapshot_.labels = job.titles();
                                 canned();
                             });
        };
        auto teamStep = [this, endpoint, teams, labelStep] {
            if (!teams)
                return labelStep();
            fetch<TeamsJob>([endpoint] { return new TeamsJob(endpoint); },
                            [this, labelStep](TeamsJob &job) {
                                QList<QJsonObject> list;
                                for (const QJsonValue &value : job.items())
                                    list.append(value.toObject());
                                fetchTeamMembers(list, {}, labelStep);
                            });
        };
        auto agentStep = [this, endpoint, teamStep] {
            fetch<AgentsJob>([endpoint] { return new AgentsJob(endpoint); },
                             [this, teamStep](AgentsJob &job) {
                                 snapshot_.agents.clear();
                                 for (const QJsonValue &value : job.items()) {
                                     if (auto record = mapAgent(value.toObject(), snapshot_.selfUserId)) {
                                         snapshot_.agents.insert(record->remoteId, *record);
                                         builder_->batch().agents.append(*record);
                                     }
                                 }
                                 teamStep();
                             });
        };
        if (!inboxes)
            return agentStep();
        fetch<InboxesJob>([endpoint] { return new InboxesJob(endpoint); },
                          [this, agentStep](InboxesJob &job) {
                              snapshot_.inboxChannels.clear();
                              for (const QJsonValue &value : job.items()) {
                                  if (auto record = mapInbox(value.toObject())) {
                                      snapshot_.inboxChannels.insert(record->remoteId, record->channel);
                                      builder_->batch().inboxes.append(*record);
                                  }
                              }
                              agentStep();
                          });
    };
    fetch<CacheKeysJob>([endpoint] { return new CacheKeysJob(endpoint); },
                        [this, afterKeys](CacheKeysJob &job) {
                            const CacheKeys keys = job.keys();
                            // In a gap fill only the lists whose key moved are fetched again; the inbox list
                            // is also needed when this process has not read it yet (channels of new rows).
                            const bool all = kind_ == Kind::FirstSync;
                            const bool inboxes = all || keys.inbox != from_.cacheKeys.inbox ||
                                                 snapshot_.inboxChannels.isEmpty();
                            const bool teams = all || keys.team != from_.cacheKeys.team;
                            const bool labels =
                                all || keys.label != from_.cacheKeys.label || snapshot_.labels.isEmpty();
                            snapshot_.cacheKeys = keys;
                            reached_.cacheKeys = keys;
                            afterKeys(inboxes, teams, labels);
                        },
                        [afterKeys] { afterKeys(true, true, true); });
}

void SyncRun::fetchTeamMembers(QList<QJsonObject> teams, QList<TeamRecord> done, std::function<void()> next)
{
    if (teams.isEmpty()) {
        builder_->batch().teams.append(done);
        next();
        return;
    }
    const QJsonObject team = teams.takeFirst();
    const QString teamId = readId(team.value(QLatin1StringView("id")));
    const Endpoint endpoint = client_.endpoint();
    auto proceed = [this, teams, done, next](const QJsonObject &teamObject,
                                             const QStringList &members) mutable {
        if (auto record = mapTeam(teamObject, members))
            done.append(*record);
        fetchTeamMembers(teams, done, next);
    };
    if (teamId.isEmpty())
        return proceed(team, {});
    fetch<TeamMembersJob>([endpoint, teamId] { return new TeamMembersJob(endpoint, teamId); },
                          [team, proceed](TeamMembersJob &job) mutable {
                              QStringList members;
                              for (const QJsonValue &value : job.items()) {
                                  const QString id = readId(value.toObject().value(QLatin1StringView("id")));
                                  if (!id.isEmpty())
                                      members.append(id);
                              }
                              proceed(team, members);
                          },
                          [team, proceed]() mutable { proceed(team, {}); });
}

} // namespace kontor::chatwoot
