#include "store/Schema.h"
#include "store/Store.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"
#include "store/sql/Error.h"
#include "store/sql/Transaction.h"

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace kontor;

// The schema a fresh store gets, the connection settings, the constraints that keep the data whole, and the
// SQLite wrapper everything is written through.
class TestStoreSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshStoreIsAtLatestVersion();
    void tablesExist_data();
    void tablesExist();
    void connectionSettings();
    void constraints_data();
    void constraints();
    void sortKeys_data();
    void sortKeys();
    void errorCarriesMessageCodeAndStatement();
    void transactionRollsBackUnlessCommitted();
    void cachedStatementsAreResetAndNestable();
    void bindingRoundTrips();

private:
    std::unique_ptr<sql::Database> freshDatabase();
    QTemporaryDir dir_;
    QString path_;
};

void TestStoreSchema::init()
{
    QVERIFY(dir_.isValid());
    path_ = dir_.filePath(
        u"store-%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction())) +
        (QTest::currentDataTag() ? u"-"_s + QString::fromUtf8(QTest::currentDataTag()) : QString()));
}

std::unique_ptr<sql::Database> TestStoreSchema::freshDatabase()
{
    auto db = std::make_unique<sql::Database>(path_);
    db->exec("PRAGMA foreign_keys = ON");
    schema::migrate(*db);
    return db;
}

void TestStoreSchema::freshStoreIsAtLatestVersion()
{
    StoreOpenResult opened = Store::open(path_);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(opened.notice.isEmpty());
    QCOMPARE(schema::version(StoreTestAccess::database(opened.store->reader())), schema::latestVersion());
    QVERIFY(schema::latestVersion() >= 3);
}

void TestStoreSchema::tablesExist_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    for (const char *table : {"accounts",
                              "inboxes",
                              "customers",
                              "identities",
                              "customer_merges",
                              "customer_merge_items",
                              "merge_suggestions",
                              "agents",
                              "teams",
                              "team_members",
                              "labels",
                              "conversations",
                              "conversation_labels",
                              "messages",
                              "mentions",
                              "attachments",
                              "canned_responses",
                              "csat_answers",
                              "outbox",
                              "outbox_files",
                              "sync_cursors",
                              "messages_fts",
                              "conversations_fts",
                              "customers_fts",
                              "identities_fts"})
        QTest::newRow(table) << QString::fromLatin1(table) << u"table"_s;
    for (const char *index :
         {"conversations_status_activity", "conversations_assignee", "conversations_status_priority",
          "conversations_status_waiting", "conversations_status_sla", "conversations_unread",
          "conversations_channel", "messages_conversation", "messages_customer", "outbox_state"})
        QTest::newRow(index) << QString::fromLatin1(index) << u"index"_s;
    for (const char *trigger : {"messages_fts_insert", "messages_fts_update", "messages_fts_delete",
                                "conversations_customer_moved", "identities_fts_update"})
        QTest::newRow(trigger) << QString::fromLatin1(trigger) << u"trigger"_s;
    QTest::newRow("not a table") << u"tickets"_s << QString();
}

void TestStoreSchema::tablesExist()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    auto db = freshDatabase();
    sql::Statement select = db->prepare("SELECT type FROM sqlite_schema WHERE name = ?");
    select.bindAll(name);
    QCOMPARE(select.step() ? select.text(0) : QString(), type);
}

void TestStoreSchema::connectionSettings()
{
    StoreOpenResult opened = Store::open(path_);
    QVERIFY(opened.store);
    sql::Database &reader = StoreTestAccess::database(opened.store->reader());
    QCOMPARE(reader.queryText("PRAGMA journal_mode"), u"wal"_s);
    QCOMPARE(reader.queryInt64("PRAGMA foreign_keys"), 1);
    QCOMPARE(reader.queryInt64("PRAGMA query_only"), 1);
    // The reader refuses writes: they belong to the writer thread.
    QVERIFY_THROWS_EXCEPTION(sql::Error, reader.exec("DELETE FROM accounts"));

    int writerForeignKeys = -1;
    int writerSynchronous = -1;
    opened.store
        ->write([&](WriteContext &context) {
            writerForeignKeys = int(context.db().queryInt64("PRAGMA foreign_keys").value_or(-1));
            writerSynchronous = int(context.db().queryInt64("PRAGMA synchronous").value_or(-1));
        })
        .waitForFinished();
    QCOMPARE(writerForeignKeys, 1);
    QCOMPARE(writerSynchronous, 1); // NORMAL between agent actions

    int actionSynchronous = -1;
    opened.store
        ->write(
            [&](WriteContext &context) {
                actionSynchronous = int(*context.db().queryInt64("PRAGMA synchronous"));
            },
            WriteDurability::Full)
        .waitForFinished();
    QCOMPARE(actionSynchronous, 2); // FULL
}

