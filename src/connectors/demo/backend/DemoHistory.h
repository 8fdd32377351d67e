#pragma once

#include "connectors/demo/backend/DemoCustomerFactory.h"
#include "connectors/demo/backend/DemoDirectory.h"
#include "connectors/demo/backend/DemoHistoryPlan.h"
#include "connectors/demo/backend/DemoRecords.h"

#include <optional>

namespace kontor {

// The records of one historic conversation, in their change-feed order.
struct DemoHistoricUnit
{
    std::optional<DemoCustomer> customer; // when the conversation is the customer's first contact
    DemoConversation conversation;
    QList<DemoMessage> messages;
    std::optional<DemoCsatAnswer> csat;

    qint64 firstSeq() const;
    qint64 recordCount() const;
    // The record at a change position of the unit.
    DemoRecord recordAt(qint64 seq) const;
};

// The world's history before its epoch, generated on demand: any conversation, with its customer, messages
// and survey answer, is written from the seed and its number alone, the same every time. This is what lets a
// world of a million messages live in a few megabytes and stream its history in pages.
class DemoHistory
{
public:
    DemoHistory(const DemoWorldConfig &config, qint64 firstSeq);

    const DemoHistoryPlan &plan() const { return m_plan; }
    qint64 firstSeq() const { return m_plan.firstSeq(); }
    qint64 lastSeq() const { return m_plan.lastSeq(); }
    bool contains(qint64 seq) const { return seq >= firstSeq() && seq <= lastSeq(); }

    DemoHistoricUnit unit(int conversationNumber) const;
    // A historic customer as the history made them (before any change after the epoch).
    DemoCustomer customer(int number) const;
    // The topic of a historic conversation; a channel switch keeps the topic of the issue it continues.
    DemoTopic topicOf(int conversationNumber) const;

    // The number in a historic record's remote id, or 0 when the id is not one of the history's.
    int conversationNumber(QStringView remoteId) const;
    int customerNumber(QStringView remoteId) const;

    static QString conversationId(qint64 number);
    static QString messageId(qint64 number);
    static QString csatId(qint64 number);
    static qint64 numberOf(QStringView remoteId, QStringView prefix);

private:
    DemoWorldConfig m_config;
    DemoHistoryPlan m_plan;
    DemoCustomerFactory m_customers;
};

} // namespace kontor
