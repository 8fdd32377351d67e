#pragma once

#include "connectors/demo/backend/DemoCustomerFactory.h"
#include "connectors/demo/backend/DemoHistory.h"
#include "connectors/demo/backend/DemoMessageWriter.h"
#include "connectors/demo/backend/DemoRecordStore.h"
#include "connectors/demo/backend/DemoSchedule.h"
#include "connectors/demo/backend/DemoTextFacts.h"
#include "connectors/demo/backend/DemoWorldConfig.h"

#include <QSet>
#include <memory>

namespace kontor {

// The next number of each kind of record created after the epoch.
struct DemoIdCounters
{
    qint64 conversation = 1;
    qint64 message = 1;
    qint64 customer = 1;
    qint64 csat = 1;

    bool operator==(const DemoIdCounters &) const = default;
};

// The state a demo world is made of, shared by the parts that change it: the simulation, the agent's actions
// and the state file. DemoWorld is its public face; nothing outside the backend uses this directly.
class DemoWorldCore
{
public:
    // A new world: the fixed set-up at the first change positions, then the history, with the clock at the
    // epoch.
    explicit DemoWorldCore(const DemoWorldConfig &config);
    // A world to be filled from a state file: the history is planned, nothing is stored yet.
    DemoWorldCore(const DemoWorldConfig &config, int directoryRecords);

    const DemoWorldConfig config;
    const std::unique_ptr<const DemoHistory> history; // the store refers to it
    DemoRecordStore store;
    DemoSchedule schedule;
    DemoIdCounters next;
    UtcMillis clock = 0;
    qint64 operations = 0; // advance and apply calls so far
    qint64 journaled = 0;  // entries of a DemoDurableWorld's journal that this state includes
    const DemoCustomerFactory customers;

    QString takeConversationId();
    QString takeMessageId();
    QString takeCustomerId();
    QString takeCsatId();

    // Conversations not resolved, in the order they became so; the simulation picks from them.
    const QStringList &active() const { return m_active; }
    void setActive(const QStringList &ids);

    // Stores a conversation and keeps the list of active ones.
    void putConversation(const DemoConversation &conversation);
    // Stores a message and the conversation's new state (activity time, waiting, unread…).
    void addMessage(DemoConversation &conversation, DemoMessage message);
    // A customer, following merges to the one that absorbed them.
    std::optional<DemoCustomer> survivingCustomer(const QString &id) const;
    // The facts of the issue a conversation is about, from the conversation where it began.
    DemoTextFacts factsFor(const DemoConversation &conversation, const DemoCustomer &customer) const;
    // A new message in the conversation, written knowing what was said so far.
    DemoMessage write(const DemoConversation &conversation, const DemoCustomer &customer, DemoBeat beat,
                      DemoRandom &random, UtcMillis at, const DemoAgent *author,
                      const DemoAgent *mention = nullptr);

private:
    QStringList m_active;
    QSet<QString> m_activeSet;
};

} // namespace kontor
