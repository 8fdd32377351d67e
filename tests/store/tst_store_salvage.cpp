// A store is set aside only when it is damaged, and then its unsent outbox comes back: a full disk, a
// read-only folder, a missing "-shm" or a lock held elsewhere leave the file exactly as it was.
#include "ContactCenterData.h"
#include "TablePages.h"

#include "store/Schema.h"
#include "store/Store.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

qint64 firstId(sql::Database &db, const char *sqlText)
{
    return db.queryInt64(sqlText).value_or(0);
}

QStringList setAsideFiles(const QString &folder)
{
    return QDir(folder).entryList({u"*.damaged-*"_s}, QDir::Files);
}

// The outbox as the sync engine sees it: uuid -> state, kind, attempts, payload.
QMap<QString, QString> unsentEntries(sql::Database &db)
{
    QMap<QString, QString> entries;
    sql::Statement rows = db.prepare("SELECT uuid, state, kind, attempts, payload, ifnull(depends_on, '') "
                                     "FROM outbox WHERE state <> 'confirmed'");
    while (rows.step()) {
        entries.insert(rows.text(0), rows.text(1) + u'|' + rows.text(2) + u'|' + rows.text(3) + u'|' +
                                         rows.text(4) + u'|' + rows.text(5));
    }
    return entries;
}

// A tmpfs of its own, for the rows that need a real full or read-only file system; root only.
class ScratchMount
{
public:
    explicit ScratchMount(const QString &where, const QString &options)
        : where_(where)
    {
        QDir().mkpath(where);
        mounted_ = geteuid() == 0 && QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, options,
                                                                    u"tmpfs"_s, where}) == 0;
    }
    ~ScratchMount()
    {
        if (mounted_)
            QProcess::execute(u"umount"_s, {u"-l"_s, where_});
    }
    bool mounted() const { return mounted_; }
    bool remountReadOnly() { return QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,ro"_s, where_}) == 0; }
    bool remountWritable() { return QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,rw"_s, where_}) == 0; }

private:
    QString where_;
    bool mounted_ = false;
};

// Writes past limitBytes fail with EFBIG (SIGXFSZ ignored), as on a disk with that much room left.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t limitBytes)
    {
        getrlimit(RLIMIT_FSIZE, &before_);
        previousHandler_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = before_;
        limited.rlim_cur = limitBytes;
        armed_ = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &before_);
        std::signal(SIGXFSZ, previousHandler_);
    }
    bool armed() const { return armed_; }

private:
    rlimit before_{};
    void (*previousHandler_)(int) = nullptr;
    bool armed_ = false;
};

} // namespace

class TestStoreSalvage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void damagedStoreGivesBackEveryUnsentEntry_data();
    void damagedStoreGivesBackEveryUnsentEntry();
    void soundStoreIsNeverSetAside_data();
    void soundStoreIsNeverSetAside();
    void copiesLeftBesideTheStoreAreRemoved();
    void copiesOfAnEarlierVersionAreSalvaged();

private:
    // A store with unsent work of every kind: queued, in flight, failed, waiting on another, with a file.
    void fillWithUnsentWork(const QString &path);

    QTemporaryDir dir_;
    QString folder_;
    QString path_;
    QByteArray fileBytes_;
    QString confirmedUuid_;
    QString sendingUuid_;
    QString fileUuid_;
    std::unique_ptr<ScratchMount> mount_;
};

void TestStoreSalvage::init()
{
    QVERIFY(dir_.isValid());
    folder_ = dir_.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"-"_s +
                            QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "x"))
                  .replace(u' ', u'-');
    QDir().mkpath(folder_);
    path_ = folder_ + u"/kontor.db"_s;
}

