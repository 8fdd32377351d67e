#include "ContactCenterData.h"
#include "StoreTestSupport.h"
#include "TablePages.h"

#include "store/Schema.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"
#include "store/sql/Error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// A healthy store with data, closed cleanly; returns its bytes.
QByteArray healthyStoreBytes(const QString &path)
{
    {
        StoreOpenResult opened = Store::open(path);
        opened.store->ingest(contactcenter::batch()).waitForFinished();
    }
    return readAll(path);
}

// PRAGMA integrity_check through a fresh connection: on a long-lived one, the FTS5 part of the check reads
// the index structure that connection cached before the latest commits and reports a sound index as
// malformed.
QString integrityCheck(const QString &path)
{
    sql::Database db(path, sql::Database::OpenMode::ReadOnly);
    return db.queryText("PRAGMA integrity_check");
}

} // namespace

// A damaged store is set aside and replaced, never a crash; a full disk fails the write and keeps what was
// there.
class TestStoreFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void damagedFileIsMovedAside_data();
    void damagedFileIsMovedAside();
    void unreadableFileIsLeftAlone();
    void damageSeenInUseIsCheckedNextTime();
    void routineCheckAfterOpeningFindsDamage();
    void routineCheckAfterOpeningPassesAHealthyStore();
    void uncleanShutdownIsCheckedBeforeOpening();
    void diskFullKeepsThePreviousState();
    void diskFullDuringAnAgentAction();

private:
    QTemporaryDir dir_;
    QString path_;
};

void TestStoreFaults::init()
{
    QVERIFY(dir_.isValid());
    const QString sub =
        dir_.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"-"_s +
                      QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "x"));
    QDir().mkpath(sub);
    path_ = sub + u"/kontor.db"_s;
}

void TestStoreFaults::damagedFileIsMovedAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("movedAside");
    QTest::newRow("random bytes") << u"random"_s << true;
    QTest::newRow("a text file") << u"text"_s << true;
    QTest::newRow("header cut short") << u"truncated header"_s << true;
    QTest::newRow("impossible page size") << u"page size"_s << true;
    QTest::newRow("pages overwritten") << u"pages"_s << true;
    QTest::newRow("file cut in half") << u"half"_s << true;
    QTest::newRow("empty file is just new") << u"empty"_s << false;
}

void TestStoreFaults::damagedFileIsMovedAside()
{
    QFETCH(QString, damage);
    QFETCH(bool, movedAside);
    if (damage == u"random") {
        QByteArray bytes(65536, Qt::Uninitialized);
        QRandomGenerator random(42);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        writeAll(path_, bytes);
    } else if (damage == u"text") {
        writeAll(path_, "Kontor store? No, a shopping list.\n");
    } else if (damage == u"empty") {
        writeAll(path_, QByteArray());
    } else {
        QByteArray bytes = healthyStoreBytes(path_);
        QVERIFY(bytes.size() > 16 * 4096);
        if (damage == u"truncated header") {
            bytes.truncate(50);
        } else if (damage == u"page size") {
            bytes[16] = char(0x03);
            bytes[17] = char(0xe8); // 1000
        } else if (damage == u"pages") {
            for (qsizetype i = 4096 * 2; i < bytes.size(); i += 4096)
                std::fill(bytes.begin() + i + 8, bytes.begin() + i + 200, char(0x5a));
        } else if (damage == u"half") {
            bytes.truncate(bytes.size() / 2);
        }
        writeAll(path_, bytes);
    }
    const QByteArray damaged = readAll(path_);

    StoreOpenResult opened = Store::open(path_);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QCOMPARE(!opened.notice.isEmpty(), movedAside);
    QCOMPARE(!opened.movedAsidePath.isEmpty(), movedAside);
    if (movedAside) {
        QVERIFY(opened.movedAsidePath.startsWith(path_ + u".damaged-"_s));
        QVERIFY(opened.notice.contains(QFileInfo(opened.movedAsidePath).fileName()));
        // Kept as it was, for whoever wants to look at it.
        QCOMPARE(readAll(opened.movedAsidePath), damaged);
    }
    // The fresh store works.
    QCOMPARE(schema::version(StoreTestAccess::database(opened.store->reader())), schema::latestVersion());
    QVERIFY(opened.store->ingest(contactcenter::batch()).result().skipped.isEmpty());
    QCOMPARE(
        StoreTestAccess::database(opened.store->reader()).queryInt64("SELECT count(*) FROM conversations"),
        60);
    QCOMPARE(integrityCheck(path_), u"ok"_s);
}

