#include "connectors/demo/backend/DemoHistoryPlan.h"

#include "connectors/demo/backend/DemoCustomerFactory.h"
#include "connectors/demo/backend/DemoRandom.h"
#include "connectors/demo/backend/DemoTrafficRules.h"

#include <algorithm>

namespace kontor {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;

// How long a conversation on a channel runs: chats go back and forth in minutes, email in hours.
double messageWeight(Channel channel)
{
    switch (channel) {
    case Channel::WebChat:
    case Channel::WhatsApp:
    case Channel::Messenger:
    case Channel::Instagram:
    case Channel::Telegram:
        return 1.6;
    case Channel::Email:
        return 1.0;
    case Channel::Sms:
        return 0.9;
    case Channel::Api:
        return 0.8;
    case Channel::Voice:
        return 0.5;
    }
    return 1.0;
}

qint64 typicalGapMinutes(Channel channel)
{
    switch (channel) {
    case Channel::WebChat:
        return 2;
    case Channel::Telegram:
        return 20;
    case Channel::WhatsApp:
        return 25;
    case Channel::Messenger:
    case Channel::Sms:
        return 30;
    case Channel::Instagram:
        return 40;
    case Channel::Voice:
        return 240;
    case Channel::Email:
        return 300;
    case Channel::Api:
        return 360;
    }
    return 60;
}

ConversationStatus drawStatus(DemoRandom &random, quint32 messages, qint64 age)
{
    if (age > 2 * kDay) {
        // Old conversations are done, apart from a small forgotten backlog.
        if (messages >= 3 && !random.chance(0.02))
            return ConversationStatus::Resolved;
        return messages >= 2 ? ConversationStatus::Pending : ConversationStatus::Open;
    }
    const int weights[] = {40, messages >= 2 ? 25 : 0, messages >= 2 ? 10 : 0, messages >= 3 ? 25 : 0};
    return ConversationStatus(random.weighted(weights));
}
} // namespace

DemoHistoryPlan::DemoHistoryPlan(const DemoWorldConfig &config, qint64 firstSeq)
    : m_firstSeq(firstSeq)
    , m_lastSeq(firstSeq - 1)
{
    const int count = config.historyConversations;
    if (count <= 0)
        return;
    DemoRandom random(config.seed, DemoRandom::Stream::Plan);
    const qint64 span = qint64(config.historyDays) * kDay;
    m_shapes.resize(count);

    // Who writes when, on which channel.
    for (int i = 0; i < count; ++i) {
        DemoHistoricShape &shape = m_shapes[i];
        shape.startedAt = config.epoch - span + qint64(double(span) * (i + random.uniform()) / count);
        const double roll = random.uniform();
        if (i > 0 && roll < 0.08) {
            // The customer of a recent conversation moves to another channel in the middle of the issue.
            const int earlier = i - 1 - random.below(qMin(i, 30));
            shape.related = earlier + 1;
            shape.customer = m_shapes[earlier].customer;
            shape.channel = demoDrawChannel(random, m_shapes[earlier].channel);
        } else if (!m_customerChannels.isEmpty() && roll < 0.20) {
            shape.customer = 1 + random.below(int(m_customerChannels.size()));
            shape.channel = demoDrawChannel(random);
        } else {
            m_customerChannels.append(0);
            m_customerFirst.append(i + 1);
            shape.customer = int(m_customerChannels.size());
            shape.opensCustomer = true;
            shape.channel = demoDrawChannel(random);
        }
        m_customerChannels[shape.customer - 1] |= demoChannelBit(shape.channel);
    }

    // Message counts: one each, the rest shared by a skewed weight, so that the total is exactly as asked.
    QList<double> weights(count);
    double weightSum = 0;
    for (int i = 0; i < count; ++i) {
        const double u = random.uniform();
        weights[i] = messageWeight(m_shapes[i].channel) * (0.2 + 1.6 * u * u);
        weightSum += weights[i];
    }
    const qint64 extra = config.historyMessages - count;
    qint64 assigned = 0;
    for (int i = 0; i < count; ++i) {
        const qint64 share = qint64(double(extra) * weights[i] / weightSum);
        m_shapes[i].messageCount = quint32(1 + share);
        assigned += 1 + share;
    }
    const qint64 remainder = config.historyMessages - assigned;
    for (qint64 j = 0; j < remainder; ++j)
        ++m_shapes[int((double(j) + 0.5) * count / double(remainder))].messageCount;

    // How each conversation ran and ended, and where its records sit in the change feed.
    qint64 seq = firstSeq;
    qint64 messageNumber = 1;
    for (int i = 0; i < count; ++i) {
        DemoHistoricShape &shape = m_shapes[i];
        const qint64 duration = qint64(double(shape.messageCount - 1) * typicalGapMinutes(shape.channel) *
                                       kMinute * (0.5 + random.uniform()));
        shape.endedAt = qMax(shape.startedAt, qMin(shape.startedAt + duration, config.epoch - kMinute));
        const qint64 age = config.epoch - shape.endedAt;
        shape.status = drawStatus(random, shape.messageCount, age);
        if (shape.status == ConversationStatus::Resolved && age > 15 * kMinute && random.chance(0.35))
            shape.csat = ++m_csatCount;
        shape.firstSeq = seq;
        shape.firstMessage = messageNumber;
        seq += shape.recordCount();
        messageNumber += shape.messageCount;
    }
    m_messageCount = messageNumber - 1;
    m_lastSeq = seq - 1;

    const int customers = int(m_customerChannels.size());
    m_byCustomerStart.fill(0, customers + 1);
    for (const DemoHistoricShape &shape : std::as_const(m_shapes))
        ++m_byCustomerStart[shape.customer];
    for (int c = 1; c <= customers; ++c)
        m_byCustomerStart[c] += m_byCustomerStart[c - 1];
    m_byCustomer.resize(count);
    QList<qint32> fill = m_byCustomerStart;
    for (int i = 0; i < count; ++i)
        m_byCustomer[fill[m_shapes[i].customer - 1]++] = i + 1;
}

int DemoHistoryPlan::conversationAt(qint64 seq) const
{
    const auto it =
        std::upper_bound(m_shapes.cbegin(), m_shapes.cend(), seq,
                         [](qint64 value, const DemoHistoricShape &s) { return value < s.firstSeq; });
    return int(it - m_shapes.cbegin());
}

int DemoHistoryPlan::conversationOfMessage(qint64 messageNumber) const
{
    const auto it =
        std::upper_bound(m_shapes.cbegin(), m_shapes.cend(), messageNumber,
                         [](qint64 value, const DemoHistoricShape &s) { return value < s.firstMessage; });
    return int(it - m_shapes.cbegin());
}

int DemoHistoryPlan::rootOf(int number) const
{
    while (m_shapes[number - 1].related)
        number = m_shapes[number - 1].related;
    return number;
}

QList<int> DemoHistoryPlan::conversationsOf(int customer) const
{
    QList<int> result;
    for (qint32 i = m_byCustomerStart[customer - 1]; i < m_byCustomerStart[customer]; ++i)
        result.append(m_byCustomer[i]);
    return result;
}

} // namespace kontor
