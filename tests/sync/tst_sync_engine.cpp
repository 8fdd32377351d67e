// The sync engine between a scripted connector and a real store: ingest with cursors, ordered exactly-once
// delivery, retries with backoff, failures, offline periods and entries cut off by a crash.
#include "store/Store.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace std::chrono_literals;

namespace {
template<typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

// A backend that answers from a script: each delivery takes the next scripted result (confirmed when the
// script is empty), and the first start() sends one batch with a conversation and a cursor.
class ScriptedConnector : public Connector
{
public:
    QList<DeliveryResult> script;
    QList<DeliveryRequest> requests;
    QStringList startedWithCursors;
    int stops = 0;
    bool answer = true;           // false: keep requests unanswered, like a connection that hangs
    QSet<ActionKind> unsupported; // kinds this backend cannot carry out
    QSet<ActionKind> keptLocally; // kinds it has nothing to carry out for
    bool files = false;           // takes the files of a message

    AccountRecord account() const override
    {
        return {QStringLiteral("scripted"), QStringLiteral("acct-1"), QStringLiteral("Scripted")};
    }
    ConnectorCapabilities capabilities() const override
    {
        ConnectorCapabilities capabilities = ConnectorCapabilities::deliveringAll();
        capabilities.actions.subtract(unsupported).subtract(keptLocally);
        capabilities.keptLocally = keptLocally;
        capabilities.attachments = files;
        return capabilities;
    }

    void start(const QString &cursor) override
    {
        startedWithCursors.append(cursor);
        Q_EMIT stateChanged(ConnectorState::online());
        if (!cursor.isEmpty())
            return;
        IngestBatch batch;
        batch.account = account();
        batch.inboxes.append({QStringLiteral("in-1"), QStringLiteral("Support"), Channel::Email});
        batch.agents.append({QStringLiteral("ag-1"), QStringLiteral("Me"), {}, Presence::Online, 5, true});
        CustomerRecord customer;
        customer.remoteId = QStringLiteral("cu-1");
        customer.name = QStringLiteral("Ole Hansen");
        customer.identities = {{IdentityKind::Email, QStringLiteral("ole@example.dk"), {}, {}}};
        batch.customers.append(customer);
        for (const QString &id : {QStringLiteral("c-1"), QStringLiteral("c-2")}) {
            ConversationRecord c;
            c.remoteId = id;
            c.inboxRemoteId = QStringLiteral("in-1");
            c.channel = Channel::Email;
            c.customerRemoteId = QStringLiteral("cu-1");
            c.createdAt = c.lastActivityAt = 1'790'000'000'000;
            batch.conversations.append(c);
        }
        Q_EMIT batchReceived(batch, QStringLiteral("cursor-1"));
    }
    void stop() override { ++stops; }
    void relay(const IngestBatch &batch, const QString &cursor) { Q_EMIT batchReceived(batch, cursor); }

