#pragma once

#include "core/Channel.h"
#include "core/Conversation.h"
#include "core/Time.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kontor::sql {
class Database;
}

namespace kontor {

enum class InboxView
{
    All,
    Mine, // assigned to the agent signed in on the conversation's account
    Unassigned,
    Mentions, // the signed-in agent was mentioned in a note
};

enum class InboxSort
{
    LastActivity,   // newest activity first
    WaitingLongest, // longest-waiting customer first; conversations nobody waits on last
    SlaDue,         // nearest SLA deadline first; conversations without one last
    Priority,       // urgent first, then newest activity
};

struct InboxFilter
{
    InboxView view = InboxView::All;
    QList<ConversationStatus> statuses{ConversationStatus::Open}; // empty: every status
    std::optional<Channel> channel{};
    std::optional<qint64> inboxId{};
    std::optional<qint64> teamId{};
    std::optional<qint64> labelId{};
    std::optional<qint64> accountId{};
};

// Where a page ended, in the terms of the sort it was read with: pass it back to read the next page.
struct InboxCursor
{
    qint64 key = 0;
    qint64 secondKey = 0;
    qint64 id = 0;
    friend bool operator==(const InboxCursor &, const InboxCursor &) = default;
};

struct ConversationRow
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString remoteId{};
    std::optional<qint64> inboxId{};
    Channel channel = Channel::WebChat;
    qint64 customerId = 0;
    QString customerName{};
    QString subject{};
    ConversationStatus status = ConversationStatus::Open;
    std::optional<UtcMillis> snoozedUntil{};
    Priority priority = Priority::None;
    std::optional<qint64> assigneeId{};
    QString assigneeName{};
    std::optional<qint64> teamId{};
    UtcMillis createdAt = 0;
    UtcMillis lastActivityAt = 0;
    std::optional<UtcMillis> waitingSince{};
    std::optional<UtcMillis> firstReplyAt{};
    std::optional<UtcMillis> slaFirstReplyDue{};
    std::optional<UtcMillis> slaResolutionDue{};
    int unreadCount = 0;
    QString preview{};
    QStringList labels{};
    InboxCursor cursor; // this row's place in the sort it was read with
};

struct InboxPage
{
    QList<ConversationRow> rows{};
    std::optional<InboxCursor> next{}; // absent on the last page
};

struct InboxCounts
{
    qint64 conversations = 0;
    qint64 unread = 0; // conversations with unread messages
    friend bool operator==(const InboxCounts &, const InboxCounts &) = default;
};

// The conversation lists. Pages are read by keyset (the cursor of the previous page's last row), each from an
// index range, so the cost of a page does not grow with the depth or the size of the inbox.
class InboxQueries
{
public:
    explicit InboxQueries(sql::Database &db);

    InboxPage page(const InboxFilter &filter, InboxSort sort, const std::optional<InboxCursor> &after = {},
                   int limit = 50);
    InboxCounts counts(const InboxFilter &filter);
    std::optional<ConversationRow> conversation(qint64 id);
    // A customer's conversations on every channel and account, newest activity first.
    QList<ConversationRow> conversationsOfCustomer(qint64 customerId, int limit = 100);

private:
    sql::Database &db_;
};

} // namespace kontor
