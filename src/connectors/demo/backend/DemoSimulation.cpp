#include "connectors/demo/backend/DemoSimulation.h"

#include "connectors/demo/backend/DemoArrivals.h"
#include "connectors/demo/backend/DemoColleagues.h"
#include "connectors/demo/backend/DemoReactions.h"
#include "connectors/demo/backend/DemoTrafficRules.h"

namespace kontor {

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr double kHourMillis = 3600.0 * 1000.0;
} // namespace

DemoSimulation::DemoSimulation(DemoWorldCore &core)
    : m_core(core)
{}

void DemoSimulation::advance(UtcMillis now)
{
    const qint64 tick = m_core.config.tickMillis;
    const UtcMillis epoch = m_core.config.epoch;
    if (now - m_core.clock > m_core.config.maxCatchUpMillis) {
        // A world left alone for long resumes on the tick grid without replaying the quiet time in between,
        // but only after the stretch right after its clock, which a client may have seen before a crash.
        runUntil(qMin(now, m_core.clock + m_core.config.resumeMarginMillis()));
        if (now - m_core.clock > m_core.config.maxCatchUpMillis) {
            const UtcMillis resume = now - m_core.config.maxCatchUpMillis;
            m_core.clock = qMax(m_core.clock, epoch + (resume - epoch) / tick * tick);
        }
    }
    runUntil(now);
}

void DemoSimulation::runUntil(UtcMillis now)
{
    const qint64 tick = m_core.config.tickMillis;
    while (m_core.clock + tick <= now) {
        const UtcMillis start = m_core.clock;
        runTick((start - m_core.config.epoch) / tick, start, start + tick);
        m_core.clock = start + tick;
    }
}

void DemoSimulation::runTick(qint64 tickIndex, UtcMillis start, UtcMillis end)
{
    UtcMillis latest = start;
    while (const std::optional<DemoScheduledEvent> event = m_core.schedule.takeDue(end)) {
        latest = qMax(latest, event->dueAt);
        handle(*event, qMax(event->dueAt, start));
    }

    DemoRandom random(m_core.config.seed, DemoRandom::Stream::Tick, quint64(tickIndex));
    const double hours = double(end - start) / kHourMillis;
    const int arrivals = random.poisson(m_core.config.arrivalsPerHour * hours);
    const int actions = random.poisson(m_core.config.colleagueActionsPerHour * hours);
    const int presenceChanges = random.poisson(m_core.config.presenceChangesPerHour * hours);
    // What happens at random in a tick happens after what was scheduled in it, so a conversation's messages
    // never go back in time.
    const auto when = [&]() { return qMax(latest + 1, start + random.betweenMillis(0, end - start - 1)); };
    DemoArrivals arrivalsDesk(m_core);
    for (int i = 0; i < arrivals; ++i)
        arrivalsDesk.arrive(random, when());
    DemoColleagues colleagues(m_core);
    for (int i = 0; i < actions; ++i)
        colleagues.act(random, when());
    for (int i = 0; i < presenceChanges; ++i)
        colleagues.changePresence(random, when());
}

void DemoSimulation::handle(const DemoScheduledEvent &event, UtcMillis at)
{
    DemoRandom random(m_core.config.seed, DemoRandom::Stream::Action,
                      DemoRandom::hashOf(event.conversationId) ^ quint64(event.order));
    switch (event.kind) {
    case DemoScheduledEvent::Kind::CustomerReply:
        customerReplies(event, random, at);
        break;
    case DemoScheduledEvent::Kind::DeliveryUpdate:
        updateDelivery(event, random, at);
        break;
    case DemoScheduledEvent::Kind::CsatAnswer:
        answerSurvey(event, random, at);
        break;
    case DemoScheduledEvent::Kind::SnoozeWake:
        wakeFromSnooze(event, at);
        break;
    case DemoScheduledEvent::Kind::ColleagueResolve:
        DemoColleagues(m_core).resolve(event.conversationId, event.agentId, random, at);
        break;
    }
}