    void deliver(const DeliveryRequest &request) override
    {
        requests.append(request);
        if (!answer)
            return;
        DeliveryResult result = script.isEmpty() ? DeliveryResult::confirmed() : script.takeFirst();
        if (result.outcome == DeliveryResult::Outcome::Confirmed && result.messageRemoteId.isEmpty() &&
            std::holds_alternative<SendMessage>(request.action))
            result.messageRemoteId = QStringLiteral("m-") + request.entry.uuid;
        QTimer::singleShot(
            0, this, [this, uuid = request.entry.uuid, result] { Q_EMIT deliveryFinished(uuid, result); });
    }
};

qint64 conversationId(StoreReader &reader, const QString &remoteId)
{
    auto q = StoreTestAccess::database(reader).prepare("SELECT id FROM conversations WHERE remote_id = ?");
    q.bind(1, remoteId);
    return q.step() ? q.int64(0) : 0;
}

SendMessage reply(qint64 conversation, const QString &text)
{
    SendMessage m;
    m.conversationId = conversation;
    m.body = text;
    return m;
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    std::unique_ptr<NetworkPolicy> policy_;
    std::unique_ptr<SyncEngine> engine_;
    ScriptedConnector *connector_ = nullptr;

    void openAll()
    {
        StoreOpenResult opened = Store::open(dir_.filePath(QStringLiteral("store.db")));
        QVERIFY2(opened.store, qPrintable(opened.error));
        store_ = std::move(opened.store);
        policy_ = std::make_unique<NetworkPolicy>();
        policy_->setWorkOffline(false);
        policy_->setSystemReachable(true);
        engine_ = std::make_unique<SyncEngine>(*store_, *policy_);
        engine_->setBackoff(net::Backoff(20ms, 80ms));
        engine_->seedRandom(7);
        auto connector = std::make_unique<ScriptedConnector>();
        connector_ = connector.get();
        engine_->addConnector(std::move(connector));
    }

    void closeAll()
    {
        engine_.reset();
        policy_.reset();
        store_.reset();
        connector_ = nullptr;
    }

    qint64 conversation(const QString &remoteId) { return conversationId(store_->reader(), remoteId); }
    qint64 scriptedAccount()
    {
        return store_->reader()
            .directory()
            .accountId(QStringLiteral("scripted"), QStringLiteral("acct-1"))
            .value_or(0);
    }
    static IngestBatch conversationBatch(const QString &remoteId)
    {
        IngestBatch batch;
        ConversationRecord c;
        c.remoteId = remoteId;
        c.inboxRemoteId = QStringLiteral("in-1");
        c.channel = Channel::Email;
        c.customerRemoteId = QStringLiteral("cu-1");
        c.createdAt = c.lastActivityAt = 1'790'000'000'000;
        batch.conversations.append(c);
        return batch;
    }
    OutboxState stateOf(const QString &uuid)
    {
        const auto entry = store_->reader().outbox().entry(uuid);
        return entry ? entry->state : OutboxState(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KontorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sync_engine"));
    }

    void init()
    {
        QFile::remove(dir_.filePath(QStringLiteral("store.db")));
        openAll();
        QTRY_VERIFY(conversation(QStringLiteral("c-1")) > 0);
    }

    void cleanup() { closeAll(); }

    void batchesLandWithTheirCursorAndRestartResumesFromIt()
    {
        QCOMPARE(connector_->startedWithCursors, QStringList{QString()});
        QTRY_COMPARE(engine_->state(connector_).phase, ConnectorState::Phase::Online);
        closeAll();
        openAll();
        QCOMPARE(connector_->startedWithCursors, QStringList{QStringLiteral("cursor-1")});
    }

    void repliesGoOutOnceInOrder()
    {
        const qint64 c1 = conversation(QStringLiteral("c-1"));
        QStringList uuids;
        for (int i = 0; i < 5; ++i)
            uuids.append(await(store_->apply(reply(c1, QStringLiteral("Reply %1").arg(i)))).uuid);
        QTRY_VERIFY(std::all_of(uuids.begin(), uuids.end(),
                                [&](const QString &u) { return stateOf(u) == OutboxState::Confirmed; }));
        QStringList delivered;
        for (const DeliveryRequest &r : connector_->requests) {
            delivered.append(r.entry.uuid);
            QCOMPARE(r.conversationRemoteId, QStringLiteral("c-1"));
            QVERIFY(!r.outcomeUnknown);
        }
        QCOMPARE(delivered, uuids);
        // The optimistic messages now carry the backend's ids.
        auto q =
            StoreTestAccess::database(store_->reader())
                .prepare(
                    "SELECT count(*) FROM messages WHERE client_uuid IS NOT NULL AND remote_id LIKE 'm-%'");
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), 5);
    }

