#pragma once

#include "connectors/demo/backend/DemoWorldConfig.h"
#include "sync/AccountConnectors.h"
#include "sync/ConnectorState.h"

#include <QObject>
#include <QPointer>

namespace kontor {
class DemoConnector;
class Store;
class SyncEngine;
} // namespace kontor

namespace kontor {

// The demo contact center as an account the agent chose, like any other: started only when chosen (at the
// first run, or later from the Accounts menu), and removable with everything it brought. The choice is kept
// in the user's settings; a store that holds the demo's conversations already keeps its demo.
class DemoAccount : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString stateFile;       // the demo backend's state, beside the store
        DemoWorldConfig world{}; // for a backend that has no state file yet
        bool connect = true;     // false: the choice is kept, but no connector runs
    };

    DemoAccount(Store &store, SyncEngine &engine, Options options, QObject *parent = nullptr);
    ~DemoAccount() override;

    // The state file beside a store.
    static QString stateFileFor(const QString &storePath);

    bool isChosen() const;
    // Whether the agent decided, either way (a welcome need not ask again).
    bool isDecided() const;
    QString name() const;
    ConnectorState state() const;

    // Starts the demo if the agent chose it earlier.
    void startIfChosen();
    // The agent chose the demo: kept, and started at once.
    void choose();
    // Keeps the choice of the demo without starting it (startIfChosen() does, with the other connectors).
    void keepChosen();
    // The agent chose another account instead: the demo is not started.
    void decline();
    // Stops the demo and forgets the choice; with eraseData, everything it brought to this computer goes too
    // (its conversations, customers only it knew, unsent actions, and its backend's state file).
    void remove(bool eraseData);

    DemoConnector *connector() const;

Q_SIGNALS:
    void changed();

private:
    void start();
    void setChoice(const QString &choice);

    Store &store_;
    Options options_;
    AccountConnectors running_; // the demo's connector in the engine, while it runs
};

} // namespace kontor
