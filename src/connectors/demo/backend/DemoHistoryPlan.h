#pragma once

#include "connectors/demo/backend/DemoWorldConfig.h"
#include "core/Channel.h"
#include "core/Conversation.h"

#include <QList>

namespace kontor {

// The outline of one conversation of the history: enough to place it in time and in the change feed and to
// regenerate it alone. Numbers are 1-based, as in the records' remote ids.
struct DemoHistoricShape
{
    UtcMillis startedAt = 0;
    UtcMillis endedAt = 0;
    qint64 firstSeq = 0;     // change position of the unit's first record
    qint64 firstMessage = 0; // number of its first message
    qint32 customer = 0;
    qint32 related = 0; // the conversation it continues on another channel, 0 when none
    qint32 csat = 0;    // number of its CSAT answer, 0 when none
    quint32 messageCount = 0;
    Channel channel = Channel::Email;
    ConversationStatus status = ConversationStatus::Resolved;
    bool opensCustomer = false; // the customer's record comes first in the unit: this is their first contact

    // Records of the unit in the change feed: [customer] conversation messages… [csat].
    qint64 recordCount() const { return (opensCustomer ? 1 : 0) + 1 + messageCount + (csat ? 1 : 0); }
};

// Lays out the whole history in one cheap sequential pass: which customer writes when, on which channel, how
// many messages each conversation has (exactly the configured total), how it ends, and where its records sit
// in the change feed. The texts are written later, one conversation at a time, by DemoHistory.
class DemoHistoryPlan
{
public:
    DemoHistoryPlan() = default;
    DemoHistoryPlan(const DemoWorldConfig &config, qint64 firstSeq);

    int conversationCount() const { return int(m_shapes.size()); }
    int customerCount() const { return int(m_customerChannels.size()); }
    qint64 messageCount() const { return m_messageCount; }
    int csatCount() const { return m_csatCount; }
    qint64 firstSeq() const { return m_firstSeq; }
    qint64 lastSeq() const { return m_lastSeq; } // firstSeq() - 1 when the history is empty

    const DemoHistoricShape &conversation(int number) const { return m_shapes[number - 1]; }
    // The conversation whose unit holds the change position seq (within [firstSeq, lastSeq]).
    int conversationAt(qint64 seq) const;
    // The conversation a message number belongs to.
    int conversationOfMessage(qint64 messageNumber) const;
    // The conversation where the issue of conversation `number` began (follows channel switches back).
    int rootOf(int number) const;

    quint32 customerChannels(int customer) const { return m_customerChannels[customer - 1]; }
    int customerFirstConversation(int customer) const { return m_customerFirst[customer - 1]; }
    QList<int> conversationsOf(int customer) const;

private:
    QList<DemoHistoricShape> m_shapes;
    QList<quint32> m_customerChannels;
    QList<qint32> m_customerFirst;
    // Conversations of each customer, in order: m_byCustomer[m_byCustomerStart[c - 1] ..
    // m_byCustomerStart[c]).
    QList<qint32> m_byCustomerStart;
    QList<qint32> m_byCustomer;
    qint64 m_messageCount = 0;
    int m_csatCount = 0;
    qint64 m_firstSeq = 1;
    qint64 m_lastSeq = 0;
};

} // namespace kontor