    void retryableErrorsBackOffThenLand()
    {
        connector_->script = {DeliveryResult::retryable(QStringLiteral("HTTP 503")),
                              DeliveryResult::retryable(QStringLiteral("timeout"), 150)};
        const QString uuid =
            await(store_->apply(reply(conversation(QStringLiteral("c-1")), QStringLiteral("Hi")))).uuid;
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        QCOMPARE(connector_->requests.size(), 3);
        QVERIFY2(clock.elapsed() >= 150, "the backend's Retry-After was not honoured");
        QCOMPARE(store_->reader().outbox().entry(uuid)->attempts, 3);
        QVERIFY(store_->reader().outbox().entry(uuid)->lastError.isEmpty());
    }

    void permanentFailureHoldsTheConversationUntilRetried()
    {
        const qint64 c1 = conversation(QStringLiteral("c-1"));
        connector_->script = {DeliveryResult::permanent(QStringLiteral("Conversation is locked"))};
        const QString first = await(store_->apply(reply(c1, QStringLiteral("first")))).uuid;
        const QString second = await(store_->apply(reply(c1, QStringLiteral("second")))).uuid;
        const QString other =
            await(store_->apply(reply(conversation(QStringLiteral("c-2")), QStringLiteral("x")))).uuid;
        QTRY_COMPARE(stateOf(first), OutboxState::Failed);
        QTRY_COMPARE(stateOf(other), OutboxState::Confirmed);
        QCOMPARE(store_->reader().outbox().entry(first)->lastError, QStringLiteral("Conversation is locked"));
        QTest::qWait(100);
        QCOMPARE(stateOf(second), OutboxState::Queued); // waits behind the failed one, never overtakes it
        engine_->sendAgain(first);
        QTRY_COMPARE(stateOf(second), OutboxState::Confirmed);
        QCOMPARE(stateOf(first), OutboxState::Confirmed);
        QCOMPARE(connector_->requests.last().entry.uuid, second);
    }

    void nothingLeavesWhileOffline()
    {
        policy_->setWorkOffline(true);
        QCOMPARE(connector_->stops, 1);
        QCOMPARE(engine_->state(connector_).phase, ConnectorState::Phase::WorkingOffline);
        const QString uuid =
            await(store_->apply(reply(conversation(QStringLiteral("c-1")), QStringLiteral("offline")))).uuid;
        QTest::qWait(100);
        QVERIFY(connector_->requests.isEmpty());
        QCOMPARE(stateOf(uuid), OutboxState::Queued);
        policy_->setWorkOffline(false);
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        QCOMPARE(connector_->requests.size(), 1);
    }

    void entriesCutOffByACrashAreCheckedBeforeResending()
    {
        connector_->answer = false;
        const QString uuid =
            await(store_->apply(reply(conversation(QStringLiteral("c-1")), QStringLiteral("cut off")))).uuid;
        QTRY_COMPARE(connector_->requests.size(), 1);
        QTRY_COMPARE(stateOf(uuid), OutboxState::Sending);
        closeAll(); // the app stops with the request in flight
        openAll();
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        QCOMPARE(connector_->requests.size(), 1);
        QVERIFY(connector_->requests.first().outcomeUnknown);
    }

    void anAnswerThatMayHaveLandedIsCheckedNotResent()
    {
        connector_->script = {DeliveryResult::mayHaveLanded(QStringLiteral("timeout"))};
        const QString uuid =
            await(store_->apply(reply(conversation(QStringLiteral("c-1")), QStringLiteral("lost")))).uuid;
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        QCOMPARE(connector_->requests.size(), 2);
        QVERIFY(!connector_->requests.at(0).outcomeUnknown);
        QVERIFY(connector_->requests.at(1).outcomeUnknown); // the second goes out as a check
        QVERIFY(store_->reader().outbox().entry(uuid)->firstSentAt >=
                store_->reader().outbox().entry(uuid)->createdAt);
    }

