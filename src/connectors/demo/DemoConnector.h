#pragma once

#include "connectors/demo/backend/DemoFaultPlan.h"
#include "connectors/demo/backend/DemoWorld.h"
#include "connectors/demo/backend/DemoWorldConfig.h"
#include "net/Backoff.h"
#include "store/erasure/ErasureReport.h"
#include "sync/Connector.h"

#include <QTimer>
#include <functional>
#include <optional>

namespace kontor {

struct DemoConnectorOptions
{
    QString stateFile;                                    // where the demo backend keeps its state
    DemoWorldConfig world;                                // for a backend that has no state file yet
    DemoFaultConfig faults = DemoFaultConfig::reliable(); // the "network" between Kontor and the backend
    int pageSize = 500;
    int tickMillis = 1000;  // how often the backend lives on and pushes what changed
    int saveEveryTicks = 5; // the backend's own state is saved at least this often (and after every action)
    std::function<UtcMillis()> clock = &nowUtcMillis;
};

// The built-in demo contact center as a connector: an in-process backend (DemoWorld) with its own state file,
// reached through a simulated network with latency and faults (DemoFaultPlan). It syncs from a change cursor,
// pushes changes as they happen, fills every gap from its cursor after a disconnect, and delivers the outbox
// exactly once per uuid — checking first, after an interruption, whether an entry already landed.
class DemoConnector : public Connector
{
    Q_OBJECT
public:
    explicit DemoConnector(DemoConnectorOptions options, QObject *parent = nullptr);
    ~DemoConnector() override;

    AccountRecord account() const override;
    ConnectorCapabilities capabilities() const override;
    void start(const QString &cursor) override;
    void stop() override;
    void deliver(const DeliveryRequest &request) override;

    // The backend as it is now, for tests and benchmarks.
    DemoWorld &world() { return *world_; }
    // Why the backend's state file could not be read when the connector was made (it then started afresh).
    QString loadProblem() const { return loadProblem_; }
    // Saves the backend's state now; false (with the reason logged) when it could not be written.
    bool saveWorld();
    // Customers or conversations of this account were erased from the store: the backend lives on this
    // computer too, so it deletes them as well, and its state file (with the copy of the previous save) is
    // written again without them.
    void eraseLocally(const kontor::ErasureReport &report);
    // Changes the simulated network from now on (the network heals, or gets worse).
    void setFaults(const DemoFaultConfig &faults) { faults_ = DemoFaultPlan(faults); }
    // The change position the connector has passed on to the store.
    qint64 cursor() const { return cursor_; }
    // Requests the simulated network failed so far (offline, errors, timeouts, dropped connections).
    qint64 failedRequests() const { return failedRequests_; }

private:
    void tick();
    void fetch();
    void retryFetchLater(const DemoFaultDecision &decision);
    void setState(const ConnectorState &state);
    // Goes back to the state last saved, after a change could not be saved: the backend never keeps (or
    // confirms) what it could not persist.
    void rollBackWorld();
    QString describeFailure(const DemoFaultDecision &decision) const;
    UtcMillis now() const { return options_.clock(); }

    DemoConnectorOptions options_;
    std::optional<DemoWorld> world_;
    DemoFaultPlan faults_;
    net::Backoff backoff_;
    QRandomGenerator random_;
    QTimer ticker_;
    QString loadProblem_;
    ConnectorState state_;
    qint64 cursor_ = 0;
    qint64 syncStart_ = 0;
    bool running_ = false;
    bool fetching_ = false;
    bool firstSync_ = false;
    int failures_ = 0;
    qint64 failedRequests_ = 0;
    int ticksSinceSave_ = 0;
    qint64 savedOperations_ = -1;
    UtcMillis lastTick_ = 0;
    quint64 generation_ = 0; // bumps on stop(), so late answers of an earlier connection are dropped
};

} // namespace kontor
