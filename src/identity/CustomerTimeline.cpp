#include "identity/CustomerTimeline.h"

#include "store/StoreReader.h"

#include <algorithm>

namespace kontor {

CustomerTimeline::CustomerTimeline(StoreReader &reader, qint64 customerId)
    : reader_(reader)
    , customerId_(customerId)
{}

TimelinePage CustomerTimeline::latest(int limit)
{
    return annotate(
        reader_.messages().customerTimeline(customerId_, std::nullopt, PageDirection::Older, limit),
        PageDirection::Older, std::nullopt);
}

TimelinePage CustomerTimeline::olderThan(const MessageCursor &cursor, int limit)
{
    return annotate(reader_.messages().customerTimeline(customerId_, cursor, PageDirection::Older, limit),
                    PageDirection::Older, cursor);
}

TimelinePage CustomerTimeline::newerThan(const MessageCursor &cursor, int limit)
{
    return annotate(reader_.messages().customerTimeline(customerId_, cursor, PageDirection::Newer, limit),
                    PageDirection::Newer, cursor);
}

std::optional<MessageRow> CustomerTimeline::neighbourBefore(const MessageRow &first)
{
    MessagePage before =
        reader_.messages().customerTimeline(customerId_, first.cursor(), PageDirection::Older, 1);
    if (before.rows.isEmpty())
        return std::nullopt;
    return before.rows.first();
}

TimelinePage CustomerTimeline::annotate(MessagePage page, PageDirection direction,
                                        const std::optional<MessageCursor> &from)
{
    TimelinePage result;
    QList<MessageRow> rows = std::move(page.rows);
    if (direction == PageDirection::Older)
        std::reverse(rows.begin(), rows.end());
    if (rows.isEmpty())
        return result;

    // Activity lines (assigned, resolved…) carry no channel of the customer's choosing: they neither start
    // nor end a switch.
    auto customerFacing = [](const MessageRow &row) { return row.kind != MessageKind::Activity; };
    std::optional<MessageRow> previous = neighbourBefore(rows.first());
    while (previous && !customerFacing(*previous))
        previous = neighbourBefore(*previous);
    for (MessageRow &row : rows) {
        TimelineEntry entry;
        if (customerFacing(row)) {
            if (previous && previous->channel != row.channel) {
                entry.channelSwitch = true;
                entry.previousChannel = previous->channel;
            }
        }
        entry.message = std::move(row);
        if (customerFacing(entry.message))
            previous = entry.message;
        result.entries.append(std::move(entry));
    }

    const MessageCursor first = result.entries.first().message.cursor();
    const MessageCursor last = result.entries.last().message.cursor();
    if (direction == PageDirection::Older) {
        if (page.next)
            result.older = first;
        if (from)
            result.newer = last;
    } else {
        if (page.next)
            result.newer = last;
        result.older = first;
    }
    return result;
}

TimelineSummary CustomerTimeline::summary()
{
    CustomerContactSummary contacts = reader_.customers().contactSummary(customerId_);
    TimelineSummary summary;
    summary.messagesPerChannel = std::move(contacts.messagesPerChannel);
    summary.lastContactedVia = contacts.lastIncomingChannel;
    summary.lastContactedAt = contacts.lastIncomingAt;
    return summary;
}

} // namespace kontor
