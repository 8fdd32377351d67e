// The store is encrypted at rest under a key from the keychain: its files are unreadable without the key, the
// wrong key is refused without touching the file, a plain store is encrypted on first start without losing
// anything (however the encryption is interrupted), and a keychain that does not answer leads to the agent's
// choice, never to a silent unencrypted store.
#include "ContactCenterData.h"

#include "secrets/MemorySecretStore.h"
#include "secrets/StoreKeyProvider.h"
#include "store/Store.h"
#include "store/StoreEncryption.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"
#include "store/sql/Error.h"
#include "ui/status/StoreKeyChoiceDialog.h"
#include "ui/status/WorkspaceStatusBar.h"

#include <QAbstractButton>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

// Found nowhere in a store's files unless written in the clear.
const QString marker = u"Quokkamarker7731"_s;

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

// Every byte of the store and its log and shared memory.
QByteArray storeBytes(const QString &path)
{
    return readAll(path) + readAll(path + u"-wal"_s) + readAll(path + u"-shm"_s);
}

// The outbox as the sync engine sees it: uuid -> state, kind, attempts, payload.
QMap<QString, QString> outboxOf(sql::Database &db)
{
    QMap<QString, QString> entries;
    sql::Statement rows = db.prepare("SELECT uuid, state, kind, attempts, payload FROM outbox");
    while (rows.step())
        entries.insert(rows.text(0),
                       rows.text(1) + u'|' + rows.text(2) + u'|' + rows.text(3) + u'|' + rows.text(4));
    return entries;
}

// Rows per table, every table (the full-text index's own included).
QMap<QString, qint64> rowCounts(sql::Database &db)
{
    QStringList tables;
    {
        sql::Statement list =
            db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                       "'sqlite!_%' ESCAPE '!' AND sql NOT LIKE 'CREATE VIRTUAL%'");
        while (list.step())
            tables << list.text(0);
    }
    QMap<QString, qint64> counts;
    for (const QString &table : std::as_const(tables)) {
        const std::string text = "SELECT count(*) FROM \"" + table.toStdString() + '"';
        counts.insert(table, db.queryInt64(text).value_or(-1));
    }
    return counts;
}

// A keychain that never answers, as one whose service is not running and whose D-Bus call hangs.
class SilentSecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString &, ReadDone) override {}
    void write(const QString &, const QString &, WriteDone) override {}
    void remove(const QString &, WriteDone) override {}
};

} // namespace

class TestStoreEncryption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fileIsUnreadableWithoutTheKey();
    void opensWithItsKeyAndSearches();
    void wrongKeyIsRefusedAndTheFileKept_data();
    void wrongKeyIsRefusedAndTheFileKept();
    void plainStoreIsEncryptedWithEverything();
    void interruptedEncryptionStillOpens_data();
    void interruptedEncryptionStillOpens();
    void damagedEncryptedStoreIsSalvaged();
    void keyIsMadeOnceAndKept();
    void keychainFailuresAreNamed_data();
    void keychainFailuresAreNamed();
    void silentKeychainGivesTheChoice_data();
    void silentKeychainGivesTheChoice();
    void unencryptedStoreIsShownAllAlong();

private:
    // A store with conversations, the marker in a sent message and an outbox with work in several states.
    void fill(const QString &path, const StoreKey &key);

    QTemporaryDir dir_;
    QString path_;
    StoreKey key_ = StoreKey::generate();
};

void TestStoreEncryption::init()
{
    QVERIFY(dir_.isValid());
    const QString folder =
        dir_.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-' +
                      QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "x"))
            .replace(u' ', u'-');
    QDir().mkpath(folder);
    path_ = folder + u"/kontor.db"_s;
}

