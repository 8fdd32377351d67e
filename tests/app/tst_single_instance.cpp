// One Kontor per profile on the desktop session: a second start on the store of a running Kontor activates
// that one through the session bus (KDBusService) and exits 0 at once; two stores run side by side, each with
// its own name on the bus; without a session bus Kontor still starts, and the store's local channel does the
// hand-over; a stuck Kontor is named by the store's lock instead of being waited for. The real program runs
// here, on a private session bus this test starts and stops.
#include "instance/InstanceChannel.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

const QString applicationName = u"org.kontor.Kontor"_s;
const QByteArray bySessionBus = "handed over its command line through the session bus";
const QByteArray byLocalChannel = "handed over its command line through the local channel";

// A Kontor process and everything it said on stderr.
struct Kontor
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray said;

    QByteArray readSaid()
    {
        said += process->readAllStandardError();
        return said;
    }
};

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void secondStartOnOneProfileActivatesTheFirst();
    void defaultProfileHasTheApplicationsName();
    void twoProfilesRunSideBySide();
    void withoutSessionBusKontorStillStarts();
    void stuckKontorIsNamedNotWaitedFor();

private:
    Kontor &start(const QStringList &arguments, const QString &busAddress);
    // Waits until the process holds a name on the test's bus that starts with org.kontor.Kontor, and returns
    // it; empty when it holds none within a minute.
    QString busNameOf(const Kontor &kontor);
    // Waits until the Kontor on the store built its window: it takes hand-overs on the store's channel then.
    bool waitUntilListening(const QString &storePath);

    QTemporaryDir dir_;
    QString profile_;
    QProcess busDaemon_;
    QString busAddress_;
    std::optional<QDBusConnection> bus_;
    std::vector<std::unique_ptr<Kontor>> started_;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(dir_.isValid());
    const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    QVERIFY2(!daemon.isEmpty(), "dbus-daemon is not installed (packaging/debian13-packages.txt lists it)");
    busDaemon_.start(daemon, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY(busDaemon_.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(busDaemon_.canReadLine(), 30000);
    busAddress_ = QString::fromUtf8(busDaemon_.readLine().trimmed());
    QVERIFY(!busAddress_.isEmpty());
    bus_ = QDBusConnection::connectToBus(busAddress_, u"single-instance-test"_s);
    QVERIFY2(bus_->isConnected(), qPrintable(bus_->lastError().message()));
}

void TestSingleInstance::cleanupTestCase()
{
    bus_.reset();
    QDBusConnection::disconnectFromBus(u"single-instance-test"_s);
    busDaemon_.terminate();
    QVERIFY(busDaemon_.waitForFinished(10000));
}

void TestSingleInstance::init()
{
    profile_ = dir_.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(QDir().mkpath(profile_));
}

void TestSingleInstance::cleanup()
{
    for (const std::unique_ptr<Kontor> &kontor : started_) {
        kontor->process->kill();
        kontor->process->waitForFinished(10000);
    }
    started_.clear();
}

Kontor &TestSingleInstance::start(const QStringList &arguments, const QString &busAddress)
{
    auto kontor = std::make_unique<Kontor>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"kontor.instance.info=true"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress);
    // A profile of its own: settings and the default store in the test's folder.
    env.insert(u"XDG_CONFIG_HOME"_s, profile_ + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, profile_ + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, profile_ + u"/cache"_s);
    kontor->process->setProcessEnvironment(env);
    // No keychain runs here, and no backend is needed.
    kontor->process->start(QStringLiteral(KONTOR_APP_BINARY),
                           QStringList(arguments) << u"--unencrypted-store"_s << u"--no-connectors"_s);
    started_.push_back(std::move(kontor));
    return *started_.back();
}

QString TestSingleInstance::busNameOf(const Kontor &kontor)
{
    QDeadlineTimer deadline(std::chrono::seconds(60));
    while (!deadline.hasExpired()) {
        const QStringList names = bus_->interface()->registeredServiceNames().value();
        for (const QString &name : names) {
            if (name.startsWith(applicationName) &&
                bus_->interface()->servicePid(name).value() == uint(kontor.process->processId()))
                return name;
        }
        QTest::qWait(100);
    }
    return {};
}

bool TestSingleInstance::waitUntilListening(const QString &storePath)
{
    QDeadlineTimer deadline(std::chrono::seconds(60));
    while (!deadline.hasExpired()) {
        QLocalSocket probe;
        probe.connectToServer(instance::channelName(storePath));
        if (probe.waitForConnected(200))
            return true;
        QTest::qWait(200);
    }
    return false;
}