    void aCheckThatDoesNotGetThroughKeepsTheEntryUncertain()
    {
        // The first attempt may have landed; the check then fails like a plain network error: that says
        // nothing about the first attempt, so the entry must stay uncertain, never fall back to queued.
        connector_->script = {DeliveryResult::mayHaveLanded(QStringLiteral("timeout")),
                              DeliveryResult::retryable(QStringLiteral("offline")),
                              DeliveryResult::retryable(QStringLiteral("offline"))};
        const QString uuid =
            await(store_->apply(reply(conversation(QStringLiteral("c-1")), QStringLiteral("lost")))).uuid;
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        QCOMPARE(connector_->requests.size(), 4);
        for (int i = 1; i < 4; ++i)
            QVERIFY2(connector_->requests.at(i).outcomeUnknown, qPrintable(QString::number(i)));
    }

    void aSettingThatMayHaveLandedIsCheckedToo()
    {
        connector_->script = {DeliveryResult::mayHaveLanded(QStringLiteral("timeout"))};
        const QString uuid =
            await(store_->apply(SetConversationStatus{conversation(QStringLiteral("c-1")),
                                                      ConversationStatus::Resolved, std::nullopt}))
                .uuid;
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        QCOMPARE(connector_->requests.size(), 2);
        QVERIFY(connector_->requests.at(1).outcomeUnknown); // the connector decides how to check it
    }

    void anOutcomeNobodyCanTellWaitsForTheAgent()
    {
        const qint64 c1 = conversation(QStringLiteral("c-1"));
        connector_->script = {DeliveryResult::mayHaveLanded(QStringLiteral("timeout")),
                              DeliveryResult::outcomeUnknown(QStringLiteral("cannot tell")),
                              DeliveryResult::outcomeUnknown(QStringLiteral("still cannot tell"))};
        const QString uuid = await(store_->apply(reply(c1, QStringLiteral("maybe")))).uuid;
        const QString behind = await(store_->apply(reply(c1, QStringLiteral("after it")))).uuid;
        QTRY_COMPARE(stateOf(uuid), OutboxState::Unknown);
        QTest::qWait(150);
        QCOMPARE(stateOf(uuid), OutboxState::Unknown);  // never resent on its own
        QCOMPARE(stateOf(behind), OutboxState::Queued); // and what follows it in the conversation waits
        QCOMPARE(connector_->requests.size(), 2);
        QCOMPARE(store_->reader().outbox().entry(uuid)->lastError, QStringLiteral("cannot tell"));

        engine_->checkAgain(uuid); // asks again: still unknown
        QTRY_COMPARE(connector_->requests.size(), 3);
        QVERIFY(connector_->requests.last().outcomeUnknown);
        QTRY_COMPARE(stateOf(uuid), OutboxState::Unknown);

        engine_->sendAgain(uuid); // the agent's decision: sent as new
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        QVERIFY(!connector_->requests.at(3).outcomeUnknown);
        QTRY_COMPARE(stateOf(behind), OutboxState::Confirmed);
    }

    void goingOfflineMidDeliveryLeavesTheEntryUncertain()
    {
        connector_->answer = false;
        const QString uuid =
            await(store_->apply(reply(conversation(QStringLiteral("c-1")), QStringLiteral("cut")))).uuid;
        QTRY_COMPARE(stateOf(uuid), OutboxState::Sending);
        policy_->setWorkOffline(true);
        QTRY_COMPARE(stateOf(uuid), OutboxState::Uncertain);
        connector_->answer = true;
        policy_->setWorkOffline(false);
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        QVERIFY(connector_->requests.last().outcomeUnknown);
    }

