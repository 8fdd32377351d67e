#include "store/Schema.h"
#include "store/Store.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"
#include "store/sql/Error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

// Data as a Kontor of schema version 1 or 2 wrote it (the tables of version 1 are unchanged since).
const char versionOneData[] = R"sql(
INSERT INTO accounts(id, connector, remote_id, name, created_at) VALUES (1, 'demo', 'acme', 'Acme', 10);
INSERT INTO agents(id, account_id, remote_id, name, is_self) VALUES (1, 1, 'a1', 'Agent One', 1);
INSERT INTO customers(id, name, created_at, updated_at) VALUES (1, 'Ingrid Nørgaard', 10, 10);
INSERT INTO identities(customer_id, kind, value, scope, display_value, created_at)
    VALUES (1, 'email', 'ingrid@example.dk', '', 'Ingrid@Example.dk', 10);
INSERT INTO conversations(id, account_id, remote_id, channel, customer_id, subject, status, priority, assignee_id,
        created_at, last_activity_at, waiting_since, sla_first_reply_due, last_message_preview)
    VALUES (1, 1, 'c1', 'email', 1, 'Leverance forsinket', 'open', 'high', 1, 100, 300, 200, 5000, 'Hvor er pakken?');
INSERT INTO messages(conversation_id, account_id, customer_id, remote_id, kind, channel, author_name, body,
        body_format, body_text, created_at)
    VALUES (1, 1, 1, 'm1', 'incoming', 'email', 'Ingrid', '<p>Hvor er <b>pakken</b>?</p>', 'html',
            'Hvor er pakken?', 200);
INSERT INTO outbox(uuid, account_id, conversation_id, kind, payload, next_attempt_at, created_at, updated_at)
    VALUES ('5b7c2e1a-0000-4000-8000-000000000001', 1, 1, 'mark_read', '{}', 0, 300, 300);
INSERT INTO sync_cursors(account_id, stream, value, updated_at) VALUES (1, 'events', 'cursor-7', 300);
)sql";

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// Every store an earlier Kontor made opens in this one, with its data; a store from a newer Kontor is refused
// and left byte for byte as it was.
class TestStoreMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fromEachEarlierVersion_data();
    void fromEachEarlierVersion();
    void migratingAgainChangesNothing();
    void failedStepLeavesTheLastCompletedVersion();
    void newerStoreIsRefusedAndUntouched_data();
    void newerStoreIsRefusedAndUntouched();
    void copiesBesideTheStoreMoveIntoIt();

private:
    QTemporaryDir dir_;
    QString path_;
};

void TestStoreMigration::init()
{
    path_ = dir_.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"-"_s +
                          QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "x") +
                          u".db"_s);
}

void TestStoreMigration::fromEachEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 0; v < schema::latestVersion(); ++v)
        QTest::addRow("version %d", v) << v;
}

void TestStoreMigration::fromEachEarlierVersion()
{
    QFETCH(int, version);
    {
        sql::Database db(path_);
        db.exec("PRAGMA journal_mode = WAL");
        schema::migrate(db, version);
        QCOMPARE(schema::version(db), version);
        if (version >= 1)
            db.exec(versionOneData);
    }
    StoreOpenResult opened = Store::open(path_);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(opened.notice.isEmpty());
    StoreReader &reader = opened.store->reader();
    QCOMPARE(schema::version(StoreTestAccess::database(reader)), schema::latestVersion());
    if (version == 0)
        return;

    // The data is all there.
    QCOMPARE(reader.directory().syncCursor(1, u"events"_s), u"cursor-7"_s);
    QCOMPARE(reader.outbox().entry(u"5b7c2e1a-0000-4000-8000-000000000001"_s)->kind, u"mark_read"_s);
    const std::optional<ConversationRow> conversation = reader.inbox().conversation(1);
    QVERIFY(conversation);
    QCOMPARE(conversation->subject, u"Leverance forsinket"_s);
    QCOMPARE(conversation->customerName, u"Ingrid Nørgaard"_s);
    QCOMPARE(conversation->assigneeName, u"Agent One"_s);
    QCOMPARE(conversation->priority, Priority::High);
    QCOMPARE(conversation->waitingSince, 200);
    // Later steps work on it: full-text search indexed what was stored before it existed…
    const QList<MessageHit> hits = reader.search().messages(u"pakken"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().snippet, u"Hvor er \u0002pakken\u0003?"_s);
    QCOMPARE(reader.search().customers(u"nørg"_s).size(), 1);
    QCOMPARE(reader.search().customers(u"ingrid@exa"_s).size(), 1);
    QCOMPARE(reader.search().conversations(u"leverance"_s).size(), 1);
    // …and the inbox sorts have their keys.
    for (InboxSort sort : {InboxSort::Priority, InboxSort::WaitingLongest, InboxSort::SlaDue}) {
        const InboxPage page = reader.inbox().page({}, sort);
        QCOMPARE(page.rows.size(), 1);
    }
    InboxFilter mine;
    mine.view = InboxView::Mine;
    QCOMPARE(reader.inbox().counts(mine).conversations, 1);
    // And the store takes new writes.
    IngestBatch batch;
    batch.account = {u"demo"_s, u"acme"_s, u"Acme"_s};
    MessageRecord reply;
    reply.remoteId = u"m2"_s;
    reply.conversationRemoteId = u"c1"_s;
    reply.kind = MessageKind::Outgoing;
    reply.body = u"Pakken kommer i morgen"_s;
    reply.createdAt = 400;
    batch.messages.append(reply);
    QVERIFY(opened.store->ingest(batch).result().skipped.isEmpty());
    QCOMPARE(reader.search().messages(u"pakken"_s).size(), 2);
}

