// Whether connectors may connect: system reachability and the agent's "Work offline" switch, remembered.
#include "sync/ConnectorState.h"
#include "sync/NetworkPolicy.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using kontor::ConnectorState;
using kontor::NetworkPolicy;

class TestSyncNetworkPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KontorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sync_network_policy"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void workOfflineBlocksAndIsRemembered()
    {
        {
            NetworkPolicy policy;
            policy.setSystemReachable(true);
            QVERIFY(policy.mayConnect());
            QSignalSpy changed(&policy, &NetworkPolicy::mayConnectChanged);
            policy.setWorkOffline(true);
            QVERIFY(!policy.mayConnect());
            QCOMPARE(changed.count(), 1);
            QCOMPARE(changed.at(0).at(0).toBool(), false);
            policy.setWorkOffline(true); // no change, no signal
            QCOMPARE(changed.count(), 1);
        }
        NetworkPolicy restarted;
        QVERIFY(restarted.workOffline());
        QVERIFY(!restarted.mayConnect());
        restarted.setWorkOffline(false);
        restarted.setSystemReachable(true);
        QVERIFY(restarted.mayConnect());
    }

    void unreachableSystemBlocks()
    {
        NetworkPolicy policy;
        policy.setWorkOffline(false);
        policy.setSystemReachable(true);
        QSignalSpy changed(&policy, &NetworkPolicy::mayConnectChanged);
        policy.setSystemReachable(false);
        QVERIFY(!policy.mayConnect());
        policy.setSystemReachable(true);
        QVERIFY(policy.mayConnect());
        QCOMPARE(changed.count(), 2);
    }

    void statesDescribeThemselves()
    {
        QVERIFY(ConnectorState::online().canDeliver());
        QVERIFY(!ConnectorState::offline(0).canDeliver());
        QVERIFY(!ConnectorState::authenticationNeeded().canDeliver());
        const QString name = QStringLiteral("Demo");
        QCOMPARE(ConnectorState::online().describe(name), QStringLiteral("Demo: online"));
        QCOMPARE(ConnectorState::firstSync(120, 4000).describe(name),
                 QStringLiteral("Demo: syncing 120 of 4,000"));
        QCOMPARE(ConnectorState::error(QStringLiteral("TLS handshake failed")).describe(name),
                 QStringLiteral("Demo: TLS handshake failed"));
        QVERIFY(ConnectorState::offline(0).describe(name).startsWith(QStringLiteral("Demo: offline since ")));
    }
};

QTEST_GUILESS_MAIN(TestSyncNetworkPolicy)
#include "tst_sync_network_policy.moc"
