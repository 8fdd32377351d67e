#include "connectors/demo/backend/DemoWorldCore.h"

#include "connectors/demo/backend/DemoDirectory.h"
#include "connectors/demo/backend/DemoTrafficRules.h"

namespace kontor {

namespace {
int directoryRecordCount()
{
    static const int count = DemoDirectory::build(0).recordCount();
    return count;
}
} // namespace

DemoWorldCore::DemoWorldCore(const DemoWorldConfig &config, int directoryRecords)
    : config(config.sanitised())
    , history(std::make_unique<DemoHistory>(this->config, directoryRecords + 1))
    , store(*history)
    , clock(this->config.epoch)
    , customers(this->config.seed)
{
    const DemoHistoryPlan &plan = history->plan();
    next = {plan.conversationCount() + 1, plan.messageCount() + 1, plan.customerCount() + 1,
            plan.csatCount() + 1};
}

DemoWorldCore::DemoWorldCore(const DemoWorldConfig &config)
    : DemoWorldCore(config, directoryRecordCount())
{
    // The set-up takes the first change positions, before the history: agents before the teams listing them,
    // teams before the inboxes routing to them.
    const DemoDirectory directory = DemoDirectory::build(this->config.epoch);
    store.setLastSeq(0);
    for (const DemoAgent &agent : directory.agents)
        store.put(agent);
    for (const DemoTeam &team : directory.teams)
        store.put(team);
    for (const DemoInbox &inbox : directory.inboxes)
        store.put(inbox);
    for (const DemoCannedResponse &canned : directory.cannedResponses)
        store.put(canned);
    store.setLastSeq(history->lastSeq());

    const DemoHistoryPlan &plan = history->plan();
    for (int number = 1; number <= plan.conversationCount(); ++number) {
        const ConversationStatus status = plan.conversation(number).status;
        if (status == ConversationStatus::Resolved)
            continue;
        const QString id = DemoHistory::conversationId(number);
        m_active.append(id);
        m_activeSet.insert(id);
        if (status != ConversationStatus::Snoozed)
            continue;
        const std::optional<DemoConversation> conversation = store.conversation(id);
        if (conversation && conversation->snoozedUntil)
            schedule.add(
                {*conversation->snoozedUntil, 0, DemoScheduledEvent::Kind::SnoozeWake, id, {}, {}, 0});
    }
}

QString DemoWorldCore::takeConversationId()
{
    return DemoHistory::conversationId(next.conversation++);
}

QString DemoWorldCore::takeMessageId()
{
    return DemoHistory::messageId(next.message++);
}

QString DemoWorldCore::takeCustomerId()
{
    return DemoCustomerFactory::remoteIdFor(next.customer++);
}

QString DemoWorldCore::takeCsatId()
{
    return DemoHistory::csatId(next.csat++);
}

void DemoWorldCore::setActive(const QStringList &ids)
{
    m_active = ids;
    m_activeSet = QSet<QString>(ids.cbegin(), ids.cend());
}

void DemoWorldCore::putConversation(const DemoConversation &conversation)
{
    store.put(conversation);
    const bool active = conversation.status != ConversationStatus::Resolved;
    if (active && !m_activeSet.contains(conversation.remoteId)) {
        m_active.append(conversation.remoteId);
        m_activeSet.insert(conversation.remoteId);
    } else if (!active && m_activeSet.remove(conversation.remoteId)) {
        m_active.removeOne(conversation.remoteId);
    }
}

void DemoWorldCore::addMessage(DemoConversation &conversation, DemoMessage message)
{
    message.updatedAt = message.createdAt;
    const UtcMillis at = message.createdAt;
    store.put(std::move(message));
    demoDeriveConversationState(conversation, store.messagesOf(conversation.remoteId), false);
    conversation.updatedAt = qMax(conversation.updatedAt, at);
    putConversation(conversation);
}

std::optional<DemoCustomer> DemoWorldCore::survivingCustomer(const QString &id) const
{
    std::optional<DemoCustomer> customer = store.customer(id);
    for (int hops = 0; customer && !customer->mergedIntoId.isEmpty() && hops < 16; ++hops)
        customer = store.customer(customer->mergedIntoId);
    return customer;
}

DemoTextFacts DemoWorldCore::factsFor(const DemoConversation &conversation,
                                      const DemoCustomer &customer) const
{
    DemoConversation root = conversation;
    for (int hops = 0; !root.relatedConversationId.isEmpty() && hops < 16; ++hops) {
        const std::optional<DemoConversation> earlier = store.conversation(root.relatedConversationId);
        if (!earlier)
            break;
        root = *earlier;
    }
    return DemoTextFacts::make(config.seed, DemoHistory::numberOf(root.remoteId, u"conv-"), root.createdAt,
                               customer);
}

DemoMessage DemoWorldCore::write(const DemoConversation &conversation, const DemoCustomer &customer,
                                 DemoBeat beat, DemoRandom &random, UtcMillis at, const DemoAgent *author,
                                 const DemoAgent *mention)
{
    DemoMessageWriter writer(conversation, customer, factsFor(conversation, customer));
    // Only the last message of each side matters: replies quote it.
    const QList<DemoMessage> messages = store.messagesOf(conversation.remoteId);
    const DemoMessage *lastIncoming = nullptr;
    const DemoMessage *lastOutgoing = nullptr;
    const DemoMessage *lastCall = nullptr;
    for (const DemoMessage &message : messages) {
        if (message.kind == MessageKind::Incoming)
            lastIncoming = &message;
        else if (message.kind == MessageKind::Outgoing)
            lastOutgoing = &message;
        if (message.callSeconds > 0)
            lastCall = &message;
    }
    for (const DemoMessage *message : {lastCall, lastIncoming, lastOutgoing}) {
        if (message)
            writer.remember(*message);
    }
    return writer.write(beat, random, at, takeMessageId(), author, mention);
}

} // namespace kontor