void TestStoreEncryption::fill(const QString &path, const StoreKey &key)
{
    StoreOptions options;
    options.key = key;
    StoreOpenResult opened = Store::open(path, options);
    QVERIFY2(opened.store, qPrintable(opened.error));
    Store &store = *opened.store;
    QVERIFY(store.ingest(contactcenter::batch()).result().skipped.isEmpty());
    sql::Database &db = StoreTestAccess::database(store.reader());
    const qint64 first = db.queryInt64("SELECT min(id) FROM conversations").value_or(0);
    const qint64 last = db.queryInt64("SELECT max(id) FROM conversations").value_or(0);
    QVERIFY(first > 0 && last > first);
    store.apply(SendMessage{.conversationId = first, .body = u"About your order, "_s + marker})
        .waitForFinished();
    const ActionReceipt sending =
        store.apply(SetConversationStatus{last, ConversationStatus::Resolved, {}}).result();
    QVERIFY(store.transitionOutbox({.uuid = sending.uuid, .to = OutboxState::Sending}).result());
    store.apply(AddConversationLabel{first, u"vip"_s}).waitForFinished();
}

void TestStoreEncryption::fileIsUnreadableWithoutTheKey()
{
    fill(path_, key_);
    const QByteArray bytes = storeBytes(path_);
    QVERIFY(bytes.size() > 100 * 1024);
    QVERIFY(!bytes.contains("SQLite format 3"));
    QVERIFY(!bytes.contains(marker.toUtf8()));
    QVERIFY(!bytes.contains("send_message")); // nor the outbox's own words
    QCOMPARE(storeFileFormat(path_), StoreFileFormat::NotPlain);

    // Without the key SQLite sees no database at all.
    try {
        sql::Database db(path_, sql::Database::OpenMode::ReadOnly);
        db.queryInt64("SELECT count(*) FROM sqlite_schema");
        QFAIL("an encrypted store was read without its key");
    } catch (const sql::Error &error) {
        QCOMPARE(error.code(), 26); // SQLITE_NOTADB
    }
}

void TestStoreEncryption::opensWithItsKeyAndSearches()
{
    fill(path_, key_);
    StoreOptions options;
    options.key = key_;
    options.quickCheck.when = QuickCheck::Always;
    StoreOpenResult opened = Store::open(path_, options);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(opened.store->isEncrypted());
    QVERIFY(opened.notice.isEmpty());
    sql::Database &db = StoreTestAccess::database(opened.store->reader());
    QVERIFY(!db.queryText("PRAGMA cipher_version").isEmpty());
    QCOMPARE(outboxOf(db).size(), 3);
    // Full-text search and overwriting deleted content are in this build. (Debian's SQLCipher library, unlike
    // its command line tool, has no dbstat or sqlite_dbpage table; the store uses neither.)
    QStringList compiled;
    {
        sql::Statement options_ = db.prepare("PRAGMA compile_options");
        while (options_.step())
            compiled << options_.text(0);
    }
    for (const QString &option : {u"ENABLE_FTS5"_s, u"SECURE_DELETE"_s, u"HAS_CODEC"_s})
        QVERIFY2(compiled.contains(option), qPrintable(option + u" not in "_s + compiled.join(u' ')));
    const QList<MessageHit> hits = opened.store->reader().search().messages(marker);
    QCOMPARE(hits.size(), 1);
    // A second reader (another thread's) opens with the same key.
    std::unique_ptr<StoreReader> reader = opened.store->createReader();
    QCOMPARE(outboxOf(StoreTestAccess::database(*reader)).size(), 3);
}

void TestStoreEncryption::wrongKeyIsRefusedAndTheFileKept_data()
{
    QTest::addColumn<QuickCheck>("check");
    QTest::newRow("quick check") << QuickCheck::Always;
    QTest::newRow("no check") << QuickCheck::Never;
}