void TestStoreSalvage::cleanup()
{
    mount_.reset();
    QFile::setPermissions(folder_, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestStoreSalvage::fillWithUnsentWork(const QString &path)
{
    StoreOpenResult opened = Store::open(path);
    QVERIFY2(opened.store, qPrintable(opened.error));
    Store &store = *opened.store;
    QVERIFY(store.ingest(contactcenter::batch()).result().skipped.isEmpty());
    sql::Database &db = StoreTestAccess::database(store.reader());
    QList<qint64> conversations;
    sql::Statement ids = db.prepare("SELECT id FROM conversations ORDER BY id LIMIT 6");
    while (ids.step())
        conversations.append(ids.int64(0));
    QCOMPARE(conversations.size(), 6);
    const qint64 agent = firstId(db, "SELECT id FROM agents ORDER BY id DESC LIMIT 1");

    const QString original = QFileInfo(path).absolutePath() + u"/../invoice-"_s +
                             QFileInfo(QFileInfo(path).absolutePath()).fileName() + u".pdf"_s;
    fileBytes_ = "%PDF-1.4\n" + QByteArray(3000, 'x');
    QVERIFY(writeAll(original, fileBytes_));
    SendMessage withFile{.conversationId = conversations[0], .body = u"Your invoice"_s};
    withFile.attachments.append({original, {}, {}, 0});
    const ActionReceipt file = store.apply(withFile).result();
    fileUuid_ = file.uuid;
    QFile::remove(original);

    store.apply(AssignConversation{conversations[1], agent, {}}).waitForFinished();
    store.apply(SetConversationPriority{conversations[1], Priority::Urgent}).waitForFinished(); // waits
    const ActionReceipt sending =
        store.apply(SetConversationStatus{conversations[2], ConversationStatus::Resolved, {}}).result();
    QVERIFY(store.transitionOutbox({.uuid = sending.uuid, .to = OutboxState::Sending}).result());
    sendingUuid_ = sending.uuid;
    const ActionReceipt failed =
        store.apply(SendMessage{.conversationId = conversations[3], .body = u"Rejected"_s}).result();
    QVERIFY(store.transitionOutbox({.uuid = failed.uuid, .to = OutboxState::Sending}).result());
    QVERIFY(
        store.transitionOutbox({.uuid = failed.uuid, .to = OutboxState::Failed, .error = u"422"_s}).result());
    const ActionReceipt confirmed =
        store.apply(SendMessage{.conversationId = conversations[4], .body = u"Delivered"_s}).result();
    QVERIFY(store.transitionOutbox({.uuid = confirmed.uuid, .to = OutboxState::Sending}).result());
    QVERIFY(store
                .transitionOutbox(
                    {.uuid = confirmed.uuid, .to = OutboxState::Confirmed, .messageRemoteId = u"m-1"_s})
                .result());
    confirmedUuid_ = confirmed.uuid;
    store.apply(AddConversationLabel{conversations[5], u"vip"_s}).waitForFinished();
}

void TestStoreSalvage::damagedStoreGivesBackEveryUnsentEntry_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("outboxReadable");
    QTest::addColumn<bool>("fileReadable");
    QTest::newRow("a damaged messages page") << u"messages"_s << true << true;
    QTest::newRow("a damaged full-text page") << u"messages_fts_data"_s << true << true;
    QTest::newRow("a damaged page of the files sent") << u"outbox_files"_s << true << false;
    QTest::newRow("damaged conversation pages") << u"conversations"_s << false << true;
    QTest::newRow("damaged outbox pages") << u"outbox"_s << false << true;
}

void TestStoreSalvage::damagedStoreGivesBackEveryUnsentEntry()
{
    QFETCH(QString, table);
    QFETCH(bool, outboxReadable);
    QFETCH(bool, fileReadable);
    fillWithUnsentWork(path_);
    QMap<QString, QString> before;
    {
        sql::Database db(path_, sql::Database::OpenMode::ReadOnly);
        before = unsentEntries(db);
    }
    QCOMPARE(before.size(), 6);
    QVERIFY(!before.contains(confirmedUuid_));

    QByteArray bytes = readAll(path_);
    const QList<qint64> pages = leafPagesOf(path_, table.toLatin1().constData());
    QVERIFY(!pages.isEmpty());
    for (qint64 page : pages)
        std::fill(bytes.begin() + (page - 1) * 4096, bytes.begin() + (page - 1) * 4096 + 100, char(0x00));
    QVERIFY(writeAll(path_, bytes));

    StoreOpenResult opened = Store::open(path_);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(!opened.movedAsidePath.isEmpty());
    QCOMPARE(readAll(opened.movedAsidePath), bytes); // kept exactly as it was
    QVERIFY(opened.notice.contains(QFileInfo(opened.movedAsidePath).fileName()));
    sql::Database &db = StoreTestAccess::database(opened.store->reader());
    QCOMPARE(db.queryText("PRAGMA integrity_check"), u"ok"_s);

    if (!outboxReadable) {
        // What could not be read is said, never claimed saved.
        QVERIFY(opened.salvageIncomplete);
        QVERIFY2(opened.notice.contains(u"lost"_s), qPrintable(opened.notice));
        QCOMPARE(opened.actionsSaved, int(unsentEntries(db).size()));
        QVERIFY(opened.actionsSaved < before.size());
        return;
    }

    // Every unsent entry is back, as it was: state (in flight stays in flight, to be reconciled), kind,
    // attempts, payload with its local ids, and the entry it waits for.
    // A file whose bytes could not be read back is said to be missing; the entry is saved all the same.
    QCOMPARE(opened.salvageIncomplete, !fileReadable);
    QCOMPARE(opened.notice.contains(u"1 attached file(s)"_s), !fileReadable);
    QCOMPARE(opened.actionsSaved, before.size());
    QVERIFY2(opened.notice.contains(u"6 unsent action"_s), qPrintable(opened.notice));
    QCOMPARE(unsentEntries(db), before);
    QVERIFY(!opened.store->reader().outbox().entry(confirmedUuid_));
    QCOMPARE(opened.store->reader().outbox().inFlight().size(), 1);
    QCOMPARE(opened.store->reader().outbox().inFlight().first().uuid, sendingUuid_);
    QCOMPARE(opened.store->reader().outbox().unfinished().size(), 6);
    // Deliverable: one per conversation, the one waiting behind another excluded.
    const QList<OutboxEntry> due =
        opened.store->reader().outbox().deliverable(nowUtcMillis() + 3'600'000, 50);
    QCOMPARE(due.size(), 3); // the file, the assignment, the label (the failed and in-flight ones wait)
    for (const OutboxEntry &entry : due) {
        QVERIFY(entry.conversationId);
        QVERIFY(opened.store->reader().inbox().conversation(*entry.conversationId));
    }
    // The file the queued message sends is still there, and the message shows it where it could be read.
    const std::optional<OutboxEntry> withFile = opened.store->reader().outbox().entry(fileUuid_);
    QVERIFY(withFile);
    std::unique_ptr<QIODevice> file = opened.store->reader().outboxFiles(withFile->id).open(0);
    QCOMPARE(bool(file), fileReadable);
    if (file)
        QCOMPARE(file->readAll(), fileBytes_);
    if (table != u"messages") {
        sql::Statement optimistic = db.prepare("SELECT id FROM messages WHERE client_uuid = ?");
        optimistic.bindAll(fileUuid_);
        QVERIFY(optimistic.step());
        const std::optional<qint64> message = optimistic.int64(0);
        QVERIFY(message);
        QCOMPARE(opened.store->reader().messages().attachments(*message).size(), 1);
    }

    // Committed with full durability: a fresh connection sees it all.
    const QString saved = path_;
    opened.store.reset();
    StoreOpenResult again = Store::open(saved);
    QVERIFY(again.store);
    QVERIFY(again.notice.isEmpty());
    QCOMPARE(unsentEntries(StoreTestAccess::database(again.store->reader())), before);
}

void TestStoreSalvage::soundStoreIsNeverSetAside_data()
{
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("words");
    QTest::newRow("full disk (file size limit)") << u"file size limit"_s << u"full"_s;
    QTest::newRow("full disk (tmpfs)") << u"tmpfs"_s << u"full"_s;
    QTest::newRow("read-only folder") << u"read-only"_s << u"read-only"_s;
    QTest::newRow("-shm cannot be made") << u"shm"_s << u"-shm"_s;
    QTest::newRow("locked by another program") << u"locked"_s << u"Another program"_s;
}

void TestStoreSalvage::soundStoreIsNeverSetAside()
{
    QFETCH(QString, cause);
    QFETCH(QString, words);
    const bool root = geteuid() == 0;
    if (cause == u"tmpfs" || (root && cause == u"read-only")) {
        mount_ = std::make_unique<ScratchMount>(folder_, u"size=4m,mode=0700"_s);
        if (!mount_->mounted())
            QSKIP("mounting a file system needs root; the file size limit row covers a full disk");
    }

    {
        StoreOpenResult opened = Store::open(path_);
        QVERIFY2(opened.store, qPrintable(opened.error));
        contactcenter::Shape small;
        small.conversations = 5;
        small.customers = 5;
        QVERIFY(opened.store->ingest(contactcenter::batch(small)).result().skipped.isEmpty());
        const qint64 conversation = *StoreTestAccess::database(opened.store->reader())
                                         .queryInt64("SELECT min(id) FROM conversations");
        opened.store->apply(SendMessage{.conversationId = conversation, .body = u"queued"_s})
            .waitForFinished();
    }
    QFile::remove(path_ + u"-shm"_s);
    QVERIFY(!QFile::exists(path_ + u"-wal"_s));
    QMap<QString, QString> before;
    {
        sql::Database db(path_, sql::Database::OpenMode::ReadOnly);
        before = unsentEntries(db);
    }
    QFile::remove(path_ + u"-shm"_s);
    QCOMPARE(before.size(), 1);
    const QByteArray bytes = readAll(path_);

    std::unique_ptr<FileSizeLimit> limit;
    std::unique_ptr<sql::Database> otherProgram;
    QString filler = folder_ + u"/filler"_s;
    if (cause == u"file size limit") {
        limit = std::make_unique<FileSizeLimit>(16 * 1024); // not even room for the 32 KB "-shm"
        QVERIFY(limit->armed());
    } else if (cause == u"tmpfs") {
        QFile fill(filler);
        QVERIFY(fill.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'f');
        while (fill.write(block) == block.size() && fill.flush()) {
        }
    } else if (cause == u"read-only") {
        if (root)
            QVERIFY(mount_->remountReadOnly());
        else
            QVERIFY(QFile::setPermissions(folder_, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    } else if (cause == u"shm") {
        // A "-shm" that cannot be opened, whoever asks (SQLite does not follow links there).
        QVERIFY(QFile::link(folder_ + u"/nowhere/kontor.db-shm"_s, path_ + u"-shm"_s));
    } else if (cause == u"locked") {
        otherProgram = std::make_unique<sql::Database>(path_);
        otherProgram->exec("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE");
    }

    StoreOpenResult refused = Store::open(path_);
    limit.reset();
    QVERIFY(!refused.store);
    QVERIFY(refused.retryable);
    QVERIFY(refused.movedAsidePath.isEmpty());
    QVERIFY(refused.notice.isEmpty());
    QVERIFY2(refused.error.contains(words), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(u"Retry"_s), qPrintable(refused.error));
    QCOMPARE(readAll(path_), bytes); // untouched
    QCOMPARE(setAsideFiles(folder_), QStringList());

    // The cause goes away; Retry opens the same store with its queued action.
    otherProgram.reset();
    if (cause == u"tmpfs")
        QVERIFY(QFile::remove(filler));
    if (cause == u"read-only") {
        if (root)
            QVERIFY(mount_->remountWritable());
        else
            QVERIFY(QFile::setPermissions(folder_, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                       QFileDevice::ExeOwner));
    }
    if (cause == u"shm")
        QVERIFY(QFile::remove(path_ + u"-shm"_s));
    StoreOpenResult retried = Store::open(path_);
    QVERIFY2(retried.store, qPrintable(retried.error));
    QVERIFY(retried.notice.isEmpty());
    QCOMPARE(unsentEntries(StoreTestAccess::database(retried.store->reader())), before);
    QCOMPARE(setAsideFiles(folder_), QStringList());
}

void TestStoreSalvage::copiesLeftBesideTheStoreAreRemoved()
{
    // An earlier version kept the files it sent beside the store; a crash could leave one no entry names.
    fillWithUnsentWork(path_);
    const QString orphan = folder_ + u"/kontor-files/outbox/left-by-a-crash"_s;
    QVERIFY(QDir().mkpath(orphan));
    QVERIFY(writeAll(orphan + u"/draft.txt"_s, "half copied"));

    StoreOpenResult opened = Store::open(path_);
    QVERIFY(opened.store);
    QVERIFY(!QFileInfo::exists(folder_ + u"/kontor-files"_s));
    // The queued message's file is inside the store, untouched.
    const std::optional<OutboxEntry> withFile = opened.store->reader().outbox().entry(fileUuid_);
    QVERIFY(withFile);
    std::unique_ptr<QIODevice> file = opened.store->reader().outboxFiles(withFile->id).open(0);
    QVERIFY(file);
    QCOMPARE(file->readAll(), fileBytes_);
}

void TestStoreSalvage::copiesOfAnEarlierVersionAreSalvaged()
{
    // A damaged store of format 10, whose queued reply's files were copied beside it; one copy is gone.
    const QString copies = folder_ + u"/kontor-files/outbox/a1"_s;
    QVERIFY(QDir().mkpath(copies));
    const QByteArray bytes = "%PDF-1.4 label\n" + QByteArray(2000, 'l');
    QVERIFY(writeAll(copies + u"/label.pdf"_s, bytes));
    QJsonArray files;
    for (const QString &name : {u"label.pdf"_s, u"gone.pdf"_s})
        files.append(QJsonObject{{u"path"_s, QString(copies + u'/' + name)},
                                 {u"name"_s, name},
                                 {u"mime"_s, u"application/pdf"_s},
                                 {u"size"_s, bytes.size()}});
    const QString payload = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"body"_s, u"Label attached"_s}, {u"attachments"_s, files}})
            .toJson(QJsonDocument::Compact));
    {
        sql::Database db(path_);
        db.exec("PRAGMA journal_mode = WAL");
        schema::migrate(db, 10);
        db.exec(R"sql(
INSERT INTO accounts(id, connector, remote_id, name, created_at) VALUES (1, 'demo', 'acme', 'Acme', 10);
INSERT INTO customers(id, name, created_at, updated_at) VALUES (1, 'Ingrid', 10, 10);
INSERT INTO conversations(id, account_id, remote_id, channel, customer_id, subject, status, created_at,
        last_activity_at) VALUES (1, 1, 'c1', 'email', 1, 'Return', 'open', 100, 300);
INSERT INTO messages(conversation_id, account_id, customer_id, remote_id, kind, channel, body, created_at)
    VALUES (1, 1, 1, 'm1', 'incoming', 'email', 'Where is the label?', 200);
)sql");
        sql::Statement entry = db.prepare("INSERT INTO outbox(uuid, account_id, conversation_id, kind, "
                                          "payload, next_attempt_at, created_at, "
                                          "updated_at) VALUES ('e-1', 1, 1, 'send_message', ?, 0, 400, 400)");
        entry.bindAll(payload).run();
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QByteArray damaged = readAll(path_);
    for (qint64 page : leafPagesOf(path_, "messages"))
        std::fill(damaged.begin() + (page - 1) * 4096, damaged.begin() + (page - 1) * 4096 + 100, char(0x00));
    QVERIFY(writeAll(path_, damaged));

    StoreOpenResult opened = Store::open(path_);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(!opened.movedAsidePath.isEmpty());
    QCOMPARE(opened.actionsSaved, 1);
    // The copy that was there is in the store now; the one that was gone is said to be missing.
    QVERIFY(opened.salvageIncomplete);
    QVERIFY2(opened.notice.contains(u"1 attached file(s)"_s), qPrintable(opened.notice));
    const std::optional<OutboxEntry> entry = opened.store->reader().outbox().entry(u"e-1"_s);
    QVERIFY(entry);
    std::unique_ptr<QIODevice> file = opened.store->reader().outboxFiles(entry->id).open(0);
    QVERIFY(file);
    QCOMPARE(file->readAll(), bytes);
    QVERIFY(!opened.store->reader().outboxFiles(entry->id).open(1));
    QVERIFY(!entry->payload.contains("kontor-files"));
    QVERIFY(!QFileInfo::exists(folder_ + u"/kontor-files"_s));
}

QTEST_GUILESS_MAIN(TestStoreSalvage)
#include "tst_store_salvage.moc"
