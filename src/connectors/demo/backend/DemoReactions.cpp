#include "connectors/demo/backend/DemoReactions.h"

#include "connectors/demo/backend/DemoTrafficRules.h"

namespace kontor {

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
} // namespace

DemoReactions::DemoReactions(DemoWorldCore &core)
    : m_core(core)
{}

qint64 DemoReactions::replyDelay(DemoRandom &random, Channel channel)
{
    switch (channel) {
    case Channel::WebChat:
        return random.betweenMillis(20 * kSecond, 5 * kMinute);
    case Channel::WhatsApp:
    case Channel::Messenger:
    case Channel::Instagram:
    case Channel::Telegram:
        return random.betweenMillis(1 * kMinute, 30 * kMinute);
    case Channel::Sms:
        return random.betweenMillis(2 * kMinute, 45 * kMinute);
    case Channel::Email:
    case Channel::Api:
    case Channel::Voice:
        break;
    }
    return random.betweenMillis(20 * kMinute, 8 * 60 * kMinute);
}

void DemoReactions::afterAgentMessage(const DemoConversation &conversation, const QString &messageId,
                                      UtcMillis at, quint64 salt)
{
    DemoRandom random(m_core.config.seed, DemoRandom::Stream::Action, salt ^ DemoRandom::hashOf(messageId));
    if (conversation.channel != Channel::Voice) {
        m_core.schedule.add({at + random.betweenMillis(1 * kSecond, 12 * kSecond),
                             0,
                             DemoScheduledEvent::Kind::DeliveryUpdate,
                             conversation.remoteId,
                             messageId,
                             {},
                             int(DeliveryState::Delivered)});
    }
    if (!random.chance(m_core.config.customerReplyChance))
        return;
    int agentMessages = 0;
    for (const DemoMessage &message : m_core.store.messagesOf(conversation.remoteId))
        agentMessages += message.kind == MessageKind::Outgoing ? 1 : 0;
    // After a couple of answers, customers tend to say thanks rather than ask again.
    const bool thanks = agentMessages >= 2 && random.chance(0.5);
    m_core.schedule.add({at + replyDelay(random, conversation.channel),
                         0,
                         DemoScheduledEvent::Kind::CustomerReply,
                         conversation.remoteId,
                         {},
                         {},
                         thanks ? 1 : 0});
}

void DemoReactions::afterResolution(const DemoConversation &conversation, UtcMillis at, quint64 salt)
{
    DemoRandom random(m_core.config.seed, DemoRandom::Stream::Action,
                      salt ^ DemoRandom::hashOf(conversation.remoteId));
    if (!random.chance(m_core.config.csatChance))
        return;
    m_core.schedule.add({at + random.betweenMillis(5 * kMinute, 3 * 60 * kMinute),
                         0,
                         DemoScheduledEvent::Kind::CsatAnswer,
                         conversation.remoteId,
                         {},
                         {},
                         0});
}

void DemoReactions::scheduleSnoozeWake(const DemoConversation &conversation)
{
    if (conversation.snoozedUntil)
        m_core.schedule.add({*conversation.snoozedUntil,
                             0,
                             DemoScheduledEvent::Kind::SnoozeWake,
                             conversation.remoteId,
                             {},
                             {},
                             0});
}

} // namespace kontor
