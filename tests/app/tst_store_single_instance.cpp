// One process per store: a second Kontor started on a store that is open hands its command line to the one
// that has it and exits; it never opens the store, so it never delivers another process's outbox. When the
// holder does not answer, the second start says which process holds the store.
#include "ContactCenterData.h"

#include "instance/InstanceChannel.h"
#include "instance/RunningInstance.h"
#include "store/Store.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

// uuid -> state and attempts of every outbox entry.
QMap<QString, QString> outboxOf(sql::Database &db)
{
    QMap<QString, QString> entries;
    sql::Statement rows = db.prepare("SELECT uuid, state, attempts FROM outbox");
    while (rows.step())
        entries.insert(rows.text(0), rows.text(1) + u'/' + rows.text(2));
    return entries;
}

} // namespace

class TestStoreSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void secondStartHandsOverAndNeverDelivers();
    void unansweredHolderIsNamed();
    void anotherProcessCannotOpenTheStore();
    void runningAppTakesTheHandOverAndAKillFreesTheStore();

private:
    std::unique_ptr<QProcess> startKontor(const QStringList &arguments);
    // A store with actions queued for the demo account, which a connector would deliver at once.
    std::unique_ptr<Store> openStoreWithQueuedActions();

    QTemporaryDir dir_;
    QString path_;
};

void TestStoreSingleInstance::init()
{
    QVERIFY(dir_.isValid());
    const QString sub = dir_.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    QDir().mkpath(sub);
    path_ = sub + u"/kontor.db"_s;
}

std::unique_ptr<QProcess> TestStoreSingleInstance::startKontor(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Settings of its own, so that no account of the user's is touched.
    env.insert(u"XDG_CONFIG_HOME"_s, dir_.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir_.filePath(u"data"_s));
    process->setProcessEnvironment(env);
    // No keychain runs here: the store stays unencrypted, as this test's own connections read it.
    process->start(QStringLiteral(KONTOR_APP_BINARY), QStringList(arguments) << u"--unencrypted-store"_s);
    return process;
}

std::unique_ptr<Store> TestStoreSingleInstance::openStoreWithQueuedActions()
{
    StoreOpenResult opened = Store::open(path_);
    if (!opened.store)
        return nullptr;
    Store &store = *opened.store;
    store.ingest(contactcenter::batch()).waitForFinished();
    const qint64 conversation =
        *StoreTestAccess::database(store.reader()).queryInt64("SELECT min(id) FROM conversations");
    store.apply(SendMessage{.conversationId = conversation, .body = u"only once"_s}).waitForFinished();
    store.apply(AddConversationLabel{conversation, u"vip"_s}).waitForFinished();
    return std::move(opened.store);
}

void TestStoreSingleInstance::secondStartHandsOverAndNeverDelivers()
{
    std::unique_ptr<Store> store = openStoreWithQueuedActions();
    QVERIFY(store);
    const QMap<QString, QString> before = outboxOf(StoreTestAccess::database(store->reader()));
    QCOMPARE(before.size(), 2);
    instance::RunningInstance running;
    QSignalSpy handedOver(&running, &instance::RunningInstance::handedOver);
    QVERIFY(running.listen(path_));

    // Connectors on: had it opened the store, the demo connector would deliver the queued actions.
    std::unique_ptr<QProcess> second = startKontor({u"--store"_s, path_, u"--supervisor"_s});
    QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 60000);
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QVERIFY2(second->exitCode() == 0, second->readAllStandardError().constData());
    QCOMPARE(handedOver.size(), 1);
    const QStringList arguments = handedOver.first().first().toStringList();
    QVERIFY(arguments.contains(u"--supervisor"_s));
    QVERIFY(arguments.contains(path_));

    QCOMPARE(outboxOf(StoreTestAccess::database(store->reader())),
             before); // nothing delivered, nothing even tried
}

void TestStoreSingleInstance::unansweredHolderIsNamed()
{
    // This process holds the store but takes no hand-over, as a hung Kontor would.
    std::unique_ptr<Store> store = openStoreWithQueuedActions();
    QVERIFY(store);
    const QMap<QString, QString> before = outboxOf(StoreTestAccess::database(store->reader()));
    std::unique_ptr<QProcess> second = startKontor({u"--store"_s, path_});
    QByteArray said;
    const QByteArray holder = QByteArray("process ") + QByteArray::number(QCoreApplication::applicationPid());
    QTRY_VERIFY_WITH_TIMEOUT((said += second->readAllStandardError()).contains(holder) ||
                                 second->state() == QProcess::NotRunning,
                             60000);
    const QByteArray named = QByteArray("already running with this store (") + holder + ')';
    QVERIFY2(said.contains(named), said.constData());
    // What remains is the dialog with the same words; the store was never opened.
    if (second->state() == QProcess::NotRunning)
        QVERIFY(second->exitCode() != 0);
    second->kill();
    second->waitForFinished();
    QCOMPARE(outboxOf(StoreTestAccess::database(store->reader())), before);
}

void TestStoreSingleInstance::anotherProcessCannotOpenTheStore()
{
    // Any user of the store library, not only the app: Store::open refuses a store another process has.
    std::unique_ptr<Store> store = openStoreWithQueuedActions();
    QVERIFY(store);
    const QMap<QString, QString> before = outboxOf(StoreTestAccess::database(store->reader()));
    QProcess writer;
    writer.start(QStringLiteral(KONTOR_CRASH_WRITER), {path_, u"1"_s});
    QVERIFY(writer.waitForFinished(30000));
    QCOMPARE(writer.exitCode(), 3); // could not open
    const QByteArray said = writer.readAllStandardError();
    const QByteArray holder = QByteArray("process ") + QByteArray::number(QCoreApplication::applicationPid());
    QVERIFY2(said.contains(holder), said.constData());
    QCOMPARE(outboxOf(StoreTestAccess::database(store->reader())), before);

    // Within one process a second opening shares the lock (tests and tools open a store twice).
    StoreOpenResult again = Store::open(path_);
    QVERIFY2(again.store, qPrintable(again.error));
}

void TestStoreSingleInstance::runningAppTakesTheHandOverAndAKillFreesTheStore()
{
    std::unique_ptr<QProcess> first = startKontor({u"--store"_s, path_, u"--no-connectors"_s});
    QVERIFY(first->waitForStarted());
    // The app holds the store once its lock names it, and takes hand-overs once it listens.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile lock(StoreLock::lockFilePath(path_));
            return lock.open(QIODevice::ReadOnly) &&
                   lock.readLine().trimmed() == QByteArray::number(first->processId());
        }(),
        60000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QLocalSocket probe;
            probe.connectToServer(instance::channelName(path_));
            return probe.waitForConnected(200);
        }(),
        60000);

    std::unique_ptr<QProcess> second = startKontor({u"--store"_s, path_, u"--supervisor"_s});
    QVERIFY(second->waitForFinished(60000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QVERIFY2(second->exitCode() == 0, second->readAllStandardError().constData());
    QCOMPARE(first->state(), QProcess::Running);

    StoreOpenResult refused = Store::open(path_);
    QVERIFY(!refused.store);
    QVERIFY(refused.heldBy);
    QCOMPARE(refused.heldBy->pid, first->processId());
    QVERIFY(refused.error.contains(QString::number(first->processId())));

    // A holder that is killed leaves no lock behind.
    first->kill();
    QVERIFY(first->waitForFinished(10000));
    StoreOpenResult opened = Store::open(path_);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(opened.notice.isEmpty());
}

QTEST_MAIN(TestStoreSingleInstance)
#include "tst_store_single_instance.moc"
