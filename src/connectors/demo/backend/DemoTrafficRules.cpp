#include "connectors/demo/backend/DemoTrafficRules.h"

#include "connectors/demo/backend/DemoDirectory.h"
#include "connectors/demo/backend/DemoMessageWriter.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace kontor {

namespace {
constexpr qint64 kMinute = 60 * 1000;

// Relative traffic per channel, in the order of the Channel enumeration.
constexpr int kChannelWeights[] = {28, 20, 7, 14, 7, 5, 4, 10, 5};

// Topic weights in the order of DemoTopic: Delivery, Refund, Login, Invoice, Address, Api, Damaged,
// Subscription.
constexpr int kTopicWeights[] = {26, 14, 12, 10, 8, 10, 10, 10};

const QList<DemoAgent> &directoryAgents()
{
    static const QList<DemoAgent> agents = DemoDirectory::build(0).agents;
    return agents;
}

const QList<DemoTeam> &directoryTeams()
{
    static const QList<DemoTeam> teams = DemoDirectory::build(0).teams;
    return teams;
}

Priority drawPriority(DemoRandom &random, DemoTopic topic)
{
    // Weights for None, Low, Medium, High, Urgent.
    static constexpr int technical[] = {10, 10, 30, 35, 15};
    static constexpr int troubled[] = {30, 15, 35, 15, 5};
    static constexpr int routine[] = {50, 25, 20, 5, 0};
    switch (topic) {
    case DemoTopic::Api:
        return Priority(random.weighted(technical));
    case DemoTopic::Damaged:
    case DemoTopic::Refund:
    case DemoTopic::Login:
        return Priority(random.weighted(troubled));
    default:
        return Priority(random.weighted(routine));
    }
}
} // namespace

bool demoIsChatChannel(Channel channel)
{
    switch (channel) {
    case Channel::WebChat:
    case Channel::WhatsApp:
    case Channel::Messenger:
    case Channel::Instagram:
    case Channel::Telegram:
        return true;
    default:
        return false;
    }
}

Channel demoDrawChannel(DemoRandom &random, std::optional<Channel> except)
{
    int weights[std::size(kChannelWeights)];
    std::copy(std::begin(kChannelWeights), std::end(kChannelWeights), weights);
    if (except)
        weights[int(*except)] = 0;
    return Channel(random.weighted(weights));
}

DemoTopic demoDrawTopic(DemoRandom &random, Channel channel)
{
    int weights[kDemoTopicCount];
    std::copy(std::begin(kTopicWeights), std::end(kTopicWeights), weights);
    // Developers write about the API by email, chat or the contact form, not by SMS or on Instagram.
    const bool technical =
        channel == Channel::Email || channel == Channel::WebChat || channel == Channel::Api;
    weights[int(DemoTopic::Api)] = technical ? (channel == Channel::Api ? 30 : 12) : 0;
    if (channel == Channel::Sms || channel == Channel::Voice)
        weights[int(DemoTopic::Damaged)] = 3;
    return DemoTopic(random.weighted(weights));
}

void demoStartConversation(DemoConversation &conversation, DemoRandom &random, Channel channel,
                           DemoTopic topic, const DemoCustomer &customer, const DemoTextFacts &facts)
{
    const DemoLanguage language = demoLanguageOf(customer);
    conversation.channel = channel;
    conversation.inboxId = demoInboxIdFor(channel);
    conversation.topic = demoTopicKey(topic);
    conversation.language = customer.language;
    conversation.orderReference = facts.order;
    conversation.teamId = demoTeamIdFor(topic, language);
    conversation.priority = drawPriority(random, topic);
    if (channel == Channel::Email || channel == Channel::Api)
        conversation.subject = DemoMessageWriter::subjectFor(topic, facts, random, language);
    QStringList labels{demoTopicLabel(topic)};
    if (random.chance(0.05))
        labels.append(u"vip"_s);
    if (conversation.priority >= Priority::High && random.chance(0.3))
        labels.append(u"escalated"_s);
    if (topic == DemoTopic::Api && random.chance(0.3))
        labels.append(u"bug"_s);
    if (random.chance(0.05))
        labels.append(u"follow-up"_s);
    labels.sort();
    conversation.labels = labels;
}

QString demoDrawAssignee(DemoRandom &random, const QString &teamId, double unassignedShare, double selfShare)
{
    const double roll = random.uniform();
    if (roll < unassignedShare)
        return {};
    if (roll < unassignedShare + selfShare)
        return demoSelfAgentId();
    const QStringList members = demoTeamMembers(teamId);
    return members.isEmpty() ? demoSelfAgentId() : random.pick(members);
}