void TestStoreEncryption::wrongKeyIsRefusedAndTheFileKept()
{
    QFETCH(QuickCheck, check);
    fill(path_, key_);
    const QByteArray before = storeBytes(path_);
    StoreOptions options;
    options.key = StoreKey::generate();
    options.quickCheck.when = check;
    StoreOpenResult opened = Store::open(path_, options);
    QVERIFY(!opened.store);
    QCOMPARE(opened.problem, StoreAccessProblem::KeyRejected);
    QVERIFY(opened.retryable); // once the keychain has the right key again
    QVERIFY2(opened.error.contains(u"keychain"_s), qPrintable(opened.error));
    QVERIFY(opened.movedAsidePath.isEmpty());
    QVERIFY(QDir(QFileInfo(path_).absolutePath()).entryList({u"*.damaged-*"_s}).isEmpty());
    QCOMPARE(storeBytes(path_), before);

    // The right key still opens it, with everything.
    options.key = key_;
    StoreOpenResult again = Store::open(path_, options);
    QVERIFY2(again.store, qPrintable(again.error));
    QCOMPARE(outboxOf(StoreTestAccess::database(again.store->reader())).size(), 3);
}

void TestStoreEncryption::plainStoreIsEncryptedWithEverything()
{
    fill(path_, StoreKey());
    QCOMPARE(storeFileFormat(path_), StoreFileFormat::Plain);
    QMap<QString, QString> outbox;
    QMap<QString, qint64> counts;
    {
        StoreOpenResult plain = Store::open(path_);
        QVERIFY(plain.store);
        outbox = outboxOf(StoreTestAccess::database(plain.store->reader()));
        counts = rowCounts(StoreTestAccess::database(plain.store->reader()));
    }
    QCOMPARE(outbox.size(), 3);
    QVERIFY(counts.value(u"messages"_s) > 100);
    QVERIFY(storeBytes(path_).contains(marker.toUtf8()));

    StoreOptions options;
    options.key = key_;
    StoreOpenResult opened = Store::open(path_, options);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(opened.store->isEncrypted());
    sql::Database &db = StoreTestAccess::database(opened.store->reader());
    QCOMPARE(outboxOf(db), outbox);
    QCOMPARE(rowCounts(db), counts);
    QCOMPARE(db.queryText("PRAGMA integrity_check"), u"ok"_s);
    QCOMPARE(opened.store->reader().search().messages(marker).size(), 1);
    // Still writable, and what is written stays encrypted.
    const qint64 conversation = db.queryInt64("SELECT min(id) FROM conversations").value_or(0);
    opened.store->apply(AddConversationLabel{conversation, u"after"_s}).waitForFinished();
    opened.store.reset();

    QCOMPARE(storeFileFormat(path_), StoreFileFormat::NotPlain);
    QVERIFY(!storeBytes(path_).contains(marker.toUtf8()));
    const QStringList left = QDir(QFileInfo(path_).absolutePath()).entryList(QDir::Files);
    for (const QString &name : left)
        QVERIFY2(!name.contains(u".plain"_s) && !name.contains(u".encrypting"_s), qPrintable(name));
}

void TestStoreEncryption::interruptedEncryptionStillOpens_data()
{
    QTest::addColumn<EncryptionStep>("step");
    QTest::newRow("after the export") << EncryptionStep::Exported;
    QTest::newRow("after the second name") << EncryptionStep::Linked;
    QTest::newRow("after the swap") << EncryptionStep::Swapped;
}

void TestStoreEncryption::interruptedEncryptionStillOpens()
{
    QFETCH(EncryptionStep, step);
    fill(path_, StoreKey());
    QMap<QString, QString> outbox;
    QMap<QString, qint64> counts;
    {
        StoreOpenResult plain = Store::open(path_);
        QVERIFY(plain.store);
        outbox = outboxOf(StoreTestAccess::database(plain.store->reader()));
        counts = rowCounts(StoreTestAccess::database(plain.store->reader()));
    }
    // The process stops right there: nothing after the step runs.
    struct Stop
    {};
    try {
        encryptPlainStore(path_, key_, [step](EncryptionStep reached) {
            if (reached == step)
                throw Stop();
        });
        QFAIL("the encryption was not interrupted");
    } catch (const Stop &) {
    }

    // The store opens with everything, is encrypted afterwards, and nothing plain is left beside it.
    StoreOptions options;
    options.key = key_;
    StoreOpenResult opened = Store::open(path_, options);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(opened.notice.isEmpty());
    QCOMPARE(outboxOf(StoreTestAccess::database(opened.store->reader())), outbox);
    QCOMPARE(rowCounts(StoreTestAccess::database(opened.store->reader())), counts);
    opened.store.reset();
    QCOMPARE(storeFileFormat(path_), StoreFileFormat::NotPlain);
    const QDir folder(QFileInfo(path_).absolutePath());
    for (const QString &name : folder.entryList(QDir::Files)) {
        QVERIFY2(!name.contains(u".plain"_s) && !name.contains(u".encrypting"_s), qPrintable(name));
        QVERIFY2(!readAll(folder.filePath(name)).contains(marker.toUtf8()), qPrintable(name));
    }
}

