#pragma once

#include "ui/WorkspaceContext.h"

#include <QString>
#include <memory>

namespace kontor {
class NetworkPolicy;
class Store;
class SyncEngine;
} // namespace kontor

namespace kontor::app {

struct RuntimeOptions
{
    QString storePath;      // empty: the store in the user's data folder
    bool connectors = true; // false: read the store only, touch no backend
    quint64 demoSeed = 0;   // 0: the demo's own default
};

// Everything the workspace runs on, in the order it must exist: the store first (the UI paints from it before
// any connector is touched), then the network policy, the sync engine and the configured connectors.
class WorkspaceRuntime
{
public:
    ~WorkspaceRuntime();

    // Opens the store; on failure returns null with a translated reason in error. A notice (a damaged store
    // was moved aside) is returned for the UI to show.
    static std::unique_ptr<WorkspaceRuntime> open(const RuntimeOptions &options, QString &error,
                                                  QString &notice);

    ui::WorkspaceContext context() const;
    // Adds the configured connectors (the demo contact center on a first start) and lets them connect.
    void startConnectors();

    static QString defaultStorePath();

private:
    WorkspaceRuntime() = default;

    RuntimeOptions options_;
    std::unique_ptr<Store> store_;
    std::unique_ptr<NetworkPolicy> network_;
    std::unique_ptr<SyncEngine> sync_;
};

} // namespace kontor::app
