// Kontor without a window for the power-cut test: its store on a VFS that loses unsynced writes, the sync
// engine and the Chatwoot connector against a fake Chatwoot. It takes replies and notes on the account's
// web-chat conversations until the outbox holds --actions of them (printing "queued <uuid>" once each is
// durable), then waits until every one is confirmed and prints "done". The power goes out by itself at the
// --cut-after-th write or sync of the store's files (0: never), whatever is happening then.
#include "PowerCutVfs.h"
#include "connectors/chatwoot/ChatwootConnector.h"
#include "secrets/MemorySecretStore.h"
#include "store/Store.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>
#include <cstdio>

using namespace kontor;
using namespace std::chrono_literals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("where the store lives"));
    parser.addPositionalArgument(QStringLiteral("server"), QStringLiteral("the fake Chatwoot's URL"));
    parser.addOption({QStringLiteral("token"), QStringLiteral("access token"), QStringLiteral("token")});
    parser.addOption({QStringLiteral("cut-after"), QStringLiteral("writes and syncs before the power goes"),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("cut-near-delivery"),
                      QStringLiteral("cut within n writes and syncs after an entry is first seen on its way"),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("actions"), QStringLiteral("actions in all"), QStringLiteral("n"),
                      QStringLiteral("40")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("n"), QStringLiteral("1")});
    parser.process(app);
    if (parser.positionalArguments().size() != 2)
        return 2;
    testing::power_cut::install(parser.value(QStringLiteral("cut-after")).toULongLong());

    const QString dir = parser.positionalArguments().at(0);
    StoreOpenResult opened = Store::open(dir + QStringLiteral("/kontor.db"));
    if (!opened.store) {
        std::fprintf(stderr, "store: %s\n", qPrintable(opened.error));
        return 1;
    }
    Store &store = *opened.store;
    {
        // What the last run left on its way: these are checked before anything else.
        auto q = StoreTestAccess::database(store.reader())
                     .prepare("SELECT count(*) FROM outbox WHERE state IN ('sending', 'uncertain')");
        std::printf("in-flight %lld\n", q.step() ? q.int64(0) : 0LL);
        std::fflush(stdout);
    }
    NetworkPolicy policy;
    policy.setWorkOffline(false);
    policy.setSystemReachable(true);
    SyncEngine engine(store, policy);
    engine.setBackoff(net::Backoff(10ms, 80ms));

    chatwoot::ChatwootAccount account;
    account.server = QUrl(parser.positionalArguments().at(1));
    account.accountId = 1;
    account.accountName = QStringLiteral("Acme Support");
    account.userId = 1;
    account.userName = QStringLiteral("Ada Agent");
    MemorySecretStore secrets;
    secrets.write(account.secretKey(), parser.value(QStringLiteral("token")), [](const QString &) {});
    chatwoot::SyncOptions options;
    options.retryPause = 10ms;
    options.requestTimeout = 400ms;
    options.reconnectBase = 20ms;
    options.reconnectCap = 200ms;
    engine.addConnector(std::make_unique<chatwoot::ChatwootConnector>(
        account, &secrets, options, IdentitySettings{QStringLiteral("DE")}));

    const int total = parser.value(QStringLiteral("actions")).toInt();
    QRandomGenerator random(parser.value(QStringLiteral("seed")).toUInt());
    auto count = [&](const char *sql) {
        auto q = StoreTestAccess::database(store.reader()).prepare(sql);
        return q.step() ? q.int64(0) : 0;
    };
    bool applying = false;
    const int nearDelivery = parser.value(QStringLiteral("cut-near-delivery")).toInt();
    bool armed = false;
    QTimer work;
    QObject::connect(&work, &QTimer::timeout, [&] {
        if (nearDelivery > 0 && !armed && count("SELECT count(*) FROM outbox WHERE state = 'sending'") > 0) {
            // Something is on its way: the power goes within the next few writes (the answer's commit, say).
            testing::power_cut::cutAfterMore(1 + random.bounded(nearDelivery));
            armed = true;
        }
        if (applying)
            return;
        if (count("SELECT count(*) FROM outbox") < total) {
            QList<qint64> conversations;
            auto q = StoreTestAccess::database(store.reader())
                         .prepare("SELECT id FROM conversations WHERE channel = "
                                  "'webchat' AND remote_id IS NOT NULL ORDER BY id");
            while (q.step())
                conversations.append(q.int64(0));
            q.run();
            if (conversations.isEmpty())
                return; // not synced yet
            const qint64 conversation = conversations[int(random.bounded(int(conversations.size())))];
            const bool note = random.bounded(4) == 0;
            SendMessage message{conversation,
                                note ? QStringLiteral("Checked.") : QStringLiteral("OK, thank you"),
                                BodyFormat::Plain,
                                note,
                                {},
                                {}};
            applying = true;
            store.apply(message).then(&app, [&applying](const ActionReceipt &receipt) {
                std::printf("queued %s\n", qPrintable(receipt.uuid));
                std::fflush(stdout);
                applying = false;
            });
            return;
        }
        if (count("SELECT count(*) FROM outbox WHERE state <> 'confirmed'") == 0) {
            std::printf("done\n");
            std::fflush(stdout);
            QCoreApplication::exit(0);
        }
    });
    work.start(5);
    return app.exec();
}