    void anEntryIsNeverSentOnAStaleViewOfItsState()
    {
        // Another connection holds the store's write lock, as a slow disk would: the engine's own state
        // changes wait, and until they land the reader still shows the entry as it was. Going offline and
        // back in that window must not send the entry a second time.
        policy_->setWorkOffline(true);
        const QString uuid =
            await(store_->apply(reply(conversation(QStringLiteral("c-1")), QStringLiteral("once")))).uuid;
        sql::Database blocker(dir_.filePath(QStringLiteral("store.db")), sql::Database::OpenMode::ReadWrite);
        blocker.setBusyTimeout(5000);
        blocker.exec("BEGIN IMMEDIATE");
        policy_->setWorkOffline(false);
        QTRY_COMPARE(engine_->inFlightCount(), 1); // picked, and 'sending' is waiting for the lock
        policy_->setWorkOffline(true);             // given up before it left
        QCOMPARE(engine_->inFlightCount(), 0);
        policy_->setWorkOffline(false);
        QTest::qWait(200); // every pump the engine schedules runs meanwhile
        QCOMPARE(stateOf(uuid), OutboxState::Queued);
        blocker.exec("COMMIT");

        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        QTest::qWait(200);
        qsizetype sent = 0;
        for (const DeliveryRequest &request : std::as_const(connector_->requests))
            sent += request.entry.uuid == uuid ? 1 : 0;
        QCOMPARE(sent, 1);
        // Nothing had left when it was given up: the one request is a first send, not a check.
        QVERIFY(!connector_->requests.last().outcomeUnknown);
    }

    void authenticationNeededKeepsTheEntry()
    {
        connector_->script = {DeliveryResult::authenticationNeeded(QStringLiteral("token revoked"))};
        QSignalSpy states(engine_.get(), &SyncEngine::stateChanged);
        const QString uuid =
            await(store_->apply(reply(conversation(QStringLiteral("c-1")), QStringLiteral("auth")))).uuid;
        QTRY_COMPARE(engine_->state(connector_).phase, ConnectorState::Phase::AuthenticationNeeded);
        QTest::qWait(100);
        QCOMPARE(stateOf(uuid), OutboxState::Queued);
        QCOMPARE(connector_->requests.size(), 1);                  // no hammering with a revoked token
        Q_EMIT connector_->stateChanged(ConnectorState::online()); // signed in again
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
    }

    void aReplyInAConversationStartedOfflineWaitsForItsRemoteId()
    {
        policy_->setWorkOffline(true);
        StartConversation start;
        start.customerId =
            StoreTestAccess::database(store_->reader()).queryInt64("SELECT id FROM customers").value_or(0);
        start.accountId =
            StoreTestAccess::database(store_->reader()).queryInt64("SELECT id FROM accounts").value_or(0);
        start.channel = Channel::Email;
        start.body = QStringLiteral("Your refund was approved.");
        const ActionReceipt started = await(store_->apply(start));
        const QString reply =
            await(store_->apply(::reply(*started.conversationId, QStringLiteral("It takes 3 days.")))).uuid;
        QTest::qWait(100);
        QVERIFY(connector_->requests.isEmpty());

        connector_->script = {
            DeliveryResult::conversationStarted(QStringLiteral("c-9"), QStringLiteral("m-9"))};
        policy_->setWorkOffline(false);
        QTRY_COMPARE(stateOf(reply), OutboxState::Confirmed);
        QCOMPARE(stateOf(started.uuid), OutboxState::Confirmed);
        QCOMPARE(connector_->requests.size(), 2);
        const DeliveryRequest &first = connector_->requests.first();
        QCOMPARE(first.entry.uuid, started.uuid);
        QCOMPARE(first.contactRemoteId, QStringLiteral("cu-1"));
        QCOMPARE(first.inboxRemoteId, QStringLiteral("in-1"));
        QVERIFY(first.conversationRemoteId.isEmpty());
        // The reply went to the conversation the backend created.
        QCOMPARE(connector_->requests.last().entry.uuid, reply);
        QCOMPARE(connector_->requests.last().conversationRemoteId, QStringLiteral("c-9"));
        QCOMPARE(conversation(QStringLiteral("c-9")), *started.conversationId);
    }

