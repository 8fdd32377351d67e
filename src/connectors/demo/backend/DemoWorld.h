#pragma once

#include "connectors/demo/backend/DemoActionLedger.h"
#include "connectors/demo/backend/DemoActions.h"
#include "connectors/demo/backend/DemoRecordStore.h"
#include "connectors/demo/backend/DemoRecords.h"
#include "connectors/demo/backend/DemoWorldConfig.h"

#include <memory>

namespace kontor {

class DemoWorldCore;

// How many records of each kind the world has made so far (history included).
struct DemoWorldCounts
{
    qint64 customers = 0;
    qint64 conversations = 0;
    qint64 messages = 0;
    qint64 csatAnswers = 0;
};

// The demo contact center's backend: the "remote server" of the built-in demo connector, in process.
//
// It keeps its records (inboxes, teams, agents, customers, conversations, messages, CSAT answers, canned
// responses) with stable remote ids and a change feed, lets time pass with customers and colleagues at work,
// and applies the signed-in agent's actions exactly once per idempotency key. Calls are synchronous and
// cheap; the connector adds latency and faults around them (DemoFaultPlan). Not thread-safe: one thread uses
// it.
class DemoWorld
{
public:
    // A new world from its configuration (see validationError()); the same configuration gives the same
    // world.
    explicit DemoWorld(const DemoWorldConfig &config);
    ~DemoWorld();
    DemoWorld(DemoWorld &&other) noexcept;
    DemoWorld &operator=(DemoWorld &&other) noexcept;

    const DemoWorldConfig &config() const;

    // --- time
    // ------------------------------------------------------------------------------------------------- The
    // backend's clock: the end of the last simulated tick.
    UtcMillis clock() const;
    // Lets the world live up to `now`: arrivals, replies, colleagues, deliveries, snoozes, survey answers.
    void advance(UtcMillis now);

    // --- reading
    // ------------------------------------------------------------------------------------------------ The
    // latest change position: a client that has applied everything up to it is in sync.
    qint64 lastSeq() const;
    // Everything changed after `cursor` (0 for everything), at most `limit` changes, in change order. Apply
    // the pages in order: a change never refers to a record the client has not been given yet.
    DemoChangePage changesSince(qint64 cursor, int limit = 500) const;

    std::optional<DemoConversation> conversation(const QString &id) const;
    std::optional<DemoCustomer> customer(const QString &id) const;
    std::optional<DemoMessage> message(const QString &id) const;
    std::optional<DemoAgent> agent(const QString &id) const;
    QList<DemoMessage> messages(const QString &conversationId) const;
    QStringList conversationsOfCustomer(const QString &customerId) const;
    QList<DemoAgent> agents() const;
    QList<DemoTeam> teams() const;
    QList<DemoInbox> inboxes() const;
    QList<DemoCannedResponse> cannedResponses() const;
    QString selfAgentId() const;
    // Conversations that are not resolved, oldest first.
    QStringList activeConversations() const;
    DemoWorldCounts counts() const;

    // --- the agent's actions
    // ------------------------------------------------------------------------------------ Applies an action
    // once per client UUID: the same UUID again returns the first result and changes nothing. The world is
    // advanced to `now` first, as a server is always up to date.
    DemoActionResult apply(const DemoAction &action, UtcMillis now);
    // Whether an action with this key landed (accepted or rejected), so a client can check before resending.
    bool hasProcessed(const QString &clientUuid) const;
    std::optional<DemoActionResult> processedResult(const QString &clientUuid) const;
    // How many times the action with this key changed the world (0 or 1) and how often the key arrived.
    int appliedCount(const QString &clientUuid) const;
    int receivedCount(const QString &clientUuid) const;
    const DemoActionLedger &ledger() const;

    // --- deletions
    // The backend deletes a contact with their conversations, or one conversation, as a real one can: gone
    // from the world and from its state file at the next save, and announced in the change feed
    // (DemoChange::deleted). Also what follows when the agent erases a demo customer here: the backend lives
    // on this computer. false when there was no such record (or it was deleted already).
    bool deleteCustomer(const QString &customerId);
    bool deleteConversation(const QString &conversationId);

    // Calls of advance(), apply() and the deletions so far: when it has not moved, the world has not changed.
    qint64 operationCount() const;

private:
    friend class DemoStateFile;
    friend class DemoDurableWorld;
    DemoWorld(std::unique_ptr<DemoWorldCore> core, DemoActionLedger ledger);
    void forgetDeletedConversations();

    std::unique_ptr<DemoWorldCore> m_core;
    DemoActionLedger m_ledger;
};

} // namespace kontor
