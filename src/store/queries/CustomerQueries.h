#pragma once

#include "core/Channel.h"
#include "core/Time.h"
#include "store/CustomerJoins.h"
#include "store/erasure/CustomerErasure.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace kontor::sql {
class Database;
}

namespace kontor {

struct CsatAnswerRow
{
    qint64 conversationId = 0;
    int rating = 0; // 1..5
    QString comment{};
    UtcMillis createdAt = 0;
    std::optional<Channel> channel{}; // of the conversation
};

// A merge into a customer that has not been undone.
struct CustomerMergeRow
{
    qint64 mergeId = 0;
    qint64 mergedCustomerId = 0;
    QString mergedName{};
    QString reason{};   // a JoinReason key, or what the agent gave
    QString evidence{}; // the identifier it was about, as shown to the agent; empty when none
    bool byAgent = false;
    UtcMillis createdAt = 0;
};

// An open suggestion to merge a customer with another one.
struct MergeCandidateRow
{
    qint64 suggestionId = 0;
    qint64 otherCustomerId = 0;
    QString otherName{};
    QString reason{};
    QString evidence{};
    double score = 0;
};

// The customer's messages (activity notes aside) by channel, and their latest message to us.
struct CustomerContactSummary
{
    QHash<Channel, qint64> messagesPerChannel{};
    std::optional<Channel> lastIncomingChannel{};
    std::optional<UtcMillis> lastIncomingAt{};
};

struct CustomerConversationSpan
{
    qint64 conversations = 0;
    std::optional<UtcMillis> firstContactAt{};
};

// What the store knows around one customer beyond their own record (DirectoryQueries::customer()): their
// survey answers, merges and merge suggestions, contact history figures, and what a merge or an erasure of
// them would touch.
class CustomerQueries
{
public:
    explicit CustomerQueries(sql::Database &db);

    // Newest first.
    QList<CsatAnswerRow> csatAnswers(qint64 customerId, int limit = 50);
    // Merges into the customer, newest first.
    QList<CustomerMergeRow> activeMerges(qint64 survivorId);
    // Open suggestions with customers not merged away, best first.
    QList<MergeCandidateRow> openSuggestions(qint64 customerId, int limit = 10);
    CustomerContactSummary contactSummary(qint64 customerId);
    CustomerConversationSpan conversationSpan(qint64 customerId);

    // What merging mergedId into survivorId would move.
    joins::JoinPreview mergePreview(qint64 survivorId, qint64 mergedId);
    // What erasing the customer would remove, for the agent to confirm.
    ErasurePreview erasurePreview(qint64 customerId);

private:
    sql::Database &db_;
};

} // namespace kontor