    void kindsABackendCannotCarryOut()
    {
        connector_->keptLocally = {ActionKind::MergeContacts};
        connector_->unsupported = {ActionKind::SetConversationPriority};
        const qint64 account =
            StoreTestAccess::database(store_->reader()).queryInt64("SELECT id FROM accounts").value_or(0);
        const QString merge =
            await(store_->apply(MergeContacts{account, QStringLiteral("cu-1"), QStringLiteral("cu-2"), 1}))
                .uuid;
        const QString priority =
            await(store_->apply(SetConversationPriority{conversation(QStringLiteral("c-1")), Priority::High}))
                .uuid;
        // A backend that keeps contacts apart has nothing to merge: the merge stays Kontor's.
        QTRY_COMPARE(stateOf(merge), OutboxState::Confirmed);
        QTRY_COMPARE(stateOf(priority), OutboxState::Failed);
        QVERIFY(!store_->reader().outbox().entry(priority)->lastError.isEmpty());
        // Files to a backend that takes none: held visibly, never sent without them.
        const QString photo = dir_.filePath(QStringLiteral("photo.jpg"));
        {
            QFile file(photo);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not really a photo");
        }
        SendMessage withFile = reply(conversation(QStringLiteral("c-2")), QStringLiteral("See the photo"));
        withFile.attachments.append({photo, {}, {}, 0});
        const QString sent = await(store_->apply(withFile)).uuid;
        QTRY_COMPARE(stateOf(sent), OutboxState::Failed);
        QVERIFY(!store_->reader().outbox().entry(sent)->lastError.isEmpty());
        QVERIFY(connector_->requests.isEmpty());
    }

    void assignmentsCarryRemoteIds()
    {
        AssignConversation assign;
        assign.conversationId = conversation(QStringLiteral("c-2"));
        {
            // Scoped: an unfinished statement would keep this connection's read snapshot open.
            auto q = StoreTestAccess::database(store_->reader())
                         .prepare("SELECT id FROM agents WHERE remote_id = 'ag-1'");
            QVERIFY(q.step());
            assign.agentId = q.int64(0);
        }
        const QString uuid = await(store_->apply(assign)).uuid;
        QVERIFY(store_->reader().outbox().entry(uuid));
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        QCOMPARE(connector_->requests.last().agentRemoteId, QStringLiteral("ag-1"));
        QCOMPARE(connector_->requests.last().conversationRemoteId, QStringLiteral("c-2"));
    }

    void actionKindsNameEveryAlternative()
    {
        const QList<ActionKind> kinds = allActionKinds();
        QCOMPARE(kinds.size(), qsizetype(std::variant_size_v<AgentAction>));
        QSet<QString> keys;
        for (const ActionKind kind : kinds) {
            keys.insert(actionKindKey(kind));
            QCOMPARE(actionKindFromKey(actionKindKey(kind)), std::optional<ActionKind>(kind));
        }
        QCOMPARE(keys.size(), kinds.size());
        QCOMPARE(actionKindOf(MergeContacts{}), ActionKind::MergeContacts);
        QCOMPARE(actionKindOf(SendMessage{}), ActionKind::SendMessage);
        QCOMPARE(agentActionKind(UpdateContact{}), QStringLiteral("update_contact"));
        // Keys this version does not know: never taken for one it does.
        QCOMPARE(actionKindFromKey(u"send_fax"), std::nullopt);
        QCOMPARE(actionKindFromKey(u""), std::nullopt);
        QCOMPARE(actionKindFromKey(u"Send_Message"), std::nullopt);
    }

