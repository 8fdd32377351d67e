// A whole Kontor without a window, for the crash test: a store, the sync engine and the demo connector over a
// hostile network, with an agent taking random actions. It prints "queued <uuid>" once an action is durable.
// With --finish it stops acting, lets the network heal, waits until everything is delivered and synced,
// prints "done" and exits; otherwise it runs until it is killed.
#include "DemoScenario.h"
#include "RandomAgent.h"
#include "store/StoreTestAccess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

using namespace kontor;
using namespace kontor::testing;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KontorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("demo_agent_process"));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("dir"),
                                 QStringLiteral("where the store and the backend live"));
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("actions"), QStringLiteral("actions in all"), QStringLiteral("n"),
                      QStringLiteral("60")});
    parser.addOption({QStringLiteral("finish"), QStringLiteral("deliver everything, then exit")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        return 2;

    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt();
    const int total = parser.value(QStringLiteral("actions")).toInt();
    const bool finish = parser.isSet(QStringLiteral("finish"));
    DemoScenario scenario;
    scenario.dir = parser.positionalArguments().first();
    // The backend's clock runs at wall-clock speed until the process finishes, then stands still.
    scenario.clock = nowUtcMillis();
    QString error;
    // The backend's world is made once; its seed stays that of the first run.
    if (!scenario.open(1, finish ? DemoScenario::reliableFast() : DemoScenario::hostileFast(seed), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTimer clock;
    if (!finish) {
        QObject::connect(&clock, &QTimer::timeout, [&] { scenario.clock = nowUtcMillis(); });
        clock.start(5);
    }

    RandomAgent agent(seed);
    auto taken = [&] {
        auto q = StoreTestAccess::database(scenario.store->reader()).prepare("SELECT count(*) FROM outbox");
        q.step();
        return q.int64(0);
    };
    QTimer act;
    QObject::connect(&act, &QTimer::timeout, [&] {
        if (finish || taken() >= total)
            return;
        if (const auto action = agent.next(scenario.store->reader())) {
            auto receipt = scenario.store->apply(*action);
            receipt.waitForFinished();
            std::printf("queued %s\n", qPrintable(receipt.result().uuid));
            std::fflush(stdout);
        }
    });
    act.start(15);

    QTimer settle;
    if (finish) {
        QObject::connect(&settle, &QTimer::timeout, [&] {
            // Discard what the backend refused, as the agent would, so that nothing waits behind it.
            auto failed = StoreTestAccess::database(scenario.store->reader())
                              .prepare("SELECT uuid FROM outbox WHERE state = 'failed'");
            QStringList refused;
            while (failed.step())
                refused.append(failed.text(0));
            failed.run();
            for (const QString &uuid : refused)
                scenario.store->discardOutbox(uuid).waitForFinished();
            if (refused.isEmpty() && scenario.caughtUp()) {
                std::printf("done\n");
                std::fflush(stdout);
                act.stop();
                settle.stop();
                QCoreApplication::exit(0);
            }
        });
        settle.start(20);
        QTimer::singleShot(120000, [] { QCoreApplication::exit(3); });
    }
    const int code = QCoreApplication::exec();
    scenario.close();
    return code;
}