const DemoAgent *demoDirectoryAgent(const QString &agentId)
{
    for (const DemoAgent &agent : directoryAgents()) {
        if (agent.remoteId == agentId)
            return &agent;
    }
    return nullptr;
}

void demoSettleHistoricDelivery(QList<DemoMessage> &messages, DemoRandom &random, bool ongoing)
{
    qsizetype lastOutgoing = -1;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        DemoMessage &message = messages[i];
        if (message.kind != MessageKind::Outgoing)
            continue;
        lastOutgoing = i;
        if (demoIsChatChannel(message.channel))
            message.deliveryState = DeliveryState::Read;
        else if (message.channel == Channel::Sms && random.chance(0.02))
            message.deliveryState = DeliveryState::Failed;
        else
            message.deliveryState = DeliveryState::Delivered;
    }
    if (ongoing && lastOutgoing >= 0 && messages[lastOutgoing].deliveryState == DeliveryState::Read)
        messages[lastOutgoing].deliveryState = DeliveryState::Delivered;
}

void demoDeriveConversationState(DemoConversation &conversation, const QList<DemoMessage> &messages,
                                 bool deriveSeen)
{
    if (messages.isEmpty())
        return;
    conversation.createdAt =
        qMin(conversation.createdAt ? conversation.createdAt : messages.front().createdAt,
             messages.front().createdAt);
    conversation.lastActivityAt = messages.back().createdAt;
    conversation.updatedAt = qMax(conversation.updatedAt, conversation.lastActivityAt);
    conversation.firstReplyAt.reset();
    conversation.waitingSince.reset();
    std::optional<UtcMillis> agentSeen;
    std::optional<UtcMillis> resolvedAt;
    for (const DemoMessage &message : messages) {
        const bool agentContact = message.kind == MessageKind::Outgoing || message.activity == u"call";
        if (agentContact && !conversation.firstReplyAt)
            conversation.firstReplyAt = message.createdAt;
        if (!message.authorAgentId.isEmpty())
            agentSeen = message.createdAt;
        if (message.activity == u"resolved")
            resolvedAt = message.createdAt;
        // The customer waits from their first message after the last agent contact.
        if (message.kind == MessageKind::Incoming && !conversation.waitingSince)
            conversation.waitingSince = message.createdAt;
        else if (agentContact)
            conversation.waitingSince.reset();
    }
    if (conversation.status == ConversationStatus::Resolved) {
        conversation.waitingSince.reset();
        conversation.resolvedAt = resolvedAt.value_or(conversation.lastActivityAt);
    } else {
        conversation.resolvedAt.reset();
    }
    if (deriveSeen)
        conversation.agentLastSeenAt = conversation.status == ConversationStatus::Resolved
                                           ? std::optional(conversation.lastActivityAt)
                                           : agentSeen;
    int unread = 0;
    for (const DemoMessage &message : messages) {
        if (message.kind == MessageKind::Incoming &&
            (!conversation.agentLastSeenAt || message.createdAt > *conversation.agentLastSeenAt))
            ++unread;
    }
    conversation.unreadCount = unread;
    for (const DemoTeam &team : directoryTeams()) {
        if (team.remoteId != conversation.teamId)
            continue;
        const DemoSlaTarget target = team.slaFor(conversation.priority);
        conversation.slaFirstReplyDue = conversation.createdAt + target.firstReplyMinutes * kMinute;
        conversation.slaResolutionDue = conversation.createdAt + target.resolutionMinutes * kMinute;
    }
}

DemoCsatAnswer demoDrawCsat(DemoRandom &random, const DemoConversation &conversation,
                            const DemoCustomer &customer, UtcMillis at)
{
    static constexpr int ratingWeights[] = {10, 6, 12, 27, 45};
    DemoCsatAnswer answer;
    answer.conversationId = conversation.remoteId;
    answer.rating = 1 + random.weighted(ratingWeights);
    answer.createdAt = at;
    answer.updatedAt = at;
    if (random.chance(0.6)) {
        const DemoPhrasebook &book = demoPhrasebook(demoLanguageOf(customer));
        const DemoLines lines = answer.rating >= 4   ? book.csatGood
                                : answer.rating == 3 ? book.csatMixed
                                                     : book.csatBad;
        DemoTextFacts facts;
        facts.agent = demoAgentName(conversation.assigneeId).section(u' ', 0, 0);
        answer.comment = fillTemplate(QString::fromUtf8(random.pick(lines)), facts);
        if (facts.agent.isEmpty())
            answer.comment = answer.comment.replace(u" ."_s, u"."_s).replace(u" ,"_s, u","_s);
    }
    return answer;
}

} // namespace kontor