    void theEngineStampsAccountAndCursor()
    {
        QTRY_COMPARE(store_->reader().directory().syncCursor(scriptedAccount(), SyncEngine::cursorStream()),
                     std::optional<QString>(QStringLiteral("cursor-1")));
        // What a connector writes into the batch's account and cursor does not count: the engine's do.
        IngestBatch batch = conversationBatch(QStringLiteral("c-3"));
        batch.account = {QStringLiteral("other"), QStringLiteral("acct-9"), QStringLiteral("Other")};
        batch.cursor = SyncCursorRecord{QStringLiteral("elsewhere"), QStringLiteral("x")};
        connector_->relay(batch, QStringLiteral("cursor-2"));
        QTRY_VERIFY(conversation(QStringLiteral("c-3")) > 0);
        QCOMPARE(store_->reader().directory().accountId(QStringLiteral("other"), QStringLiteral("acct-9")),
                 std::nullopt);
        QCOMPARE(store_->reader().directory().syncCursor(scriptedAccount(), SyncEngine::cursorStream()),
                 std::optional<QString>(QStringLiteral("cursor-2")));
        QCOMPARE(store_->reader().directory().syncCursor(scriptedAccount(), QStringLiteral("elsewhere")),
                 std::nullopt);
        // No cursor: the saved one stays.
        connector_->relay(conversationBatch(QStringLiteral("c-4")), {});
        QTRY_VERIFY(conversation(QStringLiteral("c-4")) > 0);
        QCOMPARE(store_->reader().directory().syncCursor(scriptedAccount(), SyncEngine::cursorStream()),
                 std::optional<QString>(QStringLiteral("cursor-2")));
    }

