#include "connectors/demo/backend/DemoHistory.h"

#include "connectors/demo/backend/DemoMessageWriter.h"
#include "connectors/demo/backend/DemoRandom.h"
#include "connectors/demo/backend/DemoTrafficRules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kontor {

namespace {
constexpr qint64 kMinute = 60 * 1000;

QList<UtcMillis> messageTimes(DemoRandom &random, const DemoHistoricShape &shape)
{
    QList<UtcMillis> times(shape.messageCount);
    const qint64 span = shape.endedAt - shape.startedAt;
    for (qsizetype i = 1; i + 1 < times.size(); ++i)
        times[i] = shape.startedAt + qint64(random.uniform() * double(span));
    times.front() = shape.startedAt;
    if (times.size() > 1)
        times.back() = shape.endedAt;
    std::sort(times.begin(), times.end());
    for (qsizetype i = 1; i < times.size(); ++i)
        times[i] = qMax(times[i], times[i - 1] + 1);
    return times;
}

QList<DemoBeat> voiceBeats(DemoRandom &random, const DemoHistoricShape &shape)
{
    const int count = int(shape.messageCount);
    QList<DemoBeat> tail;
    if (shape.status == ConversationStatus::Resolved)
        tail = {DemoBeat::Resolved};
    else if (shape.status == ConversationStatus::Open)
        tail = {DemoBeat::Voicemail};
    else
        tail = {DemoBeat::CallNote};
    QList<DemoBeat> beats;
    beats.append(shape.status == ConversationStatus::Open || random.chance(0.35) ? DemoBeat::Voicemail
                                                                                 : DemoBeat::Call);
    while (tail.size() > count - 1)
        tail.removeFirst();
    while (beats.size() < count - tail.size()) {
        if (beats.back() == DemoBeat::Call)
            beats.append(DemoBeat::CallNote);
        else
            beats.append(random.chance(0.8) ? DemoBeat::Call : DemoBeat::MissedCall);
    }
    return beats + tail;
}

QList<DemoBeat> textBeats(DemoRandom &random, const DemoHistoricShape &shape, bool assigned)
{
    const int count = int(shape.messageCount);
    QList<DemoBeat> tail;
    if (shape.status == ConversationStatus::Resolved)
        tail = count >= 5 && random.chance(0.6) ? QList{DemoBeat::Thanks, DemoBeat::Resolved}
                                                : QList{DemoBeat::Resolved};
    else if (shape.status == ConversationStatus::Open)
        tail = {DemoBeat::FollowUp};
    else
        tail = {DemoBeat::AgentReply};
    while (tail.size() > count - 1)
        tail.removeFirst();

    QList<DemoBeat> beats{DemoBeat::Opening};
    if (shape.related && count - 1 - tail.size() >= 2)
        beats.prepend(DemoBeat::ChannelSwitched);
    int middle = count - int(beats.size()) - int(tail.size());
    if (middle >= 2 && assigned && random.chance(0.5)) {
        beats.append(DemoBeat::Assigned);
        --middle;
    }
    const bool chat = demoIsChatChannel(shape.channel);
    bool agentsTurn = true;
    for (int i = 0; i < middle; ++i) {
        const double roll = random.uniform();
        if (agentsTurn) {
            if (roll < 0.12) {
                beats.append(DemoBeat::Note);
            } else if (chat && roll < 0.3) {
                beats.append(DemoBeat::AgentChat);
            } else {
                beats.append(DemoBeat::AgentReply);
                agentsTurn = false;
            }
        } else if (chat && roll < 0.2) {
            beats.append(DemoBeat::CustomerChat);
        } else {
            beats.append(DemoBeat::FollowUp);
            agentsTurn = true;
        }
    }
    return beats + tail;
}

bool isAgentBeat(DemoBeat beat)
{
    switch (beat) {
    case DemoBeat::AgentReply:
    case DemoBeat::AgentChat:
    case DemoBeat::Note:
    case DemoBeat::Call:
    case DemoBeat::CallNote:
    case DemoBeat::Resolved:
        return true;
    default:
        return false;
    }
}
} // namespace

qint64 DemoHistoricUnit::firstSeq() const
{
    return customer ? customer->createdSeq : conversation.createdSeq;
}

qint64 DemoHistoricUnit::recordCount() const
{
    return (customer ? 1 : 0) + 1 + messages.size() + (csat ? 1 : 0);
}

DemoRecord DemoHistoricUnit::recordAt(qint64 seq) const
{
    qint64 offset = seq - firstSeq();
    if (customer) {
        if (offset == 0)
            return *customer;
        --offset;
    }
    if (offset == 0)
        return conversation;
    --offset;
    if (offset < messages.size())
        return messages[offset];
    return *csat;
}

DemoHistory::DemoHistory(const DemoWorldConfig &config, qint64 firstSeq)
    : m_config(config)
    , m_plan(config, firstSeq)
    , m_customers(config.seed)
{}

QString DemoHistory::conversationId(qint64 number)
{
    return u"conv-"_s + QString::number(number);
}

QString DemoHistory::messageId(qint64 number)
{
    return u"msg-"_s + QString::number(number);
}

QString DemoHistory::csatId(qint64 number)
{
    return u"csat-"_s + QString::number(number);
}

