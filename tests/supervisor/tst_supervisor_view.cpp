// The supervisor view over a real store: tiles and their colours, queues, agents, live updates, and bulk
// re-routing through the outbox.
#include "SupervisorFixture.h"

#include "analytics/SupervisorFeed.h"
#include "analytics/SupervisorTableModels.h"
#include "analytics/WaitingConversationsModel.h"
#include "analytics/WallboardSettingsStorage.h"
#include "ui/supervisor/SupervisorEntry.h"
#include "ui/supervisor/SupervisorView.h"
#include "ui/supervisor/ThresholdsDialog.h"
#include "ui/supervisor/WallboardTile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QMainWindow>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::ui;

namespace {
template<typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    if constexpr (!std::is_void_v<T>)
        return future.result();
}
} // namespace

class TestSupervisorView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    testing::SupervisorFixture fixture_;

    std::unique_ptr<SupervisorView> makeView()
    {
        auto view = std::make_unique<SupervisorView>(*store_);
        view->feed()->setClock([now = fixture_.now] { return now; });
        view->feed()->refresh();
        return view;
    }

    QString tileText(SupervisorView &view, const char *name)
    {
        return view.tile(QString::fromLatin1(name))->valueText();
    }
    TileLevel tileLevel(SupervisorView &view, const char *name)
    {
        return view.tile(QString::fromLatin1(name))->level();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KontorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_supervisor_view"));
        QSettings().clear();
    }

    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QFile::remove(dir_.filePath(QStringLiteral("s.db")));
        StoreOpenResult opened = Store::open(dir_.filePath(QStringLiteral("s.db")));
        QVERIFY2(opened.store, qPrintable(opened.error));
        store_ = std::move(opened.store);
        await(store_->ingest(fixture_.batch()));
    }

    void cleanup() { store_.reset(); }

    void tilesShowTheMorning()
    {
        auto view = makeView();
        QCOMPARE(tileText(*view, "tileWaiting"), QStringLiteral("1"));
        QCOMPARE(tileText(*view, "tileLongestWait"), QStringLiteral("10 min"));
        QCOMPARE(tileLevel(*view, "tileLongestWait"), TileLevel::Red);
        // Within 20 s: c-1 (10 s) yes; c-2 (waiting 10 min) and c-3 (30 s) no.
        QCOMPARE(tileText(*view, "tileServiceLevel"), QStringLiteral("33 %"));
        QCOMPARE(tileLevel(*view, "tileServiceLevel"), TileLevel::Red);
        QCOMPARE(tileText(*view, "tileAsa"), QStringLiteral("0:20")); // (10 + 30) / 2
        QCOMPARE(tileText(*view, "tileResolved"), QStringLiteral("1"));
        QCOMPARE(tileText(*view, "tilePastSla"), QStringLiteral("1"));
        QCOMPARE(tileText(*view, "tileCsat"), QStringLiteral("100 %"));
        QCOMPARE(tileLevel(*view, "tileCsat"), TileLevel::Normal);
    }

    void queuesAndAgents()
    {
        auto view = makeView();
        const QList<QueueRow> &queues = view->feed()->queues();
        QCOMPARE(queues.size(), 2);
        QCOMPARE(queues[0].name, QStringLiteral("Support email"));
        QCOMPARE(queues[0].waiting, 0);
        QCOMPARE(queues[1].waiting, 1);
        QCOMPARE(queues[1].longestWaitMs, 10 * 60 * 1000);
        // Mette (online, 1 of 2) and Ava (online, no limit) can take more; Jonas is away.
        QCOMPARE(queues[1].agentsAvailable, 2);

        view->feed()->setGrouping(QueueGroupingKind::Team);
        QCOMPARE(view->feed()->queues().size(), 1);
        QCOMPARE(view->feed()->queues()[0].waiting, 1);

        const QList<AgentLoad> &agents = view->feed()->agents();
        QCOMPARE(agents.size(), 3);
        const auto mette = std::find_if(agents.begin(), agents.end(), [](const AgentLoad &a) {
            return a.name == QStringLiteral("Mette Jensen");
        });
        QVERIFY(mette != agents.end());
        QCOMPARE(mette->open, 1);
        QCOMPARE(mette->capacity, 2);
    }

    void modelsAreWellBehaved()
    {
        auto view = makeView();
        QueueTableModel queues;
        AgentLoadModel agents;
        WaitingConversationsModel waiting(*store_);
        QAbstractItemModelTester t1(&queues, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&agents, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&waiting, QAbstractItemModelTester::FailureReportingMode::QtTest);
        queues.setRows(view->feed()->queues(), view->feed()->settings());
        queues.setRows(view->feed()->queues(), view->feed()->settings());
        queues.setRows({}, view->feed()->settings());
        agents.setAgents(view->feed()->agents(), fixture_.now);
        agents.setAgents(view->feed()->agents().mid(1), fixture_.now);
        waiting.reload(fixture_.now);
        QCOMPARE(waiting.rowCount(), 2); // c-1 and c-2 are open; c-3 is resolved
        QCOMPARE(waiting.index(0, WaitingConversationsModel::Customer).data().toString(),
                 QStringLiteral("Customer cu-2"));
        waiting.reload(fixture_.now + 1000);
    }

    void liveWithinTwoSeconds()
    {
        auto view = makeView();
        QCOMPARE(tileText(*view, "tileWaiting"), QStringLiteral("1"));
        IngestBatch more;
        more.account = fixture_.batch().account;
        ConversationRecord c4 = testing::SupervisorFixture::conversation(
            QStringLiteral("c-4"), QStringLiteral("in-chat"), Channel::WebChat, QStringLiteral("cu-1"),
            fixture_.now - 1000);
        c4.waitingSince = c4.createdAt;
        more.conversations = {c4};
        QElapsedTimer clock;
        clock.start();
        await(store_->ingest(more));
        QTRY_COMPARE_WITH_TIMEOUT(tileText(*view, "tileWaiting"), QStringLiteral("2"), 2000);
        QVERIFY(clock.elapsed() < 2000);
    }

    void thresholdsAreTheSupervisors()
    {
        auto view = makeView();
        QCOMPARE(tileLevel(*view, "tileLongestWait"), TileLevel::Red); // 10 min against 1/2 min
        WallboardSettings relaxed = view->feed()->settings();
        relaxed.longestWaitMs = {15 * 60'000.0, 30 * 60'000.0, false};
        view->applySettings(relaxed);
        QCOMPARE(tileLevel(*view, "tileLongestWait"), TileLevel::Normal);
        // Kept for the next start, and read back the same.
        const WallboardSettings stored = loadWallboardSettings(QSettings());
        QCOMPARE(stored.longestWaitMs.amber, 15 * 60'000.0);
        QCOMPARE(stored.longestWaitMs.red, 30 * 60'000.0);
        auto again = makeView();
        QCOMPARE(tileLevel(*again, "tileLongestWait"), TileLevel::Normal);

        // The dialog edits seconds and per cent, and keeps amber before red whichever way they were typed.
        ThresholdsDialog dialog(stored);
        const QList<QDoubleSpinBox *> boxes = dialog.findChildren<QDoubleSpinBox *>();
        QVERIFY(boxes.size() >= 12);
        boxes[0]->setValue(70); // service level amber 70 %
        boxes[1]->setValue(90); // red 90 %: swapped into order
        const WallboardSettings edited = dialog.settings();
        QCOMPARE(edited.serviceLevel.amber, 0.9);
        QCOMPARE(edited.serviceLevel.red, 0.7);
        QSettings().clear();
    }

    void reachableFromTheMainWindow()
    {
        QMainWindow window;
        QAction *open = installSupervisorEntry(window, *store_);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QVERIFY(window.menuBar()->findChild<QMenu *>(QStringLiteral("supervisorMenu")));
        open->trigger();
        auto views = [] {
            QList<SupervisorView *> found;
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *v = qobject_cast<SupervisorView *>(w); v && v->isVisible())
                    found.append(v);
            }
            return found;
        };
        QTRY_COMPARE(views().size(), 1);
        open->trigger(); // brings the same view back, never a second one
        QCOMPARE(views().size(), 1);
        views().first()->close();
    }

    void bulkReroutingGoesThroughTheOutbox()
    {
        auto view = makeView();
        QTableView *waiting = view->waitingView();
        QCOMPARE(waiting->model()->rowCount(), 2);
        waiting->selectAll();
        qint64 jonas = 0;
        for (const AgentLoad &a : view->feed()->agents()) {
            if (a.name == QStringLiteral("Jonas Weber"))
                jonas = a.agentId;
        }
        QCOMPARE(view->assignSelected(jonas, std::nullopt), 2);
        QCOMPARE(view->setPriorityOfSelected(int(Priority::Urgent)), 2);
        QTRY_COMPARE(store_->reader().outbox().countsByState().value(OutboxState::Queued), 4);
        QTRY_VERIFY([&] {
            const QList<ConversationRow> rows =
                store_->reader().inbox().page(InboxFilter{}, InboxSort::LastActivity).rows;
            return rows.size() == 2 && std::all_of(rows.begin(), rows.end(), [&](const ConversationRow &r) {
                       return r.assigneeId == jonas && r.priority == Priority::Urgent;
                   });
        }());
    }
};

QTEST_MAIN(TestSupervisorView)
#include "tst_supervisor_view.moc"