void TestStoreMigration::migratingAgainChangesNothing()
{
    {
        StoreOpenResult first = Store::open(path_);
        QVERIFY(first.store);
    }
    const QByteArray before = fileHash(path_);
    StoreOpenResult second = Store::open(path_);
    QVERIFY(second.store);
    QCOMPARE(schema::version(StoreTestAccess::database(second.store->reader())), schema::latestVersion());
    second.store.reset();
    QCOMPARE(fileHash(path_), before);
}

void TestStoreMigration::failedStepLeavesTheLastCompletedVersion()
{
    {
        sql::Database db(path_);
        db.exec("PRAGMA journal_mode = WAL");
        schema::migrate(db, 2);
        db.exec(versionOneData);
        // Something in the way of step 3 (an index of the same name) makes it fail half-way.
        db.exec("CREATE INDEX conversations_status_sla ON conversations(status)");
    }
    StoreOpenResult opened = Store::open(path_);
    QVERIFY(!opened.store);
    QVERIFY(!opened.error.isEmpty());
    sql::Database db(path_);
    QCOMPARE(schema::version(db), 2);
    // Nothing of step 3 stayed: the columns it adds first are not there.
    QVERIFY_THROWS_EXCEPTION(sql::Error, db.queryInt64("SELECT priority_rank FROM conversations"));
    QCOMPARE(db.queryInt64("SELECT count(*) FROM messages"), 1);
}

void TestStoreMigration::newerStoreIsRefusedAndUntouched_data()
{
    QTest::addColumn<int>("versionsAhead");
    QTest::addColumn<bool>("withData");
    QTest::newRow("one version ahead") << 1 << true;
    QTest::newRow("far ahead") << 1000 << true;
    QTest::newRow("newer and empty") << 1 << false;
}

void TestStoreMigration::newerStoreIsRefusedAndUntouched()
{
    QFETCH(int, versionsAhead);
    QFETCH(bool, withData);
    {
        sql::Database db(path_);
        db.exec("PRAGMA journal_mode = WAL");
        schema::migrate(db);
        if (withData)
            db.exec(versionOneData);
        db.exec("PRAGMA user_version = " + std::to_string(schema::latestVersion() + versionsAhead));
    }
    QVERIFY(!QFile::exists(path_ + u"-wal"_s));
    const QByteArray before = fileHash(path_);
    const qint64 sizeBefore = QFileInfo(path_).size();

    StoreOpenResult opened = Store::open(path_);
    QVERIFY(!opened.store);
    QVERIFY(opened.error.contains(QString::number(schema::latestVersion() + versionsAhead)));
    QVERIFY(opened.error.contains(QString::number(schema::latestVersion())));
    QVERIFY(opened.notice.isEmpty());
    QVERIFY(opened.movedAsidePath.isEmpty());
    QCOMPARE(QFileInfo(path_).size(), sizeBefore);
    QCOMPARE(fileHash(path_), before);
    QCOMPARE(QDir(dir_.path()).entryList({u"*.damaged-*"_s}), QStringList());
}