void TestStoreFaults::unreadableFileIsLeftAlone()
{
    healthyStoreBytes(path_);
    QFile::setPermissions(path_, QFileDevice::Permissions());
    QFile probe(path_);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running with privileges that read any file");
    // Not being allowed to read a file says nothing about its content: it is no reason to set it aside.
    StoreOpenResult opened = Store::open(path_);
    QVERIFY(!opened.store);
    QVERIFY(opened.retryable);
    QCOMPARE(opened.problem, StoreAccessProblem::NoPermission);
    QVERIFY(opened.movedAsidePath.isEmpty());
    QVERIFY(QFile::exists(path_));
    QCOMPARE(QDir(QFileInfo(path_).absolutePath()).entryList({u"*.damaged-*"_s}), QStringList());
    QFile::setPermissions(path_, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(Store::open(path_).store);
}

void TestStoreFaults::damageSeenInUseIsCheckedNextTime()
{
    QByteArray bytes = healthyStoreBytes(path_);
    // Pages of the tables damaged, the schema intact: a look at the header and the schema finds nothing.
    for (qint64 page : leafPagesOf(path_, "messages"))
        std::fill(bytes.begin() + (page - 1) * 4096, bytes.begin() + (page - 1) * 4096 + 100, char(0x00));
    writeAll(path_, bytes);
    const StoreOptions bigStore{{QuickCheck::Auto, 0}}; // as if it were too big to check on every start
    {
        StoreOpenResult opened = Store::open(path_, bigStore);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY(opened.notice.isEmpty());
        QSignalSpy failed(opened.store.get(), &Store::writeFailed);
        contactcenter::Shape more;
        more.conversations = 300;
        more.seed = 3;
        QFuture<IngestResult> write = opened.store->ingest(contactcenter::batch(more));
        try {
            write.waitForFinished();
            QFAIL("writing into damaged pages must fail");
        } catch (const sql::Error &error) {
            QVERIFY2(error.isCorruption(), error.what());
        }
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(u"damaged"_s));
    }
    StoreOpenResult reopened = Store::open(path_, bigStore);
    QVERIFY(reopened.store);
    QVERIFY(!reopened.notice.isEmpty());
    QVERIFY(QFile::exists(reopened.movedAsidePath));
    QVERIFY(!QFile::exists(path_ + u"-check"_s));
}

void TestStoreFaults::routineCheckAfterOpeningFindsDamage()
{
    QByteArray bytes = healthyStoreBytes(path_);
    // Pages of the tables damaged, the schema intact: only quick_check finds it.
    for (qint64 page : leafPagesOf(path_, "messages"))
        std::fill(bytes.begin() + (page - 1) * 4096, bytes.begin() + (page - 1) * 4096 + 100, char(0x00));
    writeAll(path_, bytes);
    StoreOptions afterOpening;
    afterOpening.quickCheck.routineCheckAfterOpening = true;
    {
        StoreOpenResult opened = Store::open(path_, afterOpening);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY(opened.notice.isEmpty()); // opening did not wait for the check
        QVERIFY(opened.store->quickCheckDeferred());
        QSignalSpy finished(opened.store.get(), &Store::deferredQuickCheckFinished);
        opened.store->startDeferredQuickCheck();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(QFile::exists(path_ + u"-check"_s));
        QVERIFY(!opened.store->quickCheckDeferred());
    }
    // The next start checks before opening and sets the damaged store aside.
    StoreOpenResult reopened = Store::open(path_, afterOpening);
    QVERIFY2(reopened.store, qPrintable(reopened.error));
    QVERIFY(!reopened.notice.isEmpty());
    QVERIFY(QFile::exists(reopened.movedAsidePath));
    QCOMPARE(readAll(reopened.movedAsidePath), bytes);
    QVERIFY(!QFile::exists(path_ + u"-check"_s));
    QVERIFY(!reopened.store->quickCheckDeferred()); // a fresh store has nothing to check
}

void TestStoreFaults::routineCheckAfterOpeningPassesAHealthyStore()
{
    healthyStoreBytes(path_);
    StoreOptions afterOpening;
    afterOpening.quickCheck.routineCheckAfterOpening = true;
    StoreOpenResult opened = Store::open(path_, afterOpening);
    QVERIFY(opened.store);
    QVERIFY(opened.store->quickCheckDeferred());
    QSignalSpy finished(opened.store.get(), &Store::deferredQuickCheckFinished);
    opened.store->startDeferredQuickCheck();
    // The store is in use meanwhile: the check reads beside the writer.
    contactcenter::Shape more;
    more.conversations = 200;
    more.seed = 5;
    QVERIFY(opened.store->ingest(contactcenter::batch(more)).result().skipped.isEmpty());
    QVERIFY(finished.wait(10000) || !finished.isEmpty());
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!QFile::exists(path_ + u"-check"_s));
    opened.store->startDeferredQuickCheck(); // once only
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);

    // Without the option, the same store is checked before opening and nothing is left for later.
    opened.store.reset();
    StoreOpenResult before = Store::open(path_);
    QVERIFY(before.store);
    QVERIFY(!before.store->quickCheckDeferred());
}

void TestStoreFaults::uncleanShutdownIsCheckedBeforeOpening()
{
    QByteArray bytes = healthyStoreBytes(path_);
    for (qint64 page : leafPagesOf(path_, "messages"))
        std::fill(bytes.begin() + (page - 1) * 4096, bytes.begin() + (page - 1) * 4096 + 100, char(0x00));
    writeAll(path_, bytes);
    // A write-ahead log left behind, as after a crash or a power cut.
    writeAll(path_ + u"-wal"_s, QByteArray(4096, char(0x01)));
    StoreOptions afterOpening;
    afterOpening.quickCheck.routineCheckAfterOpening = true;
    StoreOpenResult opened = Store::open(path_, afterOpening);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(!opened.notice.isEmpty());
    QVERIFY(QFile::exists(opened.movedAsidePath));
    QVERIFY(!opened.store->quickCheckDeferred());
}