void TestStoreSchema::constraints_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("expectedCode"); // SQLITE_OK when the row must be accepted

    QTest::newRow("second inbox, other remote id")
        << u"INSERT INTO inboxes(account_id, remote_id, channel) VALUES (1, 'i2', 'email')"_s << SQLITE_OK;
    QTest::newRow("same remote id in another account")
        << u"INSERT INTO inboxes(account_id, remote_id, channel) VALUES (2, 'i1', 'email')"_s << SQLITE_OK;
    QTest::newRow("duplicate remote id in one account")
        << u"INSERT INTO inboxes(account_id, remote_id, channel) VALUES (1, 'i1', 'sms')"_s
        << SQLITE_CONSTRAINT;
    QTest::newRow("duplicate conversation remote id")
        << u"INSERT INTO conversations(account_id, remote_id, channel, customer_id, created_at, "
           u"last_activity_at) "
           "VALUES (1, 'c1', 'email', 1, 0, 0)"_s
        << SQLITE_CONSTRAINT;
    QTest::newRow("local conversations without remote id may repeat")
        << u"INSERT INTO conversations(account_id, remote_id, channel, customer_id, created_at, "
           u"last_activity_at) "
           "VALUES (1, NULL, 'email', 1, 0, 0), (1, NULL, 'email', 1, 0, 0)"_s
        << SQLITE_OK;
    QTest::newRow("identity owned by another customer")
        << u"INSERT INTO identities(customer_id, kind, value, scope, created_at) "
           "VALUES (2, 'email', 'anna@example.com', '', 0)"_s
        << SQLITE_CONSTRAINT;
    QTest::newRow("same handle on another platform")
        << u"INSERT INTO identities(customer_id, kind, value, scope, platform, created_at) "
           "VALUES (2, 'handle', 'anna', 'instagram', 'instagram', 0)"_s
        << SQLITE_OK;
    QTest::newRow("message in a missing conversation")
        << u"INSERT INTO messages(conversation_id, account_id, customer_id, kind, channel, created_at) "
           "VALUES (999, 1, 1, 'incoming', 'email', 0)"_s
        << SQLITE_CONSTRAINT;
    QTest::newRow("csat rating outside 1..5") << u"INSERT INTO csat_answers(account_id, remote_id, "
                                                 u"conversation_id, customer_id, rating, created_at) "
                                                 "VALUES (1, 'r1', 1, 1, 6, 0)"_s
                                              << SQLITE_CONSTRAINT;
    QTest::newRow("outbox state outside the machine")
        << u"INSERT INTO outbox(uuid, account_id, kind, state, next_attempt_at, created_at, updated_at) "
           "VALUES ('u2', 1, 'assign', 'lost', 0, 0, 0)"_s
        << SQLITE_CONSTRAINT;
    QTest::newRow("duplicate outbox uuid")
        << u"INSERT INTO outbox(uuid, account_id, kind, next_attempt_at, created_at, updated_at) "
           "VALUES ('u1', 1, 'assign', 0, 0, 0)"_s
        << SQLITE_CONSTRAINT;
    QTest::newRow("merge suggestion in the wrong order")
        << u"INSERT INTO merge_suggestions(customer_a, customer_b, reason, created_at) VALUES (2, 1, 'x', 0)"_s
        << SQLITE_CONSTRAINT;
    QTest::newRow("deleting an account cascades") << u"DELETE FROM accounts WHERE id = 1"_s << SQLITE_OK;
}

