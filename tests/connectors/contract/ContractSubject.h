#pragma once

#include "store/Store.h"
#include "sync/NetworkPolicy.h"
#include "sync/SyncEngine.h"

#include <QStringList>
#include <memory>

namespace kontor::testing {

// One connector with its backend, as the contract suite drives it: Kontor's real store, sync engine and
// network policy, the connector under test, and the test's handles on the backend's side. The backend
// never deduplicates what it receives, so that the counts below show what the client sent.
class ContractSubject
{
public:
    virtual ~ContractSubject() = default;

    // Makes the backend, the store (in a temporary folder), the engine and the connector, and starts them.
    virtual void open() = 0;
    virtual Store &store() = 0;
    virtual SyncEngine &engine() = 0;
    virtual NetworkPolicy &policy() = 0;
    virtual Connector *connector() = 0;
    // The connector's account as its connector knows it.
    virtual AccountRecord account() const = 0;

    // Whether the backend lives on when its connector is removed (the demo's lives inside its connector).
    virtual bool backendOutlivesConnector() const { return true; }

    // --- the backend's side
    virtual QStringList backendConversations() = 0; // remote ids
    virtual QStringList backendMessages() = 0;      // remote ids
    // A customer writes a new message in one of the backend's conversations; quietly: no realtime event
    // (as if the client was not connected). Returns the message's remote id.
    virtual QString customerWrites(bool quietly) = 0;
    // The realtime connection breaks; the connector reconnects by itself.
    virtual void breakConnection() = 0;
    // From now on requests are carried out but their answers are lost, and so are the connector's attempts
    // to check what landed, until heal().
    virtual void loseAnswers() = 0;
    // Answers take longer than the test waits, until heal().
    virtual void holdAnswers() = 0;
    virtual void heal() = 0;
    // Forgets what the backend counted so far (where it counts by request rather than by key).
    virtual void forgetRequests() {}
    // How many times the backend received and carried out the entry, counted on the backend's side.
    virtual int timesCarriedOut(const QString &uuid) = 0;
};

std::unique_ptr<ContractSubject> makeExampleSubject();
std::unique_ptr<ContractSubject> makeDemoSubject();
std::unique_ptr<ContractSubject> makeChatwootSubject();

} // namespace kontor::testing