void TestStoreFaults::diskFullKeepsThePreviousState()
{
    StoreOpenResult opened = Store::open(path_);
    QVERIFY(opened.store);
    Store &store = *opened.store;
    IngestBatch first = contactcenter::batch();
    first.cursor = SyncCursorRecord{u"events"_s, u"before"_s};
    QVERIFY(store.ingest(first).result().skipped.isEmpty());
    StoreReader &reader = store.reader();
    const qint64 messagesBefore =
        *StoreTestAccess::database(reader).queryInt64("SELECT count(*) FROM messages");
    const qsizetype invoiceHitsBefore = reader.search().messages(u"invoice"_s, {.limit = 1000}).size();

    // The disk "fills": the writer's connection may not grow the file by more than a few pages.
    store
        .write([](WriteContext &context) {
            const qint64 pages = *context.db().queryInt64("PRAGMA page_count");
            context.db().exec("PRAGMA max_page_count = " + std::to_string(pages + 3));
        })
        .waitForFinished();

    contactcenter::Shape big;
    big.accountRemoteId = u"acme"_s;
    big.conversations = 400;
    big.customers = 200;
    big.seed = 99;
    IngestBatch second = contactcenter::batch(big);
    for (ConversationRecord &c : second.conversations)
        c.remoteId.prepend(u"big-"_s);
    for (MessageRecord &m : second.messages) {
        m.remoteId.prepend(u"big-"_s);
        m.conversationRemoteId.prepend(u"big-"_s);
    }
    second.cursor = SyncCursorRecord{u"events"_s, u"after"_s};

    QTest::qWait(0); // the first batch's notification goes by before watching for more
    QSignalSpy changed(&store, &Store::changed);
    QSignalSpy failed(&store, &Store::writeFailed);
    QFuture<IngestResult> full = store.ingest(second);
    try {
        full.waitForFinished();
        QFAIL("the write must fail");
    } catch (const sql::Error &error) {
        QVERIFY2(error.isDiskFull(), error.what());
        QCOMPARE(error.code(), SQLITE_FULL);
    }
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(u"disk is full"_s));
    QCOMPARE(changed.size(), 0);

    // Everything as before: the batch and its cursor are both absent, the file is sound.
    QCOMPARE(StoreTestAccess::database(reader).queryInt64("SELECT count(*) FROM messages"), messagesBefore);
    QCOMPARE(StoreTestAccess::database(reader).queryInt64(
                 "SELECT count(*) FROM conversations WHERE remote_id LIKE 'big-%'"),
             0);
    QCOMPARE(reader.directory().syncCursor(*reader.directory().accountId(u"demo"_s, u"acme"_s), u"events"_s),
             u"before"_s);
    QCOMPARE(integrityCheck(path_), u"ok"_s);
    QCOMPARE(reader.search().messages(u"invoice"_s, {.limit = 1000}).size(), invoiceHitsBefore);

    // Space comes back: the same batch goes through.
    store.write([](WriteContext &context) { context.db().exec("PRAGMA max_page_count = 1073741823"); })
        .waitForFinished();
    QVERIFY(store.ingest(second).result().skipped.isEmpty());
    QCOMPARE(reader.directory().syncCursor(*reader.directory().accountId(u"demo"_s, u"acme"_s), u"events"_s),
             u"after"_s);
    QCOMPARE(integrityCheck(path_), u"ok"_s);
}

void TestStoreFaults::diskFullDuringAnAgentAction()
{
    StoreOpenResult opened = Store::open(path_);
    QVERIFY(opened.store);
    Store &store = *opened.store;
    store.ingest(contactcenter::batch()).waitForFinished();
    const qint64 conversation =
        *StoreTestAccess::database(store.reader()).queryInt64("SELECT min(id) FROM conversations");
    store
        .write([](WriteContext &context) {
            const qint64 pages = *context.db().queryInt64("PRAGMA page_count");
            context.db().exec("PRAGMA max_page_count = " + std::to_string(pages));
        })
        .waitForFinished();
    // A reply too long to fit in what is left.
    QFuture<ActionReceipt> reply =
        store.apply(SendMessage{.conversationId = conversation, .body = QString(200'000, u'x')});
    QVERIFY_THROWS_EXCEPTION(sql::Error, reply.waitForFinished());
    QCOMPARE(StoreTestAccess::database(store.reader()).queryInt64("SELECT count(*) FROM outbox"), 0);
    QCOMPARE(StoreTestAccess::database(store.reader())
                 .queryInt64("SELECT count(*) FROM messages WHERE client_uuid IS NOT NULL"),
             0);
    // Nothing was half-applied to the conversation either.
    QCOMPARE(store.reader().inbox().conversation(conversation)->preview,
             contactcenter::batch().messages[4].body);
}

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_store_faults.moc"