qint64 DemoHistory::numberOf(QStringView remoteId, QStringView prefix)
{
    if (!remoteId.startsWith(prefix))
        return 0;
    bool ok = false;
    const qint64 number = remoteId.mid(prefix.size()).toLongLong(&ok);
    return ok && number > 0 ? number : 0;
}

int DemoHistory::conversationNumber(QStringView remoteId) const
{
    const qint64 number = numberOf(remoteId, u"conv-");
    return number <= m_plan.conversationCount() ? int(number) : 0;
}

int DemoHistory::customerNumber(QStringView remoteId) const
{
    const qint64 number = DemoCustomerFactory::numberOf(remoteId);
    return number <= m_plan.customerCount() ? int(number) : 0;
}

DemoTopic DemoHistory::topicOf(int conversationNumber) const
{
    const int root = m_plan.rootOf(conversationNumber);
    DemoRandom random(m_config.seed, DemoRandom::Stream::Topic, quint64(root));
    return demoDrawTopic(random, m_plan.conversation(root).channel);
}

DemoCustomer DemoHistory::customer(int number) const
{
    const DemoHistoricShape &first = m_plan.conversation(m_plan.customerFirstConversation(number));
    DemoCustomer customer = m_customers.make(number, first.startedAt, m_plan.customerChannels(number));
    customer.createdSeq = first.firstSeq;
    customer.changeSeq = first.firstSeq;
    return customer;
}

DemoHistoricUnit DemoHistory::unit(int number) const
{
    const DemoHistoricShape &shape = m_plan.conversation(number);
    DemoHistoricUnit unit;
    qint64 seq = shape.firstSeq;
    const DemoCustomer customer = this->customer(shape.customer);
    if (shape.opensCustomer) {
        unit.customer = customer;
        ++seq;
    }

    DemoRandom random(m_config.seed, DemoRandom::Stream::ConversationText, quint64(number));
    const DemoTopic topic = topicOf(number);
    const int root = m_plan.rootOf(number);
    const DemoTextFacts facts =
        DemoTextFacts::make(m_config.seed, root, m_plan.conversation(root).startedAt, customer);

    DemoConversation &conversation = unit.conversation;
    conversation.remoteId = conversationId(number);
    conversation.createdSeq = seq;
    conversation.changeSeq = seq;
    ++seq;
    conversation.customerId = customer.remoteId;
    conversation.status = shape.status;
    conversation.relatedConversationId = shape.related ? conversationId(shape.related) : QString();
    demoStartConversation(conversation, random, shape.channel, topic, customer, facts);
    const bool resolvedOrWaiting = shape.status != ConversationStatus::Open;
    conversation.assigneeId = demoDrawAssignee(random, conversation.teamId, resolvedOrWaiting ? 0.0 : 0.4,
                                               resolvedOrWaiting ? 0.15 : 0.25);

    const QList<UtcMillis> times = messageTimes(random, shape);
    const QList<DemoBeat> beats = shape.channel == Channel::Voice
                                      ? voiceBeats(random, shape)
                                      : textBeats(random, shape, !conversation.assigneeId.isEmpty());
    const QStringList team = demoTeamMembers(conversation.teamId);
    DemoMessageWriter writer(conversation, customer, facts);
    unit.messages.reserve(beats.size());
    for (qsizetype j = 0; j < beats.size(); ++j) {
        const DemoBeat beat = beats[j];
        const DemoAgent *author = nullptr;
        const DemoAgent *mention = nullptr;
        if (isAgentBeat(beat) || (beat == DemoBeat::Assigned && random.chance(0.5))) {
            author = demoDirectoryAgent(conversation.assigneeId.isEmpty() ? random.pick(team)
                                                                          : conversation.assigneeId);
            mention = demoDirectoryAgent(random.pick(team));
            if (mention == author)
                mention = demoDirectoryAgent(team.front() == author->remoteId ? team.back() : team.front());
        }
        DemoMessage message =
            writer.write(beat, random, times[j], messageId(shape.firstMessage + j), author, mention);
        message.createdSeq = seq;
        message.changeSeq = seq;
        ++seq;
        unit.messages.append(std::move(message));
    }
    demoSettleHistoricDelivery(unit.messages, random, shape.status != ConversationStatus::Resolved);
    demoDeriveConversationState(conversation, unit.messages);
    if (shape.status == ConversationStatus::Snoozed) {
        if (random.chance(0.7))
            conversation.snoozedUntil =
                (m_config.epoch + random.betweenMillis(30 * kMinute, 36 * 60 * kMinute)) / kMinute * kMinute;
        else
            conversation.snoozedUntilReply = true;
    }

    if (shape.csat) {
        // The survey answer comes minutes to hours after resolution, and before the epoch.
        const qint64 latest = qBound(5 * kMinute, m_config.epoch - shape.endedAt - kMinute, 6 * 60 * kMinute);
        const UtcMillis answeredAt = shape.endedAt + random.betweenMillis(5 * kMinute, latest);
        DemoCsatAnswer csat = demoDrawCsat(random, conversation, customer, answeredAt);
        csat.remoteId = csatId(shape.csat);
        csat.createdSeq = seq;
        csat.changeSeq = seq;
        unit.csat = csat;
    }
    return unit;
}

} // namespace kontor
