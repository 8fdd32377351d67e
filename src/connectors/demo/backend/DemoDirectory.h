#pragma once

#include "connectors/demo/backend/DemoContent.h"
#include "connectors/demo/backend/DemoRecords.h"

#include <QList>

namespace kontor {

// The contact center's fixed set-up: one inbox per channel, five teams with their service levels, the agents
// (one of them the signed-in agent, "me") and the canned responses. Its records are the first in the change
// feed.
struct DemoDirectory
{
    QList<DemoInbox> inboxes;
    QList<DemoAgent> agents;
    QList<DemoTeam> teams;
    QList<DemoCannedResponse> cannedResponses;

    static DemoDirectory build(UtcMillis epoch);
    int recordCount() const;
};

QString demoSelfAgentId();
QString demoInboxIdFor(Channel channel);
// The team a conversation on a topic in a language is routed to.
QString demoTeamIdFor(DemoTopic topic, DemoLanguage language);
// The members of a team, from the fixed set-up; teams do not change while the world runs.
QStringList demoTeamMembers(const QString &teamId);
QString demoAgentName(const QString &agentId);

} // namespace kontor
