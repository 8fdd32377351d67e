// The status bar (connectors, first-sync progress, outbox, working offline). The notifications are
// ui_notification_events'.
#include "WorkspaceTestSupport.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"
#include "ui/status/WorkspaceStatusBar.h"

#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

namespace {
// A connector that only reports states, as the status bar sees them.
class StateOnlyConnector : public Connector
{
public:
    AccountRecord account() const override { return {u"demo"_s, u"status-demo"_s, u"Demo contact center"_s}; }
    ConnectorCapabilities capabilities() const override { return ConnectorCapabilities::deliveringAll(); }
    void start(const QString &) override { Q_EMIT stateChanged(ConnectorState::firstSync(250, 1000)); }
    void stop() override {}
    void deliver(const DeliveryRequest &) override {}
    void report(const ConnectorState &state) { Q_EMIT stateChanged(state); }
};
} // namespace

class TestStatusAndAlerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void statusBarFollowsConnectorsOutboxAndOfflineWork()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = fixture::openFilledStore(dir.path(), nowUtcMillis());
        NetworkPolicy network;
        SyncEngine sync(*store, network);
        auto connector = std::make_unique<StateOnlyConnector>();
        StateOnlyConnector *demo = connector.get();
        sync.addConnector(std::move(connector));
        WorkspaceStatusBar bar(WorkspaceContext{store.get(), &sync, &network, nullptr});
        bar.show();
        QTRY_VERIFY(bar.connectorText().contains(u"Demo contact center"_s));
        auto *progress = bar.findChild<QProgressBar *>(u"syncProgress"_s);
        QTRY_VERIFY(progress->isVisible());
        QCOMPARE(progress->value(), 250);
        demo->report(ConnectorState::online());
        QTRY_VERIFY(!progress->isVisible());

        QCOMPARE(bar.outboxText(), u"Outbox empty"_s);
        // Sending is refused by nobody here, so the actions wait in the outbox.
        network.setWorkOffline(true);
        fixture::await(store->apply(MarkConversationRead{fixture::conversationId(*store, u"lars-sms"_s)}));
        QTRY_VERIFY(bar.outboxText().contains(u"1"_s));
        QVERIFY(bar.workOfflineButton()->isChecked());
        QTRY_VERIFY(bar.connectorText().contains(u"offline"_s, Qt::CaseInsensitive));
        bar.workOfflineButton()->click();
        QVERIFY(!network.workOffline());
    }
};

QTEST_MAIN(TestStatusAndAlerts)
#include "tst_ui_status_and_alerts.moc"