void TestStoreEncryption::damagedEncryptedStoreIsSalvaged()
{
    fill(path_, key_);
    QMap<QString, QString> unsent;
    qint64 page = 0;
    {
        StoreOptions options;
        options.key = key_;
        StoreOpenResult opened = Store::open(path_, options);
        QVERIFY(opened.store);
        sql::Database &db = StoreTestAccess::database(opened.store->reader());
        unsent = outboxOf(db);
        // The full-text index's root page: rows are lost with it, the outbox is not.
        page =
            db.queryInt64("SELECT rootpage FROM sqlite_schema WHERE name = 'messages_fts_data'").value_or(0);
    }
    QVERIFY(page > 1);
    // Encrypted pages keep their places in the file; a changed byte fails the page's authentication.
    QByteArray bytes = readAll(path_);
    std::fill(bytes.begin() + (page - 1) * 4096 + 200, bytes.begin() + (page - 1) * 4096 + 300, char(0x5a));
    QVERIFY(writeAll(path_, bytes));

    StoreOptions options;
    options.key = key_;
    options.quickCheck.when = QuickCheck::Always;
    StoreOpenResult opened = Store::open(path_, options);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(!opened.movedAsidePath.isEmpty());
    QVERIFY(opened.store->isEncrypted());
    QCOMPARE(opened.actionsSaved, unsent.size());
    QCOMPARE(outboxOf(StoreTestAccess::database(opened.store->reader())), unsent);
    opened.store.reset();
    QCOMPARE(storeFileFormat(path_), StoreFileFormat::NotPlain);
}

void TestStoreEncryption::keyIsMadeOnceAndKept()
{
    MemorySecretStore secrets;
    StoreKeyProvider provider(secrets);
    const StoreKeyAnswer first = provider.fetchAndWait(false);
    QCOMPARE(first.outcome, StoreKeyAnswer::Outcome::Key);
    QVERIFY(first.key.encrypts());
    QCOMPARE(secrets.contents().value(StoreKeyProvider::entryName()), first.key.toText());
    const StoreKeyAnswer second = provider.fetchAndWait(true);
    QCOMPARE(second.outcome, StoreKeyAnswer::Outcome::Key);
    QCOMPARE(second.key, first.key);
    QVERIFY(StoreKey::generate() != first.key);
}

void TestStoreEncryption::keychainFailuresAreNamed_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<bool>("encryptedStoreExists");
    QTest::addColumn<StoreKeyAnswer::Outcome>("outcome");
    QTest::newRow("refused") << QString() << u"Access to the system keychain was denied."_s << false
                             << StoreKeyAnswer::Outcome::KeychainUnavailable;
    QTest::newRow("key gone, store encrypted")
        << QString() << QString() << true << StoreKeyAnswer::Outcome::KeyMissing;
    QTest::newRow("not a key, store encrypted")
        << u"hunter2"_s << QString() << true << StoreKeyAnswer::Outcome::KeyMissing;
    QTest::newRow("not a key, store plain")
        << u"hunter2"_s << QString() << false << StoreKeyAnswer::Outcome::Key;
}

