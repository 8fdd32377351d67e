#include "ContactCenterData.h"
#include "StoreTestSupport.h"

#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace kontor;

// After each commit the store says which rows of which tables changed, on the thread that opened it; a
// rollback says nothing.
class TestStoreNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void arrivesOnTheStoreThreadAfterCommit();
    void namesTheChangedRows_data();
    void namesTheChangedRows();
    void rollbackIsSilent();
    void unchangedDataIsSilent();
    void largeTransactionsMarkWholeTables();
    void arrivesBeforeTheFutureContinuation();
    void changeSetBookkeeping();

private:
    ChangeSet nextChange(const std::function<void()> &write);
    qint64 id(const char *sqlText);
    std::unique_ptr<TestStore> store_;
};

void TestStoreNotifications::init()
{
    store_ = std::make_unique<TestStore>();
    QVERIFY(store_->isOpen());
}

void TestStoreNotifications::cleanup()
{
    store_.reset();
}

qint64 TestStoreNotifications::id(const char *sqlText)
{
    return StoreTestAccess::database(store_->reader()).queryInt64(sqlText).value_or(0);
}

ChangeSet TestStoreNotifications::nextChange(const std::function<void()> &write)
{
    QSignalSpy spy(&store_->store(), &Store::changed);
    write();
    if (!spy.wait(5000))
        return {};
    return spy.first().first().value<ChangeSet>();
}

void TestStoreNotifications::arrivesOnTheStoreThreadAfterCommit()
{
    QThread *receivedOn = nullptr;
    qint64 visibleConversations = -1;
    ChangeSet received;
    connect(&store_->store(), &Store::changed, this, [&](const ChangeSet &changes) {
        receivedOn = QThread::currentThread();
        received = changes;
        // Committed, so the GUI thread's connection sees it already.
        visibleConversations = StoreTestAccess::database(store_->reader())
                                   .queryInt64("SELECT count(*) FROM conversations")
                                   .value_or(-1);
    });
    QSignalSpy spy(&store_->store(), &Store::changed);
    QFuture<IngestResult> done = store_->store().ingest(contactcenter::batch());
    QVERIFY(spy.wait(5000));
    QCOMPARE(receivedOn, QThread::currentThread());
    QCOMPARE(visibleConversations, 60);
    QCOMPARE(received.inserted(StoreTable::Conversations).size(), 60);
    QCOMPARE(received.inserted(StoreTable::Messages).size(), 300);
    QCOMPARE(received.inserted(StoreTable::Customers).size(), 30);
    QVERIFY(received.touches(StoreTable::Agents));
    QVERIFY(received.touches(StoreTable::TeamMembers)); // no rowid: marked by the writer itself
    QVERIFY(!received.touches(StoreTable::Outbox));
    // The future finishes on the writer thread right after the commit; the notification may get here first.
    QTRY_VERIFY(done.isFinished());
}

void TestStoreNotifications::namesTheChangedRows_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<StoreTable>("table");
    QTest::addColumn<int>("kind"); // ChangeSet::Operation
    QTest::newRow("new conversation")
        << u"new conversation"_s << StoreTable::Conversations << int(ChangeSet::Operation::Insert);
    QTest::newRow("subject changed") << u"subject"_s << StoreTable::Conversations
                                     << int(ChangeSet::Operation::Update);
    QTest::newRow("labels changed") << u"labels"_s << StoreTable::Conversations
                                    << int(ChangeSet::Operation::Update);
    QTest::newRow("conversation deleted")
        << u"delete"_s << StoreTable::Conversations << int(ChangeSet::Operation::Delete);
    QTest::newRow("its messages go with it")
        << u"delete"_s << StoreTable::Messages << int(ChangeSet::Operation::Delete);
    QTest::newRow("agent action message")
        << u"reply"_s << StoreTable::Messages << int(ChangeSet::Operation::Insert);
    QTest::newRow("agent action entry")
        << u"reply"_s << StoreTable::Outbox << int(ChangeSet::Operation::Insert);
    QTest::newRow("agent action conversation")
        << u"reply"_s << StoreTable::Conversations << int(ChangeSet::Operation::Update);
    QTest::newRow("mention in a note")
        << u"note"_s << StoreTable::Mentions << int(ChangeSet::Operation::Update);
    QTest::newRow("outbox transition")
        << u"transition"_s << StoreTable::Outbox << int(ChangeSet::Operation::Update);
    QTest::newRow("sync cursor") << u"cursor"_s << StoreTable::SyncCursors
                                 << int(ChangeSet::Operation::Insert);
}