    void theEngineNormalizesIdentities()
    {
        // A connector that passes identities as the backend wrote them: the engine brings them into the one
        // form that resolution compares, and a value nobody can reach is not kept to join anyone.
        IngestBatch batch;
        CustomerRecord customer;
        customer.remoteId = QStringLiteral("cu-9");
        customer.name = QStringLiteral("Anna Berg");
        customer.identities = {
            {IdentityKind::Email, QStringLiteral(" Anna.Berg@Example.COM "), {}, {}},
            {IdentityKind::Email, QStringLiteral("anna.berg@example.com"), {}, {}}, // the same, once
            {IdentityKind::Phone, QStringLiteral("+45 12 34 56 78"), {}, {}},
            {IdentityKind::Email, QStringLiteral("not an address"), {}, {}},
            {IdentityKind::Handle, QStringLiteral("anna_b"), {}, {}}, // no platform: names no one
        };
        batch.customers.append(customer);
        connector_->relay(batch, QStringLiteral("cursor-2"));

        auto &db = StoreTestAccess::database(store_->reader());
        QStringList stored;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                stored.clear();
                auto q = db.prepare("SELECT kind, value, display_value FROM identities WHERE customer_id = "
                                    "(SELECT customer_id FROM identities WHERE value = '+4512345678') "
                                    "ORDER BY kind, value");
                while (q.step())
                    stored.append(q.text(0) + u' ' + q.text(1) + u' ' + q.text(2));
                return !stored.isEmpty();
            }(),
            5000);
        // The backend's own contact id is kept as it is.
        QCOMPARE(stored, (QStringList{QStringLiteral("contact cu-9 "),
                                      QStringLiteral("email anna.berg@example.com  Anna.Berg@Example.COM "),
                                      QStringLiteral("phone +4512345678 +45 12 34 56 78")}));
    }

    void theEngineSaysWhetherAnAccountTakesFiles()
    {
        const qint64 account = scriptedAccount();
        QVERIFY(account > 0);
        QVERIFY(!engine_->takesFiles(account));
        connector_->files = true;
        QVERIFY(engine_->takesFiles(account));
        QVERIFY(!engine_->takesFiles(account + 1000)); // no connector claims it
        engine_->removeConnector(connector_);
        connector_ = nullptr;
        QVERIFY(!engine_->takesFiles(account));
    }

    void connectorsAreRemovedAndAddedAtRunTime()
    {
        const qint64 account = scriptedAccount();
        connector_->answer = false;
        const QString cut =
            await(store_->apply(reply(conversation(QStringLiteral("c-1")), QStringLiteral("on its way"))))
                .uuid;
        QTRY_COMPARE(stateOf(cut), OutboxState::Sending);
        QSignalSpy removed(engine_.get(), &SyncEngine::connectorRemoved);
        QPointer<Connector> gone(connector_);
        engine_->removeConnector(connector_);
        connector_ = nullptr;
        QCOMPARE(removed.count(), 1);
        QVERIFY(engine_->connectors().isEmpty());
        QVERIFY(engine_->summary().contains(QStringLiteral("No connection")));
        // What was on its way may have landed; the connector goes once control is back.
        QTRY_COMPARE(stateOf(cut), OutboxState::Uncertain);
        QTRY_VERIFY(!gone);
        // Without a connector, new entries wait.
        const QString waiting =
            await(store_->apply(reply(conversation(QStringLiteral("c-2")), QStringLiteral("waits")))).uuid;
        QTest::qWait(100);
        QCOMPARE(stateOf(waiting), OutboxState::Queued);

        // The account's connector again: it resumes from the saved cursor, checks the cut-off entry by its
        // key and sends the waiting one.
        auto again = std::make_unique<ScriptedConnector>();
        connector_ = again.get();
        engine_->addConnector(std::move(again));
        QCOMPARE(engine_->connectors().size(), 1);
        QCOMPARE(connector_->startedWithCursors, QStringList{QStringLiteral("cursor-1")});
        QTRY_COMPARE(stateOf(cut), OutboxState::Confirmed);
        QTRY_COMPARE(stateOf(waiting), OutboxState::Confirmed);
        QCOMPARE(connector_->requests.size(), 2);
        for (const DeliveryRequest &request : std::as_const(connector_->requests))
            QCOMPARE(request.outcomeUnknown, request.entry.uuid == cut);
        QVERIFY(engine_->takesFiles(account) == connector_->files);
        // Removing a connector the engine does not have changes nothing.
        ScriptedConnector stranger;
        engine_->removeConnector(&stranger);
        QCOMPARE(engine_->connectors().size(), 1);
    }

    void anEchoAlreadyIngestedConfirmsAnUncertainEntry()
    {
        // The answer is lost, and the backend asks for a second before anything else.
        connector_->script = {DeliveryResult::mayHaveLanded(QStringLiteral("timeout"), 1'000)};
        const QString uuid =
            await(store_->apply(reply(conversation(QStringLiteral("c-1")), QStringLiteral("lost")))).uuid;
        QTRY_COMPARE(stateOf(uuid), OutboxState::Uncertain);
        // Meanwhile the realtime stream shows the message with the entry's key.
        IngestBatch batch;
        MessageRecord echo;
        echo.remoteId = QStringLiteral("m-echoed");
        echo.conversationRemoteId = QStringLiteral("c-1");
        echo.kind = MessageKind::Outgoing;
        echo.authorAgentRemoteId = QStringLiteral("ag-1");
        echo.body = QStringLiteral("lost");
        echo.createdAt = 1'790'000'000'500;
        echo.echoUuid = uuid;
        batch.messages.append(echo);
        connector_->relay(batch, {});
        // Confirmed by what was seen: the connector is not asked again.
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        QCOMPARE(connector_->requests.size(), 1);
    }

    void anEchoOfAnotherEntryConfirmsNothing()
    {
        connector_->script = {DeliveryResult::mayHaveLanded(QStringLiteral("timeout"), 1'000)};
        const QString uuid =
            await(store_->apply(reply(conversation(QStringLiteral("c-1")), QStringLiteral("lost")))).uuid;
        QTRY_COMPARE(stateOf(uuid), OutboxState::Uncertain);
        IngestBatch batch;
        MessageRecord other;
        other.remoteId = QStringLiteral("m-other");
        other.conversationRemoteId = QStringLiteral("c-1");
        other.kind = MessageKind::Outgoing;
        other.body = QStringLiteral("another");
        other.createdAt = 1'790'000'000'500;
        other.echoUuid = QStringLiteral("00000000-0000-0000-0000-000000000000");
        batch.messages.append(other);
        connector_->relay(batch, {});
        // Asked by its key, as any uncertain entry.
        QTRY_COMPARE(connector_->requests.size(), 2);
        QVERIFY(connector_->requests.last().outcomeUnknown);
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
