#pragma once

#include "connectors/demo/DemoConnector.h"
#include "store/Store.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

namespace kontor::testing {

// A store, a sync engine and the demo connector on a clock the test moves, for tests that run the whole path
// from the demo backend to the store and back.
struct DemoScenario
{
    QString dir;
    UtcMillis clock = 1'795'000'000'000; // late 2026
    std::unique_ptr<Store> store;
    std::unique_ptr<NetworkPolicy> policy;
    std::unique_ptr<SyncEngine> engine;
    DemoConnector *connector = nullptr;

    static DemoWorldConfig smallWorld(quint64 seed)
    {
        DemoWorldConfig config;
        config.seed = seed;
        config.historyConversations = 30;
        config.historyMessages = 240;
        config.historyDays = 5;
        config.arrivalsPerHour = 240;
        config.colleagueActionsPerHour = 900;
        config.tickMillis = 1000;
        return config;
    }

    // Failures as on a bad day, squeezed into milliseconds so that a test sees many of them.
    static DemoFaultConfig hostileFast(quint64 seed)
    {
        DemoFaultConfig f = DemoFaultConfig::hostile(seed);
        f.baseLatencyMillis = 1;
        f.latencyJitterMillis = 4;
        f.slowLatencyMillis = 40;
        f.timeoutMillis = 25;
        return f;
    }

    static DemoFaultConfig reliableFast()
    {
        DemoFaultConfig f = DemoFaultConfig::reliable();
        f.baseLatencyMillis = 0;
        f.latencyJitterMillis = 1;
        return f;
    }

    bool open(quint64 seed, const DemoFaultConfig &faults, QString *error = nullptr)
    {
        StoreOpenResult opened = Store::open(dir + QStringLiteral("/kontor.db"));
        if (!opened.store) {
            if (error)
                *error = opened.error;
            return false;
        }
        store = std::move(opened.store);
        policy = std::make_unique<NetworkPolicy>();
        policy->setWorkOffline(false);
        policy->setSystemReachable(true);
        engine = std::make_unique<SyncEngine>(*store, *policy);
        engine->setBackoff(net::Backoff(std::chrono::milliseconds(5), std::chrono::milliseconds(60)));
        engine->seedRandom(quint32(seed));
        DemoConnectorOptions options;
        options.stateFile = dir + QStringLiteral("/demo.state");
        options.world = smallWorld(seed);
        options.world.epoch = clock;
        options.faults = faults;
        options.tickMillis = 10;
        options.pageSize = 100;
        options.clock = [this] { return clock; };
        auto made = std::make_unique<DemoConnector>(options);
        connector = made.get();
        engine->addConnector(std::move(made));
        return true;
    }

    void close()
    {
        engine.reset();
        policy.reset();
        store.reset();
        connector = nullptr;
    }

    bool hasUnfinishedOutbox() const
    {
        const auto counts = store->reader().outbox().countsByState();
        return counts.value(OutboxState::Queued) + counts.value(OutboxState::Sending) +
                   counts.value(OutboxState::Uncertain) >
               0;
    }

    bool caughtUp() const
    {
        const auto counts = store->reader().outbox().countsByState();
        const auto account = store->reader().directory().accountId(QStringLiteral("demo"),
                                                                   QStringLiteral("demo-contact-center"));
        if (!account)
            return false;
        const QString saved =
            store->reader().directory().syncCursor(*account, SyncEngine::cursorStream()).value_or(QString());
        return saved == QString::number(connector->cursor()) &&
               engine->state(connector).phase == ConnectorState::Phase::Online &&
               counts.value(OutboxState::Queued) == 0 && counts.value(OutboxState::Sending) == 0 &&
               counts.value(OutboxState::Uncertain) == 0 && counts.value(OutboxState::Unknown) == 0 &&
               connector->cursor() == connector->world().lastSeq() && engine->inFlightCount() == 0;
    }
};

} // namespace kontor::testing