void TestStoreSchema::constraints()
{
    QFETCH(QString, statement);
    QFETCH(int, expectedCode);
    auto db = freshDatabase();
    db->exec(R"sql(
        INSERT INTO accounts(id, connector, remote_id, created_at) VALUES (1, 'demo', 'a', 0), (2, 'demo', 'b', 0);
        INSERT INTO inboxes(account_id, remote_id, channel) VALUES (1, 'i1', 'email');
        INSERT INTO customers(id, name, created_at, updated_at) VALUES (1, 'Anna', 0, 0), (2, 'Bo', 0, 0);
        INSERT INTO identities(customer_id, kind, value, scope, created_at) VALUES (1, 'email', 'anna@example.com', '', 0);
        INSERT INTO identities(customer_id, kind, value, scope, platform, created_at)
            VALUES (1, 'handle', 'anna', 'telegram', 'telegram', 0);
        INSERT INTO conversations(id, account_id, remote_id, channel, customer_id, created_at, last_activity_at)
            VALUES (1, 1, 'c1', 'email', 1, 0, 0);
        INSERT INTO messages(conversation_id, account_id, customer_id, kind, channel, created_at, body)
            VALUES (1, 1, 1, 'incoming', 'email', 0, 'hello');
        INSERT INTO outbox(uuid, account_id, conversation_id, kind, next_attempt_at, created_at, updated_at)
            VALUES ('u1', 1, 1, 'assign', 0, 0, 0);
    )sql");
    int code = SQLITE_OK;
    try {
        db->exec(statement.toStdString());
    } catch (const sql::Error &error) {
        code = error.code();
    }
    QCOMPARE(code, expectedCode);
    if (statement.startsWith(u"DELETE FROM accounts")) {
        QCOMPARE(db->queryInt64("SELECT count(*) FROM conversations"), 0);
        QCOMPARE(db->queryInt64("SELECT count(*) FROM messages"), 0);
        QCOMPARE(db->queryInt64("SELECT count(*) FROM outbox"), 0);
        QCOMPARE(db->queryInt64("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'hello'"), 0);
    }
}

void TestStoreSchema::sortKeys_data()
{
    QTest::addColumn<QString>("priority");
    QTest::addColumn<qint64>("waitingSince");  // -1: NULL
    QTest::addColumn<qint64>("firstReplyAt");  // -1: NULL
    QTest::addColumn<qint64>("firstReplyDue"); // -1: NULL
    QTest::addColumn<qint64>("resolutionDue"); // -1: NULL
    QTest::addColumn<qint64>("priorityRank");
    QTest::addColumn<qint64>("waitingKey");
    QTest::addColumn<qint64>("slaDueAt");
    const qint64 never = std::numeric_limits<qint64>::max();

    QTest::newRow("urgent, waiting, first reply due")
        << u"urgent"_s << 100LL << -1LL << 500LL << 900LL << 4LL << 100LL << 500LL;
    QTest::newRow("resolution due before first reply")
        << u"high"_s << -1LL << -1LL << 500LL << 300LL << 3LL << never << 300LL;
    QTest::newRow("replied: resolution due counts")
        << u"medium"_s << -1LL << 50LL << 500LL << 900LL << 2LL << never << 900LL;
    QTest::newRow("replied, no resolution SLA")
        << u"low"_s << -1LL << 50LL << 500LL << -1LL << 1LL << never << never;
    QTest::newRow("no SLA at all") << u"none"_s << 7LL << -1LL << -1LL << -1LL << 0LL << 7LL << never;
    QTest::newRow("unknown priority ranks lowest")
        << u"bogus"_s << -1LL << -1LL << -1LL << 40LL << 0LL << never << 40LL;
}

void TestStoreSchema::sortKeys()
{
    QFETCH(QString, priority);
    QFETCH(qint64, waitingSince);
    QFETCH(qint64, firstReplyAt);
    QFETCH(qint64, firstReplyDue);
    QFETCH(qint64, resolutionDue);
    auto db = freshDatabase();
    db->exec("INSERT INTO accounts(id, connector, remote_id, created_at) VALUES (1, 'demo', 'a', 0);"
             "INSERT INTO customers(id, created_at, updated_at) VALUES (1, 0, 0)");
    const auto nullable = [](qint64 v) { return v < 0 ? std::nullopt : std::optional<qint64>(v); };
    sql::Statement insert = db->prepare(
        "INSERT INTO conversations(account_id, channel, customer_id, created_at, last_activity_at, priority, "
        "  waiting_since, first_reply_at, sla_first_reply_due, sla_resolution_due) "
        "VALUES (1, 'email', 1, 0, 0, ?, ?, ?, ?, ?)");
    insert.bindAll(priority, nullable(waitingSince), nullable(firstReplyAt), nullable(firstReplyDue),
                   nullable(resolutionDue));
    insert.run();
    sql::Statement select = db->prepare("SELECT priority_rank, waiting_key, sla_due_at FROM conversations");
    QVERIFY(select.step());
    QTEST(select.int64(0), "priorityRank");
    QTEST(select.int64(1), "waitingKey");
    QTEST(select.int64(2), "slaDueAt");
}

