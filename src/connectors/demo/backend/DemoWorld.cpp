#include "connectors/demo/backend/DemoWorld.h"

#include "connectors/demo/backend/DemoAgentActions.h"
#include "connectors/demo/backend/DemoDirectory.h"
#include "connectors/demo/backend/DemoSimulation.h"
#include "connectors/demo/backend/DemoWorldCore.h"

namespace kontor {

DemoWorld::DemoWorld(const DemoWorldConfig &config)
    : m_core(std::make_unique<DemoWorldCore>(config))
{}

DemoWorld::DemoWorld(std::unique_ptr<DemoWorldCore> core, DemoActionLedger ledger)
    : m_core(std::move(core))
    , m_ledger(std::move(ledger))
{}

DemoWorld::~DemoWorld() = default;
DemoWorld::DemoWorld(DemoWorld &&other) noexcept = default;
DemoWorld &DemoWorld::operator=(DemoWorld &&other) noexcept = default;

const DemoWorldConfig &DemoWorld::config() const
{
    return m_core->config;
}

UtcMillis DemoWorld::clock() const
{
    return m_core->clock;
}

void DemoWorld::advance(UtcMillis now)
{
    ++m_core->operations;
    DemoSimulation(*m_core).advance(now);
}

qint64 DemoWorld::lastSeq() const
{
    return m_core->store.lastSeq();
}

DemoChangePage DemoWorld::changesSince(qint64 cursor, int limit) const
{
    return m_core->store.changesSince(cursor, limit);
}

std::optional<DemoConversation> DemoWorld::conversation(const QString &id) const
{
    return m_core->store.conversation(id);
}

std::optional<DemoCustomer> DemoWorld::customer(const QString &id) const
{
    return m_core->store.customer(id);
}

std::optional<DemoMessage> DemoWorld::message(const QString &id) const
{
    return m_core->store.message(id);
}

std::optional<DemoAgent> DemoWorld::agent(const QString &id) const
{
    return m_core->store.agent(id);
}

QList<DemoMessage> DemoWorld::messages(const QString &conversationId) const
{
    return m_core->store.messagesOf(conversationId);
}

QStringList DemoWorld::conversationsOfCustomer(const QString &customerId) const
{
    return m_core->store.conversationsOf(customerId);
}

QList<DemoAgent> DemoWorld::agents() const
{
    return m_core->store.agents();
}

QList<DemoTeam> DemoWorld::teams() const
{
    return m_core->store.teams();
}

QList<DemoInbox> DemoWorld::inboxes() const
{
    return m_core->store.inboxes();
}

QList<DemoCannedResponse> DemoWorld::cannedResponses() const
{
    return m_core->store.cannedResponses();
}

QString DemoWorld::selfAgentId() const
{
    return demoSelfAgentId();
}

QStringList DemoWorld::activeConversations() const
{
    return m_core->active();
}

DemoWorldCounts DemoWorld::counts() const
{
    const DemoIdCounters &next = m_core->next;
    return {next.customer - 1, next.conversation - 1, next.message - 1, next.csat - 1};
}

DemoActionResult DemoWorld::apply(const DemoAction &action, UtcMillis now)
{
    advance(now);
    if (action.clientUuid.isEmpty()) {
        DemoActionResult result;
        result.rejection = DemoRejection::MissingClientUuid;
        result.kind = demoActionKind(action.payload);
        result.processedAt = m_core->clock;
        return result;
    }
    // Like a real server, the backend carries out whatever arrives, a repeat too: it does not deduplicate, so
    // that a client that resends blindly shows up in appliedCount(). It keeps the key with what it made, to
    // answer processedResult().
    const DemoActionResult result = DemoAgentActions(*m_core).apply(action, qMax(now, m_core->clock));
    m_ledger.record(action.clientUuid, result);
    return result;
}

bool DemoWorld::hasProcessed(const QString &clientUuid) const
{
    return m_ledger.find(clientUuid) != nullptr;
}

std::optional<DemoActionResult> DemoWorld::processedResult(const QString &clientUuid) const
{
    const DemoActionLedger::Entry *entry = m_ledger.find(clientUuid);
    if (!entry)
        return std::nullopt;
    return entry->result;
}

int DemoWorld::appliedCount(const QString &clientUuid) const
{
    const DemoActionLedger::Entry *entry = m_ledger.find(clientUuid);
    return entry ? entry->applied : 0;
}

int DemoWorld::receivedCount(const QString &clientUuid) const
{
    const DemoActionLedger::Entry *entry = m_ledger.find(clientUuid);
    return entry ? entry->received : 0;
}

const DemoActionLedger &DemoWorld::ledger() const
{
    return m_ledger;
}

bool DemoWorld::deleteCustomer(const QString &customerId)
{
    if (!m_core->store.eraseCustomer(customerId))
        return false;
    forgetDeletedConversations();
    return true;
}

bool DemoWorld::deleteConversation(const QString &conversationId)
{
    if (!m_core->store.eraseConversation(conversationId))
        return false;
    forgetDeletedConversations();
    return true;
}

void DemoWorld::forgetDeletedConversations()
{
    // The simulation picks from the active conversations: a deleted one is no longer among them. Scheduled
    // events for it find no conversation and pass.
    QStringList active = m_core->active();
    active.removeIf([this](const QString &id) { return m_core->store.isErased(id); });
    m_core->setActive(active);
    ++m_core->operations;
}

qint64 DemoWorld::operationCount() const
{
    return m_core->operations;
}

} // namespace kontor
