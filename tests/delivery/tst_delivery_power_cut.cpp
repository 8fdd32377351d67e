// The power goes out again and again at random points around delivery: Kontor runs in a process of its own
// whose store loses every write not yet synced when the power goes (a VFS that puts back what the files held
// at their last sync). The fake Chatwoot in this process counts what the client sent: no key is ever sent
// twice without a look at the conversation in between, every reply lands exactly once, and nothing reported
// queued is lost.
#include "ChatwootDeliveryLedger.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::chatwoot;
using namespace kontor::testing;
using Delivery = fake::HttpResponse::Delivery;

class TestDeliveryPowerCut : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray output;
        QByteArray errors;
    };

    // Runs the agent until it exits, serving the fake meanwhile.
    Run runAgent(const QString &dir, const fake::FakeChatwoot &fake, quint64 cutAfter, int nearDelivery,
                 int actions, int seed)
    {
        QProcess process;
        process.start(QStringLiteral(KONTOR_POWER_CUT_AGENT),
                      {dir, fake.url(), QStringLiteral("--token"), fake::FakeChatwoot::token(),
                       QStringLiteral("--cut-after"), QString::number(cutAfter),
                       QStringLiteral("--cut-near-delivery"), QString::number(nearDelivery),
                       QStringLiteral("--actions"), QString::number(actions), QStringLiteral("--seed"),
                       QString::number(seed)});
        if (!process.waitForStarted())
            return {};
        QElapsedTimer clock;
        clock.start();
        while (process.state() != QProcess::NotRunning && clock.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return {-2, process.readAllStandardOutput(), process.readAllStandardError()};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void cutAgainAndAgain()
    {
        fake::FakeChatwoot::Seed seed;
        seed.contacts = 8;
        seed.conversations = 12;
        seed.messagesPerConversation = 2;
        seed.looseFixture = false;
        fake::FakeChatwoot fake(seed);
        QVERIFY(fake.listen());
        QTemporaryDir dir;
        QRandomGenerator random(4242);
        QStringList queued;
        int cuts = 0;
        int lostAnswers = 0;
        int startsInFlight = 0; // runs that found entries cut off on their way by the cut before
        const int wantedCuts = qEnvironmentVariableIntValue("KONTOR_POWER_CUTS") > 0
                                   ? qEnvironmentVariableIntValue("KONTOR_POWER_CUTS")
                                   : 100;
        bool done = false;
        for (int run = 0; run < wantedCuts * 3 && !done; ++run) {
            if (random.bounded(3) == 0) {
                fake.loseAnswerNext("POST", QStringLiteral(".*/conversations/\\d+/messages"),
                                    random.bounded(2) ? Delivery::Close : Delivery::Hang);
                ++lostAnswers;
            }
            // Early in a run (syncing, taking actions, marking them in flight) is where it matters most.
            // Half the runs are cut at any point of their life (syncing, taking actions, marking them), half
            // within a few writes after an entry was seen on its way (its answer's commit, the next one's
            // mark).
            const bool cutting = cuts < wantedCuts;
            const bool nearDelivery = cutting && random.bounded(2) == 0;
            const quint64 cutAfter = cutting && !nearDelivery ? 5 + random.bounded(300) : 0;
            // Every run has new actions of its own, so that cuts fall around their delivery too.
            const Run result =
                runAgent(dir.path(), fake, cutAfter, nearDelivery ? 4 : 0, 3 * (run + 1), run + 1);
            for (const QByteArray &line : result.output.split('\n')) {
                if (line.startsWith("queued "))
                    queued.append(QString::fromLatin1(line.mid(7).trimmed()));
                if (line.startsWith("in-flight ") && line.mid(10).trimmed().toInt() > 0)
                    ++startsInFlight;
            }
            if (result.exitCode == 86) {
                ++cuts;
                continue;
            }
            QVERIFY2(result.exitCode == 0,
                     qPrintable(QStringLiteral("the agent ended with %1: %2")
                                    .arg(result.exitCode)
                                    .arg(QString::fromLocal8Bit(result.errors.right(2000)))));
            done = result.output.contains("done") && cuts >= wantedCuts;
        }
        QVERIFY2(done, qPrintable(QStringLiteral("%1 cuts, not finished").arg(cuts)));
        QVERIFY(cuts >= wantedCuts);
        QVERIFY(queued.size() >= 20);

        ChatwootDeliveryLedger ledger(fake);
        for (const QString &uuid : std::as_const(queued)) {
            QVERIFY2(
                ledger.messagesCarrying(uuid) == 1,
                qPrintable(QStringLiteral("%1: %2 copies").arg(uuid).arg(ledger.messagesCarrying(uuid))));
            QVERIFY2(ledger.checkedBeforeEveryResend(uuid),
                     qPrintable(uuid + QStringLiteral(" resent unchecked")));
        }
        // The cuts fell around delivery: again and again a run began with entries whose outcome was unknown.
        QVERIFY2(startsInFlight >= cuts / 10, qPrintable(QString::number(startsInFlight)));
        qInfo(
            "%d power cuts (%d of them with entries on their way), %d lost answers, %lld actions queued and "
            "delivered once each",
            cuts, startsInFlight, lostAnswers, qint64(queued.size()));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryPowerCut)
#include "tst_delivery_power_cut.moc"
