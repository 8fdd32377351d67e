#include "connectors/demo/backend/DemoArrivals.h"

#include "connectors/demo/backend/DemoDirectory.h"
#include "connectors/demo/backend/DemoTrafficRules.h"

namespace kontor {

DemoArrivals::DemoArrivals(DemoWorldCore &core)
    : m_core(core)
{}

QString DemoArrivals::arrive(DemoRandom &random, UtcMillis at)
{
    std::optional<DemoConversation> previous;
    std::optional<DemoCustomer> customer;
    Channel channel = Channel::Email;
    std::optional<DemoTopic> topic;
    const double roll = random.uniform();
    if (roll < 0.12 && !m_core.active().isEmpty()) {
        // The customer of an open issue tries another channel.
        previous = m_core.store.conversation(random.pick(m_core.active()));
        if (previous) {
            customer = m_core.survivingCustomer(previous->customerId);
            channel = demoDrawChannel(random, previous->channel);
            topic = demoTopicFromKey(previous->topic);
        }
    } else if (roll < 0.25 && m_core.next.customer > 1) {
        customer = m_core.survivingCustomer(DemoCustomerFactory::remoteIdFor(
            1 + random.below(int(qMin<qint64>(m_core.next.customer - 1, 1 << 30)))));
        channel = demoDrawChannel(random);
    } else {
        channel = demoDrawChannel(random);
    }
    if (!customer) {
        previous.reset();
        customer = m_core.customers.make(m_core.next.customer++, at, demoChannelBit(channel));
        m_core.store.put(*customer);
    } else if (m_core.customers.addIdentityFor(*customer, channel)) {
        customer->updatedAt = at;
        m_core.store.put(*customer);
    }
    if (!topic)
        topic = demoDrawTopic(random, channel);

    DemoConversation conversation;
    conversation.remoteId = m_core.takeConversationId();
    conversation.customerId = customer->remoteId;
    conversation.status = ConversationStatus::Open;
    conversation.createdAt = at;
    conversation.lastActivityAt = at;
    conversation.updatedAt = at;
    if (previous)
        conversation.relatedConversationId = previous->remoteId;
    demoStartConversation(conversation, random, channel, *topic, *customer,
                          m_core.factsFor(conversation, *customer));

    // Calls are picked up by whoever of the team is free; other traffic waits in the queue unless routed to
    // "me".
    const DemoAgent *answering = nullptr;
    if (channel == Channel::Voice) {
        for (const QString &id : demoTeamMembers(conversation.teamId)) {
            const std::optional<DemoAgent> agent = m_core.store.agent(id);
            if (agent && !agent->isSelf && agent->presence == Presence::Online) {
                answering = demoDirectoryAgent(id);
                break;
            }
        }
        if (answering)
            conversation.assigneeId = answering->remoteId;
    } else if (random.chance(m_core.config.selfAssignShare)) {
        conversation.assigneeId = demoSelfAgentId();
    }
    m_core.putConversation(conversation);

    UtcMillis when = at;
    const auto add = [&](DemoBeat beat, const DemoAgent *author) {
        m_core.addMessage(conversation, m_core.write(conversation, *customer, beat, random, when++, author));
    };
    if (previous)
        add(DemoBeat::ChannelSwitched, nullptr);
    if (channel == Channel::Voice && answering) {
        add(DemoBeat::Call, answering);
        add(DemoBeat::CallNote, answering);
    } else if (channel == Channel::Voice) {
        add(DemoBeat::Voicemail, nullptr);
    } else {
        add(DemoBeat::Opening, nullptr);
        if (!conversation.assigneeId.isEmpty())
            add(DemoBeat::Assigned, nullptr);
    }
    return conversation.remoteId;
}

} // namespace kontor