void DemoSimulation::customerReplies(const DemoScheduledEvent &event, DemoRandom &random, UtcMillis at)
{
    std::optional<DemoConversation> conversation = m_core.store.conversation(event.conversationId);
    if (!conversation)
        return;
    const bool thanks = event.detail == 1;
    if (thanks && conversation->status == ConversationStatus::Resolved)
        return; // nothing left to thank for: it was closed in the meantime
    const std::optional<DemoCustomer> customer = m_core.survivingCustomer(conversation->customerId);
    if (!customer)
        return;
    DemoBeat beat = thanks ? DemoBeat::Thanks : DemoBeat::FollowUp;
    if (conversation->channel == Channel::Voice)
        beat = DemoBeat::Voicemail;
    else if (!thanks && demoIsChatChannel(conversation->channel) && random.chance(0.15))
        beat = DemoBeat::CustomerChat;
    const DemoMessage message = m_core.write(*conversation, *customer, beat, random, at, nullptr);
    // The customer writing wakes a snoozed conversation and reopens a pending or resolved one.
    conversation->status = ConversationStatus::Open;
    conversation->snoozedUntil.reset();
    conversation->snoozedUntilReply = false;
    m_core.addMessage(*conversation, message);

    const QString assignee = conversation->assigneeId;
    if (thanks && !assignee.isEmpty() && assignee != demoSelfAgentId()) {
        m_core.schedule.add({at + random.betweenMillis(2 * kMinute, 30 * kMinute),
                             0,
                             DemoScheduledEvent::Kind::ColleagueResolve,
                             conversation->remoteId,
                             {},
                             assignee,
                             0});
    }
}

void DemoSimulation::updateDelivery(const DemoScheduledEvent &event, DemoRandom &random, UtcMillis at)
{
    std::optional<DemoMessage> message = m_core.store.message(event.messageId);
    const auto target = DeliveryState(event.detail);
    if (!message || message->deliveryState == DeliveryState::Failed ||
        int(message->deliveryState) >= int(target))
        return;
    message->deliveryState = target;
    message->updatedAt = at;
    m_core.store.put(*message);
    // Chat apps report when the customer has read it; email and SMS stop at delivered.
    if (target == DeliveryState::Delivered && demoIsChatChannel(message->channel) && random.chance(0.85)) {
        m_core.schedule.add({at + random.betweenMillis(10 * kSecond, 20 * kMinute),
                             0,
                             DemoScheduledEvent::Kind::DeliveryUpdate,
                             event.conversationId,
                             event.messageId,
                             {},
                             int(DeliveryState::Read)});
    }
}

void DemoSimulation::answerSurvey(const DemoScheduledEvent &event, DemoRandom &random, UtcMillis at)
{
    const std::optional<DemoConversation> conversation = m_core.store.conversation(event.conversationId);
    if (!conversation || conversation->status != ConversationStatus::Resolved)
        return;
    const std::optional<DemoCustomer> customer = m_core.survivingCustomer(conversation->customerId);
    if (!customer)
        return;
    DemoCsatAnswer answer = demoDrawCsat(random, *conversation, *customer, at);
    answer.remoteId = m_core.takeCsatId();
    m_core.store.put(answer);
}

void DemoSimulation::wakeFromSnooze(const DemoScheduledEvent &event, UtcMillis at)
{
    std::optional<DemoConversation> conversation = m_core.store.conversation(event.conversationId);
    if (!conversation || conversation->status != ConversationStatus::Snoozed || !conversation->snoozedUntil ||
        *conversation->snoozedUntil > at)
        return; // woken or snoozed again in the meantime
    conversation->status = ConversationStatus::Open;
    conversation->snoozedUntil.reset();
    DemoMessage message;
    message.remoteId = m_core.takeMessageId();
    message.conversationId = conversation->remoteId;
    message.kind = MessageKind::Activity;
    message.channel = conversation->channel;
    message.body = QStringLiteral("Snooze ended");
    message.activity = QStringLiteral("snooze_ended");
    message.authorName = QStringLiteral("System");
    message.createdAt = at;
    m_core.addMessage(*conversation, message);
}

} // namespace kontor
