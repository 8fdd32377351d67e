// The demo backend's state file: a saved world comes back equal and lives on exactly as the original would; a
// truncated, altered or malformed file is refused with the reason, never half-loaded, and the last good save
// is still there.
#include "DemoTestSupport.h"

#include "connectors/demo/backend/DemoStateFile.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::demotest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DemoStateFileError::Code)

namespace {
// A well-formed envelope around any body, to reach the checks behind the checksum.
QByteArray envelope(const QByteArray &body)
{
    return "KONTOR-DEMO-WORLD 1 " + QByteArray::number(body.size()) + ' ' +
           QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() + '\n' + body;
}

QByteArray bodyOf(const QByteArray &file)
{
    return file.mid(file.indexOf('\n') + 1);
}

QByteArray withField(const QByteArray &file, const QString &key, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(bodyOf(file)).object();
    if (value.isUndefined())
        root.remove(key);
    else
        root.insert(key, value);
    return envelope(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

DemoWorld livedInWorld()
{
    DemoWorld world(smallConfig(17, 90, 800));
    runScenario(world, kEpoch, 27);
    return world;
}
} // namespace

class TestDemoStateFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_good;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = DemoStateFile::serialise(livedInWorld());
    }

    void aSavedWorldComesBackEqual()
    {
        DemoWorld world = livedInWorld();
        const QString path = m_dir.filePath(u"roundtrip.kdw"_s);
        QVERIFY(!DemoStateFile::save(world, path).isError());
        DemoLoadResult loaded = DemoStateFile::load(path);
        QVERIFY2(loaded.world, qPrintable(loaded.error.detail));
        QVERIFY(!loaded.fromPrevious);
        QCOMPARE(DemoStateFile::serialise(*loaded.world), DemoStateFile::serialise(world));
        QCOMPARE(digestOf(drainChanges(*loaded.world)), digestOf(drainChanges(world)));
        QCOMPARE(loaded.world->ledger(), world.ledger());
        QCOMPARE(loaded.world->clock(), world.clock());
        QCOMPARE(loaded.world->activeConversations(), world.activeConversations());
    }

    void aReloadedWorldLivesOnAsTheOriginal()
    {
        // The remote survives a restart: what happens after the reload is what would have happened anyway.
        DemoWorld original = livedInWorld();
        DemoLoadResult loaded = DemoStateFile::parse(DemoStateFile::serialise(original));
        QVERIFY(loaded.world);
        DemoWorld &reloaded = *loaded.world;
        const UtcMillis later = original.clock() + 90 * kMinute;
        for (DemoWorld *world : {&original, &reloaded}) {
            world->advance(later);
            runScenario(*world, later, 12);
        }
        QCOMPARE(reloaded.lastSeq(), original.lastSeq());
        QCOMPARE(digestOf(drainChanges(reloaded)), digestOf(drainChanges(original)));
    }

    void aDamagedFileIsRefusedWithItsReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<DemoStateFileError::Code>("code");
        const QByteArray good = DemoStateFile::serialise(livedInWorld());
        using Code = DemoStateFileError::Code;
        QTest::newRow("empty") << QByteArray() << Code::NotAStateFile;
        QTest::newRow("another file") << QByteArray("{\"hello\": 1}\n") << Code::NotAStateFile;
        QTest::newRow("header cut off") << good.left(30) << Code::Truncated;
        QTest::newRow("header only") << good.left(good.indexOf('\n') + 1) << Code::Truncated;
        QTest::newRow("half") << good.left(good.size() / 2) << Code::Truncated;
        QTest::newRow("last byte missing") << good.chopped(1) << Code::Truncated;
        QTest::newRow("trailing bytes") << good + "x" << Code::Corrupt;
        QByteArray flipped = good;
        flipped[flipped.size() - 40] = flipped[flipped.size() - 40] ^ 0x01;
        QTest::newRow("one bit flipped") << flipped << Code::Corrupt;
        QByteArray future = good;
        future.replace("KONTOR-DEMO-WORLD 1 ", "KONTOR-DEMO-WORLD 9 ");
        QTest::newRow("future version") << future << Code::UnsupportedVersion;
        QTest::newRow("not json") << envelope("this is not JSON") << Code::Malformed;
        QTest::newRow("json array") << envelope("[1, 2, 3]") << Code::Malformed;
        QTest::newRow("no config") << withField(good, u"config"_s, QJsonValue::Undefined) << Code::Malformed;
        QTest::newRow("clock is text") << withField(good, u"clock"_s, u"noon"_s) << Code::Malformed;
        QTest::newRow("records not a list") << withField(good, u"records"_s, 5) << Code::Malformed;
        QTest::newRow("a record without id")
            << withField(good, u"records"_s, QJsonArray{QJsonObject{{u"kind"_s, u"agent"_s}}})
            << Code::Malformed;
        QTest::newRow("a record of no kind")
            << withField(good, u"records"_s, QJsonArray{QJsonObject{{u"kind"_s, u"pigeon"_s}}})
            << Code::Malformed;
        QTest::newRow("counters behind the history")
            << withField(
                   good, u"next"_s,
                   QJsonObject{{u"conversation"_s, 1}, {u"message"_s, 1}, {u"customer"_s, 1}, {u"csat"_s, 1}})
            << Code::Malformed;
        QTest::newRow("changes inside the history") << withField(good, u"lastSeq"_s, 3) << Code::Malformed;
        QTest::newRow("ledger entry broken")
            << withField(good, u"ledger"_s, QJsonArray{QJsonObject{{u"clientUuid"_s, u"x"_s}}})
            << Code::Malformed;
        QJsonObject badConfig = QJsonDocument::fromJson(bodyOf(good)).object().value(u"config"_s).toObject();
        badConfig.insert(u"historyMessages"_s, -4);
        QTest::newRow("impossible config") << withField(good, u"config"_s, badConfig) << Code::Malformed;
    }

    void aDamagedFileIsRefusedWithItsReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(DemoStateFileError::Code, code);
        const DemoLoadResult result = DemoStateFile::parse(bytes);
        QVERIFY(!result.world);
        QCOMPARE(result.error.code, code);
        QVERIFY(!result.error.message().isEmpty());
    }

    void aFileFromBeforeCustomerAttributesStillLoads()
    {
        // Only customers the file holds are read from it (the rest come from the seed again).
        QJsonObject root = QJsonDocument::fromJson(bodyOf(m_good)).object();
        QJsonArray records = root.value(u"records"_s).toArray();
        QSet<QString> stripped;
        for (qsizetype i = 0; i < records.size(); ++i) {
            QJsonObject record = records.at(i).toObject();
            if (record.value(u"kind"_s) != u"customer"_s)
                continue;
            QVERIFY(record.contains(u"attributes"_s));
            record.remove(u"attributes"_s);
            records.replace(i, record);
            stripped.insert(record.value(u"id"_s).toString());
        }
        QVERIFY(!stripped.isEmpty());
        root.insert(u"records"_s, records);
        const DemoLoadResult loaded =
            DemoStateFile::parse(envelope(QJsonDocument(root).toJson(QJsonDocument::Compact)));
        QVERIFY2(loaded.world, qPrintable(loaded.error.detail));
        for (const QString &id : std::as_const(stripped)) {
            const std::optional<DemoCustomer> customer = loaded.world->customer(id);
            QVERIFY(customer);
            QVERIFY(customer->attributes.isEmpty());
        }
    }

    void loadingNeverChangesTheFile()
    {
        const QString path = m_dir.filePath(u"damaged.kdw"_s);
        const QByteArray damaged = m_good.left(m_good.size() - 100);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(damaged);
        }
        QCOMPARE(DemoStateFile::load(path).error.code, DemoStateFileError::Code::Truncated);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), damaged);
    }

    void theLastGoodSaveSurvivesADamagedFile()
    {
        const QString path = m_dir.filePath(u"remote.kdw"_s);
        DemoWorld world = livedInWorld();
        QVERIFY(!DemoStateFile::save(world, path).isError());
        const QByteArray firstSave = DemoStateFile::serialise(world);
        world.advance(world.clock() + 30 * kMinute);
        QVERIFY(!DemoStateFile::save(world, path).isError());

        // The newest file gets damaged (a crash of the disk, a bad copy): the save before it is still there.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.resize(file.size() / 3);
        }
        const DemoLoadResult strict = DemoStateFile::load(path);
        QVERIFY(!strict.world);
        QCOMPARE(strict.error.code, DemoStateFileError::Code::Truncated);
        DemoLoadResult recovered = DemoStateFile::loadLatestGood(path);
        QVERIFY(recovered.world);
        QVERIFY(recovered.fromPrevious);
        QCOMPARE(recovered.error.code, DemoStateFileError::Code::Truncated);
        QCOMPARE(DemoStateFile::serialise(*recovered.world), firstSave);
    }

    void aFailedSaveLeavesTheFileAsItWas()
    {
        const QString path = m_dir.filePath(u"kept.kdw"_s);
        DemoWorld world = livedInWorld();
        QVERIFY(!DemoStateFile::save(world, path).isError());
        const QString unwritable = m_dir.filePath(u"no/such/folder/kept.kdw"_s);
        const DemoStateFileError error = DemoStateFile::save(world, unwritable);
        QCOMPARE(error.code, DemoStateFileError::Code::WriteFailed);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(DemoStateFile::load(path).world);
    }

    void missingFilesAreReportedAsSuch()
    {
        const QString path = m_dir.filePath(u"never-saved.kdw"_s);
        QCOMPARE(DemoStateFile::load(path).error.code, DemoStateFileError::Code::NotFound);
        QCOMPARE(DemoStateFile::loadLatestGood(path).error.code, DemoStateFileError::Code::NotFound);
    }

    void aDayOfTrafficSavesQuickly()
    {
        // The connector saves after every accepted action: the cost after a full day of traffic, for the
        // record.
        DemoWorldConfig config = smallConfig(77, 400, 4000);
        config.maxCatchUpMillis = 25 * kHour;
        DemoWorld world(config);
        world.advance(kEpoch + 24 * kHour);
        QElapsedTimer timer;
        timer.start();
        const QString path = m_dir.filePath(u"day.kdw"_s);
        QVERIFY(!DemoStateFile::save(world, path).isError());
        const qint64 saved = timer.restart();
        DemoLoadResult loaded = DemoStateFile::load(path);
        const qint64 read = timer.elapsed();
        QVERIFY(loaded.world);
        QCOMPARE(loaded.world->lastSeq(), world.lastSeq());
        qInfo("a day of traffic: %lld conversations, %lld messages after the epoch; state file %lld KB, "
              "saved in %lld "
              "ms, loaded in %lld ms",
              world.counts().conversations - config.historyConversations,
              world.counts().messages - config.historyMessages, QFileInfo(path).size() / 1024, saved, read);
    }

    void aBigHistoryKeepsTheFileSmall()
    {
        // The history is regenerated from the configuration, so a large world saves in kilobytes.
        const DemoWorld world(DemoWorldConfig::forScale(200000, 4, kEpoch));
        const QByteArray bytes = DemoStateFile::serialise(world);
        QVERIFY2(bytes.size() < 64 * 1024, qPrintable(QString::number(bytes.size())));
        DemoLoadResult loaded = DemoStateFile::parse(bytes);
        QVERIFY(loaded.world);
        QCOMPARE(loaded.world->counts().messages, 200000);
    }
};

QTEST_GUILESS_MAIN(TestDemoStateFile)
#include "tst_demo_state_file.moc"