void TestSingleInstance::secondStartOnOneProfileActivatesTheFirst()
{
    const QString store = profile_ + u"/kontor.db"_s;
    Kontor &first = start({u"--store"_s, store}, busAddress_);
    QVERIFY(first.process->waitForStarted());
    const QString name = busNameOf(first);
    QVERIFY(!name.isEmpty());
    // A store of its own has a name of its own below the application's.
    QVERIFY2(name.startsWith(applicationName + u".Store"_s), qPrintable(name));
    QVERIFY(waitUntilListening(store));

    Kontor &second = start({u"--store"_s, store, u"--supervisor"_s}, busAddress_);
    // Promptly: it ends as soon as the running Kontor has the command line (a generous bound for a busy
    // machine; it never opens the store).
    QVERIFY(second.process->waitForFinished(30000));
    QCOMPARE(second.process->exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.process->exitCode() == 0, second.readSaid().constData());
    QTRY_VERIFY_WITH_TIMEOUT(first.readSaid().contains(bySessionBus), 30000);
    QVERIFY2(!first.said.contains(byLocalChannel), first.said.constData());
    QCOMPARE(first.process->state(), QProcess::Running);
    QCOMPARE(busNameOf(first), name); // still the one on the bus
    QVERIFY(!second.readSaid().contains("already running"));

    // And again, while the first runs on: each later start is one activation.
    Kontor &third = start({u"--store"_s, store}, busAddress_);
    QVERIFY(third.process->waitForFinished(30000));
    QCOMPARE(third.process->exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(first.readSaid().count(bySessionBus), 2, 30000);
}

void TestSingleInstance::defaultProfileHasTheApplicationsName()
{
    // No --store: the store in the profile's data folder, and the application id as the name on the bus.
    Kontor &first = start({}, busAddress_);
    QVERIFY(first.process->waitForStarted());
    QCOMPARE(busNameOf(first), applicationName);

    Kontor &second = start({}, busAddress_);
    QVERIFY(second.process->waitForFinished(30000));
    QCOMPARE(second.process->exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.process->exitCode() == 0, second.readSaid().constData());
    QTRY_VERIFY_WITH_TIMEOUT(first.readSaid().contains(bySessionBus), 60000);
    QCOMPARE(first.process->state(), QProcess::Running);
}

void TestSingleInstance::twoProfilesRunSideBySide()
{
    const QString storeA = profile_ + u"/a/kontor.db"_s;
    const QString storeB = profile_ + u"/b/kontor.db"_s;
    QVERIFY(QDir().mkpath(profile_ + u"/a"_s));
    QVERIFY(QDir().mkpath(profile_ + u"/b"_s));
    Kontor &a = start({u"--store"_s, storeA}, busAddress_);
    QVERIFY(a.process->waitForStarted());
    const QString nameA = busNameOf(a);
    QVERIFY(!nameA.isEmpty());
    Kontor &b = start({u"--store"_s, storeB}, busAddress_);
    QVERIFY(b.process->waitForStarted());
    const QString nameB = busNameOf(b);
    QVERIFY(nameA != nameB);
    QVERIFY(waitUntilListening(storeA));
    QVERIFY(waitUntilListening(storeB));
    QCOMPARE(a.process->state(), QProcess::Running);
    QCOMPARE(b.process->state(), QProcess::Running);
    // Neither took the other for itself.
    QVERIFY2(!a.readSaid().contains("handed over"), a.said.constData());
    QVERIFY2(!b.readSaid().contains("handed over"), b.said.constData());
}

void TestSingleInstance::withoutSessionBusKontorStillStarts()
{
    // An address where no bus listens, as on a system without a session.
    const QString noBus = u"unix:path="_s + profile_ + u"/no-bus"_s;
    const QString store = profile_ + u"/kontor.db"_s;
    Kontor &first = start({u"--store"_s, store}, noBus);
    QVERIFY(first.process->waitForStarted());
    QVERIFY(waitUntilListening(store));
    QCOMPARE(first.process->state(), QProcess::Running);
    QVERIFY2(first.readSaid().contains("not on the session bus"), first.said.constData());

    // The store's lock and local channel keep it to one Kontor all the same.
    Kontor &second = start({u"--store"_s, store}, noBus);
    QVERIFY(second.process->waitForFinished(30000));
    QCOMPARE(second.process->exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.process->exitCode() == 0, second.readSaid().constData());
    QTRY_VERIFY_WITH_TIMEOUT(first.readSaid().contains(byLocalChannel), 30000);
    QCOMPARE(first.process->state(), QProcess::Running);
}

void TestSingleInstance::stuckKontorIsNamedNotWaitedFor()
{
    const QString store = profile_ + u"/kontor.db"_s;
    Kontor &first = start({u"--store"_s, store}, busAddress_);
    QVERIFY(first.process->waitForStarted());
    QVERIFY(!busNameOf(first).isEmpty());
    QVERIFY(waitUntilListening(store));
    // Stopped, it keeps its name, its store and its channel and answers nothing, as a hung Kontor would.
    const auto pid = pid_t(first.process->processId());
    QCOMPARE(::kill(pid, SIGSTOP), 0);

    // KDBusService alone would wait five minutes for it; the later start asks briefly, then the store's lock
    // names the holder (on stderr and in a dialog, which stays open here).
    Kontor &second = start({u"--store"_s, store}, busAddress_);
    const QByteArray holder = "already running with this store (process " + QByteArray::number(pid) + ')';
    QTRY_VERIFY_WITH_TIMEOUT(
        second.readSaid().contains(holder) || second.process->state() == QProcess::NotRunning, 90000);
    QVERIFY2(second.said.contains(holder), second.said.constData());
    QVERIFY2(second.said.contains("does not answer"), second.said.constData());
    QCOMPARE(::kill(pid, SIGCONT), 0);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