// Before format 11 the files a reply sends were copied beside the store in the clear. Migrating reads the
// copies of unsent replies into the store, takes their paths out of the payloads, and removes the copies from
// disk; a path that is not one of the store's own copies is neither read nor touched.
void TestStoreMigration::copiesBesideTheStoreMoveIntoIt()
{
    const QString folder = dir_.filePath(u"copiesBesideTheStoreMoveIntoIt-x-files/outbox/5b7c2e1a"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString copy = folder + u"/label.pdf"_s;
    const QByteArray bytes = "%PDF-1.4 return label\n" + QByteArray(300'000, 'l'); // more than one piece
    {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QString outside = dir_.filePath(u"agents-own.txt"_s);
    {
        QFile file(outside);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the agent's own file");
    }
    const auto payload = [](const QString &path, const QString &name) {
        return QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{u"message_id"_s, 2},
                            {u"body"_s, u"Label attached"_s},
                            {u"attachments"_s, QJsonArray{QJsonObject{{u"path"_s, path},
                                                                      {u"name"_s, name},
                                                                      {u"mime"_s, u"application/pdf"_s},
                                                                      {u"size"_s, 7}}}}})
                .toJson(QJsonDocument::Compact));
    };
    {
        sql::Database db(path_);
        db.exec("PRAGMA journal_mode = WAL");
        schema::migrate(db, 10);
        db.exec(versionOneData);
        db.exec(
            "INSERT INTO messages(id, conversation_id, account_id, customer_id, client_uuid, kind, channel, "
            "body, created_at, delivery_state) VALUES (2, 1, 1, 1, 'e-1', 'outgoing', 'email', "
            "'Label attached', 400, 'queued')");
        sql::Statement attachment = db.prepare("INSERT INTO attachments(message_id, account_id, file_name, "
                                               "mime_type, size_bytes, local_path) VALUES (2, 1, ?, "
                                               "'application/pdf', ?, ?)");
        attachment.bindAll(u"label.pdf"_s, qint64(bytes.size()), copy).run();
        for (const auto &[uuid, text] : {std::pair{u"e-1"_s, payload(copy, u"label.pdf"_s)},
                                         std::pair{u"e-2"_s, payload(outside, u"agents-own.txt"_s)}}) {
            sql::Statement entry = db.prepare(
                "INSERT INTO outbox(uuid, account_id, conversation_id, kind, payload, next_attempt_at, "
                "created_at, updated_at) VALUES (?, 1, 1, 'send_message', ?, 0, 400, 400)");
            entry.bindAll(uuid, text).run();
        }
    }

    StoreOpenResult opened = Store::open(path_);
    QVERIFY2(opened.store, qPrintable(opened.error));
    StoreReader &reader = opened.store->reader();
    QCOMPARE(schema::version(StoreTestAccess::database(reader)), schema::latestVersion());
    const std::optional<OutboxEntry> moved = reader.outbox().entry(u"e-1"_s);
    QVERIFY(moved);
    std::unique_ptr<QIODevice> file = reader.outboxFiles(moved->id).open(0);
    QVERIFY(file);
    QCOMPARE(file->readAll(), bytes);
    const QJsonObject kept =
        QJsonDocument::fromJson(moved->payload).object().value(u"attachments"_s).toArray().first().toObject();
    QVERIFY(!kept.contains(u"path"_s));
    QCOMPARE(kept.value(u"name"_s).toString(), u"label.pdf"_s);
    // Not one of the store's copies: left out (delivery says the file is missing) and left alone.
    const std::optional<OutboxEntry> foreign = reader.outbox().entry(u"e-2"_s);
    QVERIFY(foreign);
    QVERIFY(!reader.outboxFiles(foreign->id).open(0));
    QVERIFY(!QJsonDocument::fromJson(foreign->payload)
                 .object()
                 .value(u"attachments"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .contains(u"path"_s));
    QVERIFY(QFile::exists(outside));
    // The copies are gone from disk, folder and all; the message keeps its file's name.
    QVERIFY(!QFileInfo::exists(dir_.filePath(u"copiesBesideTheStoreMoveIntoIt-x-files"_s)));
    QCOMPARE(reader.messages().attachments(2).size(), 1);
    QCOMPARE(reader.messages().attachments(2).first().fileName, u"label.pdf"_s);
    QVERIFY_THROWS_EXCEPTION(
        sql::Error, StoreTestAccess::database(reader).queryText("SELECT local_path FROM attachments"));
}

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_store_migration.moc"
