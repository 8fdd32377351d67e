#pragma once

#include "core/Time.h"

#include <QString>

namespace kontor {

// What the agent sees of one connector account in the status bar.
struct ConnectorState
{
    enum class Phase
    {
        Connecting,
        FirstSync, // progress in counts: syncedItems of expectedItems (0 when not known yet)
        Online,
        Offline,        // since offlineSince; the outbox waits
        WorkingOffline, // the agent chose to work offline
        AuthenticationNeeded,
        Error, // reason says what went wrong
    };

    Phase phase = Phase::Connecting;
    qint64 syncedItems = 0;
    qint64 expectedItems = 0;
    UtcMillis offlineSince = 0;
    QString reason;

    static ConnectorState connecting() { return {}; }
    static ConnectorState firstSync(qint64 synced, qint64 expected);
    static ConnectorState online();
    static ConnectorState offline(UtcMillis since);
    static ConnectorState workingOffline();
    static ConnectorState authenticationNeeded();
    static ConnectorState error(const QString &reason);

    bool canDeliver() const { return phase == Phase::Online || phase == Phase::FirstSync; }
    // One translated line, e.g. "Demo contact center: offline since 14:02".
    QString describe(const QString &accountName) const;

    friend bool operator==(const ConnectorState &, const ConnectorState &) = default;
};

} // namespace kontor