void TestStoreNotifications::namesTheChangedRows()
{
    QFETCH(QString, operation);
    QFETCH(StoreTable, table);
    QFETCH(int, kind);
    store_->ingest(contactcenter::batch());
    QTest::qWait(0); // let the first sync's notification go by
    IngestBatch b = contactcenter::batch();
    b.customers.clear();
    b.messages.clear();
    const qint64 conversation = id("SELECT id FROM conversations WHERE remote_id = 'conv-1'");
    qint64 expectedRow = conversation;
    ChangeSet changes;
    if (operation == u"new conversation") {
        ConversationRecord c = b.conversations.first();
        c.remoteId = u"conv-new"_s;
        b.conversations = {c};
        changes = nextChange([&] { store_->ingest(b); });
        expectedRow = id("SELECT id FROM conversations WHERE remote_id = 'conv-new'");
    } else if (operation == u"subject" || operation == u"labels") {
        ConversationRecord c = b.conversations[1];
        if (operation == u"subject")
            c.subject = u"Changed"_s;
        else
            c.labels = {u"new-label"_s};
        b.conversations = {c};
        changes = nextChange([&] { store_->ingest(b); });
    } else if (operation == u"delete") {
        b.conversations.clear();
        b.deletedConversationRemoteIds = {u"conv-1"_s};
        if (table == StoreTable::Messages)
            expectedRow = id("SELECT id FROM messages WHERE remote_id = 'msg-1-0'");
        changes = nextChange([&] { store_->ingest(b); });
    } else if (operation == u"reply" || operation == u"note") {
        ActionReceipt receipt;
        changes = nextChange([&] {
            receipt = store_->apply(SendMessage{.conversationId = conversation,
                                                .body = u"Hi"_s,
                                                .isNote = operation == u"note",
                                                .mentionedAgentIds = {1}});
        });
        if (table == StoreTable::Messages)
            expectedRow = *receipt.messageId;
        if (table == StoreTable::Outbox)
            expectedRow = receipt.outboxId;
    } else if (operation == u"transition") {
        const ActionReceipt receipt = store_->apply(MarkConversationRead{conversation});
        QTest::qWait(0);
        changes = nextChange(
            [&] { store_->store().transitionOutbox({.uuid = receipt.uuid, .to = OutboxState::Sending}); });
        expectedRow = receipt.outboxId;
    } else if (operation == u"cursor") {
        b.conversations.clear();
        b.cursor = SyncCursorRecord{u"events"_s, u"42"_s};
        changes = nextChange([&] { store_->ingest(b); });
        expectedRow = 1;
    }
    QVERIFY(!changes.isEmpty());
    QVERIFY(changes.touches(table));
    QVERIFY(changes.contains(table, expectedRow));
    const auto op = ChangeSet::Operation(kind);
    const QSet<qint64> rows = op == ChangeSet::Operation::Insert   ? changes.inserted(table)
                              : op == ChangeSet::Operation::Update ? changes.updated(table)
                                                                   : changes.deleted(table);
    QVERIFY2(rows.contains(expectedRow), qPrintable(storeTableName(table)));
}

