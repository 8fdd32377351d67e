#include "sync/ConnectorState.h"

#include <QCoreApplication>
#include <QLocale>

namespace kontor {

ConnectorState ConnectorState::firstSync(qint64 synced, qint64 expected)
{
    ConnectorState s;
    s.phase = Phase::FirstSync;
    s.syncedItems = synced;
    s.expectedItems = expected;
    return s;
}

ConnectorState ConnectorState::online()
{
    ConnectorState s;
    s.phase = Phase::Online;
    return s;
}

ConnectorState ConnectorState::offline(UtcMillis since)
{
    ConnectorState s;
    s.phase = Phase::Offline;
    s.offlineSince = since;
    return s;
}

ConnectorState ConnectorState::workingOffline()
{
    ConnectorState s;
    s.phase = Phase::WorkingOffline;
    return s;
}

ConnectorState ConnectorState::authenticationNeeded()
{
    ConnectorState s;
    s.phase = Phase::AuthenticationNeeded;
    return s;
}

ConnectorState ConnectorState::error(const QString &reason)
{
    ConnectorState s;
    s.phase = Phase::Error;
    s.reason = reason;
    return s;
}

QString ConnectorState::describe(const QString &accountName) const
{
    const QLocale locale;
    switch (phase) {
    case Phase::Connecting:
        return QCoreApplication::translate("ConnectorState", "%1: connecting…").arg(accountName);
    case Phase::FirstSync:
        if (expectedItems > 0) {
            return QCoreApplication::translate("ConnectorState", "%1: syncing %2 of %3")
                .arg(accountName, locale.toString(syncedItems), locale.toString(expectedItems));
        }
        return QCoreApplication::translate("ConnectorState", "%1: syncing, %2 so far")
            .arg(accountName, locale.toString(syncedItems));
    case Phase::Online:
        return QCoreApplication::translate("ConnectorState", "%1: online").arg(accountName);
    case Phase::Offline:
        return QCoreApplication::translate("ConnectorState", "%1: offline since %2")
            .arg(accountName,
                 locale.toString(toDateTime(offlineSince).toLocalTime().time(), QLocale::ShortFormat));
    case Phase::WorkingOffline:
        return QCoreApplication::translate("ConnectorState", "%1: working offline").arg(accountName);
    case Phase::AuthenticationNeeded:
        return QCoreApplication::translate("ConnectorState", "%1: sign in again").arg(accountName);
    case Phase::Error:
        return QCoreApplication::translate("ConnectorState", "%1: %2").arg(accountName, reason);
    }
    return accountName;
}

} // namespace kontor
