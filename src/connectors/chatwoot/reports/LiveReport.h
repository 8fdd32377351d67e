#pragma once

#include "connectors/chatwoot/api/ChatwootClient.h"
#include "core/Time.h"

#include <QList>
#include <functional>

namespace kontor::chatwoot {

// Live supervisor figures of a Chatwoot account, from its live_reports API (administrators only).
struct LiveReport
{
    struct Counts
    {
        qint64 open = 0;
        qint64 unattended = 0; // open and waiting for a first or next reply
        qint64 unassigned = 0;
        qint64 pending = 0;
    };
    struct Group
    {
        QString remoteId; // the agent's or team's remote id; empty for "none"
        Counts counts;
    };

    Counts account;
    QList<Group> byAgent;
    QList<Group> byTeam;
    UtcMillis fetchedAt = 0;
};

// Fetches the account figures, then the figures by agent and by team; done(report, error) once.
void fetchLiveReport(ChatwootClient &client, QObject *context,
                     std::function<void(const LiveReport &, const JobError &)> done);

} // namespace kontor::chatwoot
