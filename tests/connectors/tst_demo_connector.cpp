// The demo contact center end to end: first sync, realtime, gap fill after a disconnect, and agent actions
// delivered to the backend once, through a real store and sync engine.
#include "DemoScenario.h"
#include "StoreWorldComparison.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace kontor;
using namespace kontor::testing;

namespace {
constexpr qint64 kMinute = 60 * 1000;

template<typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

qint64 localConversation(Store &store, const QString &remoteId)
{
    auto q = store.reader().database().prepare("SELECT id FROM conversations WHERE remote_id = ?");
    q.bind(1, remoteId);
    return q.step() ? q.int64(0) : 0;
}
} // namespace

class TestDemoConnector : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    DemoScenario scenario_;

    void letTimePass(qint64 millis, qint64 step = kMinute)
    {
        for (qint64 passed = 0; passed < millis; passed += step) {
            scenario_.clock += step;
            QTest::qWait(15);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KontorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_demo_connector"));
        QSettings().clear();
    }

    void init()
    {
        QDir(dir_.path()).removeRecursively();
        QDir().mkpath(dir_.path());
        scenario_.dir = dir_.path();
        QString error;
        QVERIFY2(scenario_.open(7, DemoScenario::reliableFast(), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(scenario_.caughtUp(), 30000);
    }

    void cleanup() { scenario_.close(); }

    void firstSyncBringsTheWholeBackend()
    {
        const QStringList problems = differences(*scenario_.store, scenario_.connector->world());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
        QVERIFY(scenario_.connector->world().counts().conversations >= 30);
        // Every channel of the demo shows up, and customers with identities on several channels.
        auto q =
            scenario_.store->reader().database().prepare("SELECT count(DISTINCT channel) FROM conversations");
        QVERIFY(q.step());
        QVERIFY2(q.int64(0) >= 6, qPrintable(QString::number(q.int64(0))));
    }

    void realtimeFollowsTheBackend()
    {
        const qint64 before = scenario_.connector->world().counts().conversations;
        letTimePass(20 * kMinute);
        QVERIFY(scenario_.connector->world().counts().conversations > before);
        QTRY_VERIFY_WITH_TIMEOUT(scenario_.caughtUp(), 20000);
        const QStringList problems = differences(*scenario_.store, scenario_.connector->world());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }

    void gapFillAfterADisconnectBringsAColleaguesReply()
    {
        const qint64 seqBefore = scenario_.connector->world().lastSeq();
        scenario_.policy->setWorkOffline(true);
        QCOMPARE(scenario_.engine->state(scenario_.connector).phase, ConnectorState::Phase::WorkingOffline);
        letTimePass(45 * kMinute);
        // What colleagues wrote while we were away.
        QStringList missed;
        DemoChangePage page = scenario_.connector->world().changesSince(seqBefore, 100000);
        for (const DemoChange &change : page.changes) {
            if (const auto *m = std::get_if<DemoMessage>(&change.record)) {
                if (m->kind == MessageKind::Outgoing &&
                    m->authorAgentId != scenario_.connector->world().selfAgentId())
                    missed.append(m->remoteId);
            }
        }
        QVERIFY2(!missed.isEmpty(), "no colleague replied in 45 minutes");
        auto count = [&] {
            qint64 found = 0;
            for (const QString &id : missed) {
                auto q = scenario_.store->reader().database().prepare(
                    "SELECT count(*) FROM messages WHERE remote_id = ?");
                q.bind(1, id);
                if (q.step())
                    found += q.int64(0);
            }
            return found;
        };
        QCOMPARE(count(), 0);
        scenario_.policy->setWorkOffline(false);
        QTRY_VERIFY_WITH_TIMEOUT(scenario_.caughtUp(), 20000);
        QCOMPARE(count(), missed.size());
        const QStringList problems = differences(*scenario_.store, scenario_.connector->world());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }

    void agentActionsLandOnceAndTheStoreAgrees()
    {
        DemoWorld &world = scenario_.connector->world();
        // A conversation on a channel that carries text: a phone call is answered on another channel.
        QString remote;
        for (const QString &candidate : world.activeConversations()) {
            if (world.conversation(candidate)->channel != Channel::Voice) {
                remote = candidate;
                break;
            }
        }
        QVERIFY(!remote.isEmpty());
        const qint64 id = localConversation(*scenario_.store, remote);
        QVERIFY(id > 0);
        QStringList uuids;
        SendMessage reply;
        reply.conversationId = id;
        reply.body = QStringLiteral("Thanks, the replacement is on its way.");
        uuids.append(await(scenario_.store->apply(reply)).uuid);
        SendMessage note = reply;
        note.isNote = true;
        note.body = QStringLiteral("Checked the warehouse stock first.");
        uuids.append(await(scenario_.store->apply(note)).uuid);
        uuids.append(
            await(scenario_.store->apply(AddConversationLabel{id, QStringLiteral("replacement")})).uuid);
        uuids.append(await(scenario_.store->apply(SetConversationPriority{id, Priority::High})).uuid);
        uuids.append(await(scenario_.store->apply(
                               SetConversationStatus{id, ConversationStatus::Pending, std::nullopt}))
                         .uuid);
        QTRY_VERIFY_WITH_TIMEOUT(!scenario_.hasUnfinishedOutbox(), 20000);
        for (const QString &uuid : uuids) {
            const auto entry = scenario_.store->reader().outbox().entry(uuid);
            QVERIFY2(entry->state == OutboxState::Confirmed,
                     qPrintable(entry->kind + QStringLiteral(": ") + outboxStateKey(entry->state) +
                                QStringLiteral(" ") + entry->lastError));
        }
        QTRY_VERIFY_WITH_TIMEOUT(scenario_.caughtUp(), 20000);
        for (const QString &uuid : uuids) {
            QCOMPARE(world.appliedCount(uuid), 1);
            QCOMPARE(scenario_.store->reader().outbox().entry(uuid)->state, OutboxState::Confirmed);
        }
        // The optimistic reply became the backend's message: one copy, with the backend's id.
        {
            auto q = scenario_.store->reader().database().prepare(
                "SELECT count(*), min(remote_id IS NOT NULL) FROM messages WHERE client_uuid = ?");
            q.bind(1, uuids.first());
            QVERIFY(q.step());
            QCOMPARE(q.int64(0), 1);
            QCOMPARE(q.int64(1), 1);
        }
        const QStringList problems = differences(*scenario_.store, world);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
        QCOMPARE(world.conversation(remote)->priority, Priority::High);
    }

    void theBackendSurvivesARestart()
    {
        const qint64 seq = scenario_.connector->world().lastSeq();
        const DemoWorldCounts counts = scenario_.connector->world().counts();
        scenario_.close();
        QString error;
        QVERIFY2(scenario_.open(7, DemoScenario::reliableFast(), &error), qPrintable(error));
        QVERIFY(scenario_.connector->loadProblem().isEmpty());
        QCOMPARE(scenario_.connector->world().lastSeq(), seq);
        QCOMPARE(scenario_.connector->world().counts().conversations, counts.conversations);
        QTRY_VERIFY_WITH_TIMEOUT(scenario_.caughtUp(), 20000);
    }
};

QTEST_GUILESS_MAIN(TestDemoConnector)
#include "tst_demo_connector.moc"