void TestStoreEncryption::keychainFailuresAreNamed()
{
    QFETCH(QString, stored);
    QFETCH(QString, failure);
    QFETCH(bool, encryptedStoreExists);
    QFETCH(StoreKeyAnswer::Outcome, outcome);
    MemorySecretStore secrets;
    if (!stored.isEmpty())
        secrets.write(StoreKeyProvider::entryName(), stored, [](const QString &) {});
    secrets.setFailure(failure);
    StoreKeyProvider provider(secrets);
    const StoreKeyAnswer answer = provider.fetchAndWait(encryptedStoreExists);
    QCOMPARE(answer.outcome, outcome);
    QCOMPARE(answer.key.encrypts(), outcome == StoreKeyAnswer::Outcome::Key);
    if (!failure.isEmpty())
        QCOMPARE(answer.reason, failure);
    if (outcome == StoreKeyAnswer::Outcome::KeyMissing)
        QVERIFY(secrets.contents().value(StoreKeyProvider::entryName()) == stored); // never overwritten
}

void TestStoreEncryption::silentKeychainGivesTheChoice_data()
{
    QTest::addColumn<bool>("storeIsEncrypted");
    QTest::newRow("plain store") << false;
    QTest::newRow("encrypted store") << true;
}

void TestStoreEncryption::silentKeychainGivesTheChoice()
{
    QFETCH(bool, storeIsEncrypted);
    SilentSecretStore secrets;
    StoreKeyProvider provider(secrets, std::chrono::milliseconds(300));
    QElapsedTimer waited;
    waited.start();
    const StoreKeyAnswer answer = provider.fetchAndWait(storeIsEncrypted);
    QVERIFY(waited.elapsed() < 20'000); // bounded: the wait ends, the agent is asked
    QCOMPARE(answer.outcome, StoreKeyAnswer::Outcome::KeychainUnavailable);
    QVERIFY(!answer.key.encrypts());
    QVERIFY2(answer.reason.contains(u"did not answer"_s), qPrintable(answer.reason));

    ui::StoreKeyChoiceDialog dialog(answer.reason, storeIsEncrypted);
    QVERIFY(dialog.detailedText().contains(answer.reason));
    QVERIFY(dialog.informativeText().contains(u"Try Again"_s));
    QVERIFY(dialog.retryButton());
    QVERIFY(dialog.quitButton());
    // An encrypted store opens with its key alone: going on unencrypted is not offered for it.
    QCOMPARE(dialog.keepUnencryptedButton() != nullptr, !storeIsEncrypted);
    QCOMPARE(dialog.choice(), ui::StoreKeyChoice::Quit); // nothing chosen is no store

    QAbstractButton *button = storeIsEncrypted ? dialog.retryButton() : dialog.keepUnencryptedButton();
    QTimer::singleShot(0, button, &QAbstractButton::click);
    dialog.exec();
    QCOMPARE(dialog.choice(),
             storeIsEncrypted ? ui::StoreKeyChoice::Retry : ui::StoreKeyChoice::KeepUnencrypted);
}

void TestStoreEncryption::unencryptedStoreIsShownAllAlong()
{
    StoreOpenResult plain = Store::open(path_);
    QVERIFY(plain.store);
    ui::WorkspaceStatusBar warned({plain.store.get(), nullptr, nullptr});
    QVERIFY(warned.unencryptedWarning());
    QVERIFY(warned.unencryptedWarning()->text().contains(u"not encrypted"_s));
    plain.store.reset();

    const QString other = QFileInfo(path_).absolutePath() + u"/encrypted.db"_s;
    StoreOptions options;
    options.key = key_;
    StoreOpenResult encrypted = Store::open(other, options);
    QVERIFY(encrypted.store);
    ui::WorkspaceStatusBar quiet({encrypted.store.get(), nullptr, nullptr});
    QVERIFY(!quiet.unencryptedWarning());
}

QTEST_MAIN(TestStoreEncryption)
#include "tst_store_encryption.moc"