void TestStoreNotifications::rollbackIsSilent()
{
    QSignalSpy spy(&store_->store(), &Store::changed);
    QFuture<void> failing = store_->store().write([](WriteContext &context) {
        context.db().exec(
            "INSERT INTO accounts(connector, remote_id, created_at) VALUES ('demo', 'ghost', 0)");
        throw std::runtime_error("half-way");
    });
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, failing.waitForFinished());
    QFuture<void> marker = store_->store().write([](WriteContext &context) {
        context.db().exec(
            "INSERT INTO accounts(connector, remote_id, created_at) VALUES ('demo', 'real', 0)");
    });
    QVERIFY(spy.wait(5000));
    QTest::qWait(50); // room for a stray notification to show up
    QCOMPARE(spy.size(), 1);
    const ChangeSet changes = spy.first().first().value<ChangeSet>();
    QCOMPARE(changes.inserted(StoreTable::Accounts).size(), 1);
    QCOMPARE(StoreTestAccess::database(store_->reader())
                 .queryInt64("SELECT count(*) FROM accounts WHERE remote_id = 'ghost'"),
             0);
    QCOMPARE(*changes.inserted(StoreTable::Accounts).begin(),
             *StoreTestAccess::database(store_->reader())
                  .queryInt64("SELECT id FROM accounts WHERE remote_id = 'real'"));
}

void TestStoreNotifications::unchangedDataIsSilent()
{
    store_->ingest(contactcenter::batch());
    QTest::qWait(0);
    QSignalSpy spy(&store_->store(), &Store::changed);
    store_->ingest(contactcenter::batch()); // the same records again
    store_->store().write([](WriteContext &) {}).waitForFinished();
    QTest::qWait(50);
    QCOMPARE(spy.size(), 0);
}

void TestStoreNotifications::largeTransactionsMarkWholeTables()
{
    contactcenter::Shape shape;
    shape.conversations = 500;
    shape.messagesPerConversation = 50; // 25000 messages: more than a change set lists
    const ChangeSet changes = nextChange([&] { store_->ingest(contactcenter::batch(shape)); });
    QVERIFY(changes.isWhollyChanged(StoreTable::Messages));
    QVERIFY(changes.rows(StoreTable::Messages).isEmpty());
    QVERIFY(changes.contains(StoreTable::Messages, 12345));
    QVERIFY(!changes.isWhollyChanged(StoreTable::Conversations));
    QCOMPARE(changes.inserted(StoreTable::Conversations).size(), 500);
}

void TestStoreNotifications::arrivesBeforeTheFutureContinuation()
{
    bool changedFirst = false;
    bool changedSeen = false;
    connect(&store_->store(), &Store::changed, this, [&] { changedSeen = true; });
    QSignalSpy spy(&store_->store(), &Store::changed);
    bool continued = false;
    store_->store().ingest(contactcenter::batch()).then(this, [&](const IngestResult &) {
        changedFirst = changedSeen;
        continued = true;
    });
    QTRY_VERIFY(continued);
    QVERIFY(changedFirst);
}

void TestStoreNotifications::changeSetBookkeeping()
{
    ChangeSet a;
    QVERIFY(a.isEmpty());
    a.add(StoreTable::Messages, ChangeSet::Operation::Insert, 1);
    a.add(StoreTable::Messages, ChangeSet::Operation::Update, 1); // still an insert to the outside
    a.add(StoreTable::Messages, ChangeSet::Operation::Insert, 2);
    a.add(StoreTable::Messages, ChangeSet::Operation::Delete, 2); // never existed outside
    a.add(StoreTable::Messages, ChangeSet::Operation::Update, 3);
    a.add(StoreTable::Messages, ChangeSet::Operation::Delete, 3);
    QCOMPARE(a.inserted(StoreTable::Messages), QSet<qint64>{1});
    QCOMPARE(a.updated(StoreTable::Messages), QSet<qint64>{});
    QCOMPARE(a.deleted(StoreTable::Messages), QSet<qint64>{3});
    QCOMPARE(a.tables(), QList<StoreTable>{StoreTable::Messages});
    ChangeSet b;
    b.markWhollyChanged(StoreTable::Customers);
    b.markUpdated(StoreTable::Messages, 4);
    a.merge(b);
    QVERIFY(a.isWhollyChanged(StoreTable::Customers));
    QCOMPARE(a.rows(StoreTable::Messages), (QSet<qint64>{1, 3, 4}));
    QCOMPARE(storeTableFromName(u"conversations"), StoreTable::Conversations);
    QCOMPARE(storeTableFromName(u"messages_fts_data"), std::nullopt);
    a.clear();
    QVERIFY(a.isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreNotifications)
#include "tst_store_notifications.moc"
