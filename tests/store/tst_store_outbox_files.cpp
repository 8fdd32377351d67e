#include "../privacy/PrivacyTestSupport.h"
#include "ContactCenterData.h"

#include "store/Store.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

const QByteArray marker = "plimtorvexattachment";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

qint64 firstConversation(StoreReader &reader)
{
    return StoreTestAccess::database(reader)
        .queryInt64("SELECT id FROM conversations ORDER BY id LIMIT 1")
        .value_or(0);
}

} // namespace

// The files an agent sends are kept inside the store, with the outbox entry that sends them: nothing of their
// bytes is written beside the store, while the reply waits and after it went out, and with an encrypted store
// nothing of them is readable anywhere. A connector reads them back from the store, a piece at a time.
class TestStoreOutboxFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noClearCopyOnDisk_data();
    void noClearCopyOnDisk();
    void aLargeFileComesBackWhole();
};

void TestStoreOutboxFiles::noClearCopyOnDisk_data()
{
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("encrypted store") << true;
    QTest::newRow("unencrypted store") << false;
}

void TestStoreOutboxFiles::noClearCopyOnDisk()
{
    QFETCH(bool, encrypted);
    QTemporaryDir storeFolder;
    QTemporaryDir outside;
    const QString path = storeFolder.filePath(u"kontor.db"_s);
    const QString original = outside.filePath(u"contract.txt"_s);
    const QByteArray bytes = "Contract for " + marker + '\n' + QByteArray(100'000, 'c');
    QVERIFY(writeFile(original, bytes));

    StoreOptions options;
    options.key = encrypted ? StoreKey::generate() : StoreKey();
    StoreOpenResult opened = Store::open(path, options);
    QVERIFY2(opened.store, qPrintable(opened.error));
    Store &store = *opened.store;
    QVERIFY(store.ingest(contactcenter::batch()).result().skipped.isEmpty());
    SendMessage reply{firstConversation(store.reader()), u"The contract, attached"_s};
    reply.attachments.append({original, {}, {}, 0});
    const ActionReceipt receipt = store.apply(reply).result();
    QVERIFY(receipt.recorded());
    QVERIFY(QFile::remove(original));

    // Where the marker shows: nowhere in an encrypted store's folder; in a plain store only in the store
    // itself and its log, never in a file beside it.
    const QStringList storeFiles{path, path + u"-wal"_s};
    const auto checkFolder = [&](const char *when) {
        const QStringList found = privacy::filesContaining(storeFolder.path(), {marker});
        if (encrypted) {
            QVERIFY2(found.isEmpty(), qPrintable(QString::fromLatin1(when) + u": "_s + found.join(u", ")));
            return;
        }
        for (const QString &file : found)
            QVERIFY2(storeFiles.contains(file), qPrintable(QString::fromLatin1(when) + u": "_s + file));
    };
    checkFolder("waiting in the outbox");
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(QDir(storeFolder.path()).entryList({u"*-files"_s}, QDir::AllEntries | QDir::Hidden),
             QStringList());

    // What a connector reads is the file as it was.
    std::unique_ptr<QIODevice> file = store.reader().outboxFiles(receipt.outboxId).open(0);
    QVERIFY(file);
    QCOMPARE(file->readAll(), bytes);
    file.reset();

    QVERIFY(store.transitionOutbox({.uuid = receipt.uuid, .to = OutboxState::Sending}).result());
    QVERIFY(store
                .transitionOutbox(
                    {.uuid = receipt.uuid, .to = OutboxState::Confirmed, .messageRemoteId = u"m-sent"_s})
                .result());
    QVERIFY(!store.reader().outboxFiles(receipt.outboxId).open(0));
    checkFolder("delivered");
    if (QTest::currentTestFailed())
        return;
    opened.store.reset();
    checkFolder("closed");
}

void TestStoreOutboxFiles::aLargeFileComesBackWhole()
{
    QTemporaryDir storeFolder;
    QTemporaryDir outside;
    const QString original = outside.filePath(u"recording.wav"_s);
    QByteArray bytes(6 * 1024 * 1024 + 123, Qt::Uninitialized); // several pieces, and a partial last one
    QRandomGenerator random(15);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    QVERIFY(writeFile(original, bytes));

    StoreOptions options;
    options.key = StoreKey::generate();
    StoreOpenResult opened = Store::open(storeFolder.filePath(u"kontor.db"_s), options);
    QVERIFY2(opened.store, qPrintable(opened.error));
    Store &store = *opened.store;
    QVERIFY(store.ingest(contactcenter::batch()).result().skipped.isEmpty());
    SendMessage reply{firstConversation(store.reader()), u"The recording"_s};
    reply.attachments.append({original, {}, {}, 0});
    const ActionReceipt receipt = store.apply(reply).result();
    QCOMPARE(StoreTestAccess::database(store.reader()).queryInt64("SELECT size_bytes FROM attachments"),
             bytes.size());

    std::unique_ptr<QIODevice> file = store.reader().outboxFiles(receipt.outboxId).open(0);
    QVERIFY(file);
    QCOMPARE(file->size(), bytes.size());
    QVERIFY(!file->isSequential());
    // Read as an upload reads it: piece after piece.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray piece(64 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (qint64 n; (n = file->read(piece.data(), piece.size())) > 0; total += n)
        hash.addData(QByteArrayView(piece.constData(), n));
    QCOMPARE(total, bytes.size());
    QVERIFY(file->atEnd());
    QCOMPARE(hash.result(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    // And anywhere in it.
    QVERIFY(file->seek(bytes.size() / 2));
    QCOMPARE(file->read(1000), bytes.mid(bytes.size() / 2, 1000));
    QVERIFY(!store.reader().outboxFiles(receipt.outboxId).open(1));
}

QTEST_GUILESS_MAIN(TestStoreOutboxFiles)
#include "tst_store_outbox_files.moc"
