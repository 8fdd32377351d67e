// The demo contact center end to end: first sync, realtime, gap fill after a disconnect, and agent actions
// delivered to the backend once, through a real store and sync engine.
#include "DemoScenario.h"
#include "StoreWorldComparison.h"
#include "identity/CustomerMerge.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

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
    auto q =
        StoreTestAccess::database(store.reader()).prepare("SELECT id FROM conversations WHERE remote_id = ?");
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

    // The demo's world has households, a switchboard, people writing from a second address and the same
    // person as a new contact: its first start already shows automatic joins and suggestions, each with why.
    void firstStartShowsJoinsAndSuggestions()
    {
        sql::Database &db = StoreTestAccess::database(scenario_.store->reader());
        const qint64 joins =
            db.queryInt64(
                  "SELECT count(*) FROM customer_merges WHERE actor_agent_id IS NULL AND undone_at IS "
                  "NULL AND reason IN ('same_email', 'same_phone', 'same_handle')")
                .value_or(0);
        const qint64 suggestions =
            db.queryInt64("SELECT count(*) FROM merge_suggestions WHERE state = 'open' AND reason <> ''")
                .value_or(0);
        QVERIFY2(joins >= 1, qPrintable(QString::number(joins)));
        QVERIFY2(suggestions >= 1, qPrintable(QString::number(suggestions)));
        // People who share a number keep their own names: no join renamed one after the other.
        QCOMPARE(
            db.queryInt64("SELECT count(*) FROM merge_suggestions s JOIN customers a ON a.id = s.customer_a "
                          "JOIN customers b ON b.id = s.customer_b WHERE s.reason = 'names_differ' "
                          "AND a.name = b.name")
                .value_or(0),
            0);
    }

    void firstSyncBringsTheWholeBackend()
    {
        const QStringList problems = differences(*scenario_.store, scenario_.connector->world());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
        QVERIFY(scenario_.connector->world().counts().conversations >= 30);
        // Every channel of the demo shows up, and customers with identities on several channels.
        auto q = StoreTestAccess::database(scenario_.store->reader())
                     .prepare("SELECT count(DISTINCT channel) FROM conversations");
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
                auto q = StoreTestAccess::database(scenario_.store->reader())
                             .prepare("SELECT count(*) FROM messages WHERE remote_id = ?");
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
            auto q =
                StoreTestAccess::database(scenario_.store->reader())
                    .prepare(
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

    void aConversationStartedHereAndAMergeLandOnce()
    {
        DemoWorld &world = scenario_.connector->world();
        sql::Database &db = StoreTestAccess::database(scenario_.store->reader());
        // A customer the backend can email, and two others who turn out to be one person.
        const QList<qint64> customers = [&] {
            QList<qint64> ids;
            auto q = db.prepare("SELECT DISTINCT i.customer_id FROM identities i JOIN customers c ON c.id = "
                                "i.customer_id WHERE i.kind = 'email' AND c.merged_into IS NULL ORDER BY 1 "
                                "LIMIT 3");
            while (q.step())
                ids.append(q.int64(0));
            return ids;
        }();
        QCOMPARE(customers.size(), 3);

        StartConversation start;
        start.customerId = customers[0];
        start.accountId = db.queryInt64("SELECT id FROM accounts").value_or(0);
        start.channel = Channel::Email;
        start.subject = QStringLiteral("Your replacement");
        start.body = QStringLiteral("We sent the replacement by courier this morning.");
        const ActionReceipt started = await(scenario_.store->apply(start));
        SendMessage followUp;
        followUp.conversationId = *started.conversationId;
        followUp.body = QStringLiteral("The tracking number follows in a minute.");
        const QString label = dir_.filePath(QStringLiteral("label.pdf"));
        {
            QFile file(label);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4 shipping label");
        }
        followUp.attachments.append({label, {}, {}, 0});
        const ActionReceipt followed = await(scenario_.store->apply(followUp));
        const qint64 mergeId = await(CustomerMerge::merge(*scenario_.store, customers[1], customers[2],
                                                          std::nullopt, QStringLiteral("same person")));
        QVERIFY(mergeId > 0);
        const QString merge = db.queryText("SELECT uuid FROM outbox WHERE kind = 'merge_contacts'");
        QVERIFY(!merge.isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(!scenario_.hasUnfinishedOutbox(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(scenario_.caughtUp(), 20000);
        for (const QString &uuid : {started.uuid, followed.uuid, merge}) {
            const auto entry = scenario_.store->reader().outbox().entry(uuid);
            QVERIFY2(entry->state == OutboxState::Confirmed,
                     qPrintable(entry->kind + u' ' + entry->lastError));
            QCOMPARE(world.appliedCount(uuid), 1);
        }
        // The conversation is the backend's now, with both messages, once each.
        auto q =
            db.prepare("SELECT c.remote_id FROM conversations c JOIN messages m ON m.conversation_id = c.id "
                       "WHERE m.client_uuid = ?");
        q.bind(1, started.uuid);
        QVERIFY(q.step());
        const QString remote = q.text(0);
        QVERIFY(!remote.isEmpty());
        QCOMPARE(world.conversation(remote)->channel, Channel::Email);
        QCOMPARE(world.conversation(remote)->subject, start.subject);
        for (const QString &body : {start.body, followUp.body}) {
            auto count =
                db.prepare("SELECT count(*), min(remote_id IS NOT NULL) FROM messages WHERE body = ?");
            count.bind(1, body);
            QVERIFY(count.step());
            QCOMPARE(count.int64(0), 1);
            QCOMPARE(count.int64(1), 1);
        }
        // The file went along: the backend has it, and the store knows it by the backend's id.
        const DemoMessage sent = [&] {
            const QString id = db.queryText("SELECT remote_id FROM messages WHERE client_uuid = '" +
                                            followed.uuid.toStdString() + "'");
            for (const DemoChange &change : world.changesSince(0, 1000000).changes) {
                if (const auto *m = std::get_if<DemoMessage>(&change.record); m && m->remoteId == id)
                    return *m;
            }
            return DemoMessage{};
        }();
        QCOMPARE(sent.attachments.size(), 1);
        QCOMPARE(sent.attachments.first().fileName, QStringLiteral("label.pdf"));
        QCOMPARE(db.queryText("SELECT remote_id FROM attachments WHERE file_name = 'label.pdf'"),
                 sent.attachments.first().remoteId);
        // The backend merged the contacts too; locally they stay one customer.
        const QString mergedContact = [&] {
            auto contact =
                db.prepare("SELECT json_extract(payload, '$.merged_contact') FROM outbox WHERE uuid = ?");
            contact.bind(1, merge);
            return contact.step() ? contact.text(0) : QString();
        }();
        QVERIFY(!world.customer(mergedContact)->mergedIntoId.isEmpty());
        QCOMPARE(db.queryInt64("SELECT count(*) FROM customers WHERE id = " + std::to_string(customers[2]) +
                               " AND merged_into = " + std::to_string(customers[1])),
                 1);
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
