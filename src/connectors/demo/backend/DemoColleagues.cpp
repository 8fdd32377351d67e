#include "connectors/demo/backend/DemoColleagues.h"

#include "connectors/demo/backend/DemoDirectory.h"
#include "connectors/demo/backend/DemoReactions.h"
#include "connectors/demo/backend/DemoTrafficRules.h"

#include <algorithm>

namespace kontor {

namespace {
constexpr qint64 kHour = 3600 * 1000;

bool atWork(const DemoAgent &agent)
{
    return !agent.isSelf && (agent.presence == Presence::Online || agent.presence == Presence::Busy);
}

bool waitsForAgent(const DemoConversation &conversation)
{
    return conversation.status == ConversationStatus::Open && conversation.waitingSince.has_value();
}
} // namespace

DemoColleagues::DemoColleagues(DemoWorldCore &core)
    : m_core(core)
{}

const DemoAgent *DemoColleagues::teammate(const DemoAgent &agent, const DemoConversation &conversation,
                                          DemoRandom &random) const
{
    QStringList members = demoTeamMembers(conversation.teamId);
    members.removeAll(agent.remoteId);
    return members.isEmpty() ? nullptr : demoDirectoryAgent(random.pick(members));
}

void DemoColleagues::act(DemoRandom &random, UtcMillis at)
{
    QList<DemoAgent> colleagues = m_core.store.agents();
    colleagues.removeIf([](const DemoAgent &agent) { return !atWork(agent); });
    if (colleagues.isEmpty())
        return;
    const DemoAgent agent = random.pick(colleagues);
    QStringList teams;
    for (const DemoTeam &team : m_core.store.teams()) {
        if (team.memberIds.contains(agent.remoteId))
            teams.append(team.remoteId);
    }

    QList<DemoConversation> mine;
    std::optional<DemoConversation> waitingMine;
    std::optional<DemoConversation> waitingUnassigned;
    std::optional<DemoConversation> quietMine; // pending for a while: probably done
    for (const QString &id : m_core.active()) {
        const std::optional<DemoConversation> conversation = m_core.store.conversation(id);
        if (!conversation)
            continue;
        const auto waitedLonger = [](const std::optional<DemoConversation> &best, const DemoConversation &c) {
            return !best || *c.waitingSince < *best->waitingSince;
        };
        if (conversation->assigneeId == agent.remoteId) {
            mine.append(*conversation);
            if (waitsForAgent(*conversation) && waitedLonger(waitingMine, *conversation))
                waitingMine = conversation;
            if (conversation->status == ConversationStatus::Pending &&
                conversation->lastActivityAt < at - 2 * kHour && !quietMine)
                quietMine = conversation;
        } else if (conversation->assigneeId.isEmpty() && teams.contains(conversation->teamId) &&
                   waitsForAgent(*conversation) && waitedLonger(waitingUnassigned, *conversation)) {
            waitingUnassigned = conversation;
        }
    }

    if (waitingMine) {
        respond(agent, *waitingMine, random, at);
    } else if (waitingUnassigned && mine.size() < agent.capacity) {
        DemoConversation conversation = *waitingUnassigned;
        conversation.assigneeId = agent.remoteId;
        const std::optional<DemoCustomer> customer = m_core.survivingCustomer(conversation.customerId);
        if (!customer)
            return;
        m_core.addMessage(conversation,
                          m_core.write(conversation, *customer, DemoBeat::Assigned, random, at, &agent));
        respond(agent, conversation, random, at + 1);
    } else if (quietMine && random.chance(0.5)) {
        resolveAs(agent, *quietMine, random, at);
    } else if (!mine.isEmpty() && random.chance(0.25)) {
        DemoConversation conversation = random.pick(mine);
        const std::optional<DemoCustomer> customer = m_core.survivingCustomer(conversation.customerId);
        if (!customer)
            return;
        const DemoMessage note = m_core.write(conversation, *customer, DemoBeat::Note, random, at, &agent,
                                              teammate(agent, conversation, random));
        m_core.addMessage(conversation, note);
    }
}

void DemoColleagues::respond(const DemoAgent &agent, DemoConversation conversation, DemoRandom &random,
                             UtcMillis at)
{
    const std::optional<DemoCustomer> customer = m_core.survivingCustomer(conversation.customerId);
    if (!customer)
        return;
    if (conversation.channel == Channel::Voice) {
        // A call back, and the notes taken during it.
        m_core.addMessage(conversation,
                          m_core.write(conversation, *customer, DemoBeat::Call, random, at, &agent));
        m_core.addMessage(conversation,
                          m_core.write(conversation, *customer, DemoBeat::CallNote, random, at + 1, &agent));
        if (random.chance(0.5))
            resolveAs(agent, conversation, random, at + 2);
        return;
    }
    if (demoIsChatChannel(conversation.channel) && random.chance(0.2)) {
        m_core.addMessage(conversation,
                          m_core.write(conversation, *customer, DemoBeat::AgentChat, random, at++, &agent));
    }
    const DemoMessage reply = m_core.write(conversation, *customer, DemoBeat::AgentReply, random, at, &agent);
    const QString messageId = reply.remoteId;
    if (random.chance(0.3))
        conversation.status = ConversationStatus::Pending; // waiting on the customer now
    conversation.agentLastSeenAt = at;
    m_core.addMessage(conversation, reply);
    DemoReactions(m_core).afterAgentMessage(conversation, messageId, at, random.next());
}

void DemoColleagues::resolveAs(const DemoAgent &agent, DemoConversation conversation, DemoRandom &random,
                               UtcMillis at)
{
    const std::optional<DemoCustomer> customer = m_core.survivingCustomer(conversation.customerId);
    if (!customer)
        return;
    conversation.status = ConversationStatus::Resolved;
    conversation.snoozedUntil.reset();
    conversation.snoozedUntilReply = false;
    conversation.agentLastSeenAt = at;
    m_core.addMessage(conversation,
                      m_core.write(conversation, *customer, DemoBeat::Resolved, random, at, &agent));
    DemoReactions(m_core).afterResolution(conversation, at, random.next());
}

void DemoColleagues::resolve(const QString &conversationId, const QString &agentId, DemoRandom &random,
                             UtcMillis at)
{
    const std::optional<DemoConversation> conversation = m_core.store.conversation(conversationId);
    const std::optional<DemoAgent> agent = m_core.store.agent(agentId);
    if (!conversation || !agent || !atWork(*agent) || conversation->assigneeId != agentId ||
        conversation->status == ConversationStatus::Resolved)
        return;
    resolveAs(*agent, *conversation, random, at);
}

void DemoColleagues::changePresence(DemoRandom &random, UtcMillis at)
{
    QList<DemoAgent> colleagues = m_core.store.agents();
    colleagues.removeIf([](const DemoAgent &agent) { return agent.isSelf; });
    if (colleagues.isEmpty())
        return;
    DemoAgent agent = random.pick(colleagues);
    // Mostly online, with breaks, calls and the odd shift end.
    switch (agent.presence) {
    case Presence::Online: {
        static constexpr Presence next[] = {Presence::Busy, Presence::Busy, Presence::Away, Presence::Away,
                                            Presence::Offline};
        agent.presence = random.pick(next);
        break;
    }
    case Presence::Busy:
        agent.presence = Presence::Online;
        break;
    case Presence::Away:
        agent.presence = random.chance(0.8) ? Presence::Online : Presence::Offline;
        break;
    case Presence::Offline:
        agent.presence = Presence::Online;
        break;
    }
    agent.presenceSince = at;
    agent.updatedAt = at;
    m_core.store.put(agent);
}

} // namespace kontor