void TestStoreSchema::errorCarriesMessageCodeAndStatement()
{
    auto db = freshDatabase();
    try {
        db->prepare("SELECT nonsense FROM accounts").step();
        QFAIL("a bad column must throw");
    } catch (const sql::Error &error) {
        QCOMPARE(error.code(), SQLITE_ERROR);
        QVERIFY(error.message().contains(u"nonsense"));
        QCOMPARE(error.statement(), u"SELECT nonsense FROM accounts"_s);
        QVERIFY(QByteArrayView(error.what()).contains("SELECT nonsense FROM accounts"));
    }
    try {
        sql::Statement insert =
            db->prepare("INSERT INTO accounts(connector, remote_id, created_at) VALUES (?, ?, ?)");
        insert.bindAll(u"demo"_s, nullptr, 0).run();
        QFAIL("a NOT NULL violation must throw");
    } catch (const sql::Error &error) {
        QCOMPARE(error.code(), SQLITE_CONSTRAINT);
        QCOMPARE(error.extendedCode(), SQLITE_CONSTRAINT_NOTNULL);
        QVERIFY(error.statement().startsWith(u"INSERT INTO accounts"));
        // Bound values never appear in the error (they may be customer data).
        QVERIFY(!error.statement().contains(u"demo"));
    }
    QVERIFY_THROWS_EXCEPTION(sql::Error, sql::Database(dir_.filePath(u"missing/dir/store.db"_s)));
}

void TestStoreSchema::transactionRollsBackUnlessCommitted()
{
    auto db = freshDatabase();
    try {
        sql::Transaction transaction(*db);
        db->exec("INSERT INTO accounts(connector, remote_id, created_at) VALUES ('demo', 'a', 0)");
        throw std::runtime_error("something failed half-way");
    } catch (const std::runtime_error &) {
    }
    QCOMPARE(db->queryInt64("SELECT count(*) FROM accounts"), 0);
    QVERIFY(!db->inTransaction());
    {
        sql::Transaction transaction(*db);
        db->exec("INSERT INTO accounts(connector, remote_id, created_at) VALUES ('demo', 'b', 0)");
        transaction.commit();
    }
    QCOMPARE(db->queryInt64("SELECT count(*) FROM accounts"), 1);
}

void TestStoreSchema::cachedStatementsAreResetAndNestable()
{
    auto db = freshDatabase();
    db->exec(
        "INSERT INTO accounts(connector, remote_id, created_at) VALUES ('demo', 'a', 0), ('demo', 'b', 0)");
    const char *select = "SELECT remote_id FROM accounts ORDER BY id";
    {
        sql::Statement outer = db->prepare(select);
        QVERIFY(outer.step());
        QCOMPARE(outer.text(0), u"a"_s);
        // The same text again while the first use is still open: an independent statement.
        sql::Statement inner = db->prepare(select);
        QVERIFY(inner.step());
        QCOMPARE(inner.text(0), u"a"_s);
        QVERIFY(outer.step());
        QCOMPARE(outer.text(0), u"b"_s);
    }
    // Back in the cache, reset: it starts from the first row again and holds no read snapshot.
    sql::Statement again = db->prepare(select);
    QVERIFY(again.step());
    QCOMPARE(again.text(0), u"a"_s);
}

void TestStoreSchema::bindingRoundTrips()
{
    auto db = freshDatabase();
    sql::Statement select = db->prepare("SELECT ?1, ?2, ?3, ?4, ?5, ?6, typeof(?6), ?7");
    const QString unicode = u"Grüße, Ærø 😀 \u0000 end"_s;
    select.bindAll(qint64(1) << 40, 2.5, unicode, std::optional<qint64>(), true, QString(),
                   std::optional<QString>(u"x"_s));
    QVERIFY(select.step());
    QCOMPARE(select.int64(0), qint64(1) << 40);
    QCOMPARE(select.real(1), 2.5);
    QCOMPARE(select.text(2), unicode);
    QVERIFY(select.isNull(3));
    QCOMPARE(select.optionalInt64(3), std::nullopt);
    QCOMPARE(select.int64(4), 1);
    QCOMPARE(select.text(6), u"text"_s); // an empty QString is '' rather than NULL
    QCOMPARE(select.optionalText(7), std::optional<QString>(u"x"_s));
}

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_store_schema.moc"
