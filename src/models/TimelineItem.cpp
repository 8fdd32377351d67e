#include "models/TimelineItem.h"

#include <QDateTime>

namespace kontor::models {

qint64 TimelineItem::key() const
{
    // Message ids are positive; the lines before them take negative keys derived from what they mark.
    switch (kind) {
    case Kind::Message:
        return message.id;
    case Kind::ChannelSwitch:
        return -message.id;
    case Kind::DaySeparator:
        break;
    }
    return -(qint64(1) << 52) - day.toJulianDay();
}

bool startsChannelSwitch(const MessageRow &previous, const MessageRow &current)
{
    return previous.channel != current.channel;
}

QList<TimelineItem> layoutTimeline(const QList<MessageRow> &messages,
                                   const QHash<qint64, QStringList> &attachments, bool markSwitches,
                                   std::optional<Channel> channelBeforeFirst)
{
    QList<TimelineItem> items;
    items.reserve(messages.size() + messages.size() / 4 + 2);
    QDate lastDay;
    const MessageRow *previousFacing = nullptr; // the last customer-facing message (not an activity line)
    for (const MessageRow &message : messages) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(message.createdAt).date();
        if (day != lastDay) {
            TimelineItem separator;
            separator.kind = TimelineItem::Kind::DaySeparator;
            separator.day = day;
            items.append(separator);
            lastDay = day;
        }
        // Activity lines (assigned, resolved…) and system events posted through the API are not the customer
        // choosing a channel: they neither start nor end a switch.
        if (markSwitches && message.kind != MessageKind::Activity && message.channel != Channel::Api) {
            std::optional<Channel> from;
            if (previousFacing) {
                if (startsChannelSwitch(*previousFacing, message))
                    from = previousFacing->channel;
            } else {
                from = channelBeforeFirst;
            }
            if (from) {
                TimelineItem marker;
                marker.kind = TimelineItem::Kind::ChannelSwitch;
                marker.message = message;
                marker.previousChannel = *from;
                items.append(marker);
            }
            previousFacing = &message;
        }
        TimelineItem item;
        item.kind = TimelineItem::Kind::Message;
        item.message = message;
        item.attachments = attachments.value(message.id);
        items.append(item);
    }
    return items;
}

} // namespace kontor::models
