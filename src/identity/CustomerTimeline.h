#pragma once

#include "core/Channel.h"
#include "store/queries/MessageQueries.h"

#include <QHash>
#include <optional>

namespace kontor {

class StoreReader;

// One message of a customer's timeline, with what the agent needs to see where the customer moved: a row
// whose channel (or conversation, on the same channel) differs from the one before it in time starts a
// switch.
struct TimelineEntry
{
    MessageRow message;
    bool channelSwitch = false; // the customer came over from another channel here
    std::optional<Channel> previousChannel;
};

struct TimelinePage
{
    QList<TimelineEntry> entries; // oldest first, whichever direction was read
    std::optional<MessageCursor> older;
    std::optional<MessageCursor> newer;
};

struct TimelineSummary
{
    QHash<Channel, qint64> messagesPerChannel;
    std::optional<Channel> lastContactedVia; // the channel of the customer's latest message to us
    std::optional<UtcMillis> lastContactedAt;
};

// A customer's history across every conversation, channel and connector, read in pages either way.
class CustomerTimeline
{
public:
    CustomerTimeline(StoreReader &reader, qint64 customerId);

    // The newest page, to open the timeline at its end.
    TimelinePage latest(int limit = 50);
    TimelinePage olderThan(const MessageCursor &cursor, int limit = 50);
    TimelinePage newerThan(const MessageCursor &cursor, int limit = 50);
    TimelineSummary summary();

private:
    TimelinePage annotate(MessagePage page, PageDirection direction,
                          const std::optional<MessageCursor> &from);
    std::optional<MessageRow> neighbourBefore(const MessageRow &first);

    StoreReader &reader_;
    qint64 customerId_;
};

} // namespace kontor
