#pragma once

#include "store/queries/MessageQueries.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace kontor::models {

// One row of a timeline: a message, or one of the lines a reader needs between messages — the start of a new
// day, or the place where the customer moved to another channel (or another conversation on the same one).
struct TimelineItem
{
    enum class Kind
    {
        DaySeparator,
        ChannelSwitch,
        Message,
    };

    Kind kind = Kind::Message;
    QDate day;          // DaySeparator: the local date that starts here
    MessageRow message; // Message; ChannelSwitch: the first message on the new channel
    Channel previousChannel = Channel::WebChat; // ChannelSwitch: where the customer came from
    QStringList attachments;                    // Message: "name.pdf (120 KB)" lines

    // Identifies the row across rebuilds, so that a rebuilt list can be compared with the shown one.
    qint64 key() const;
};

// Lays out messages (oldest first) as timeline rows: day separators, switch markers and messages.
// channelBeforeFirst is set when the first message already starts a switch (its customer-facing neighbour,
// not in the list, was on that channel).
QList<TimelineItem> layoutTimeline(const QList<MessageRow> &messages,
                                   const QHash<qint64, QStringList> &attachments, bool markSwitches,
                                   std::optional<Channel> channelBeforeFirst);

// True when the customer moved between `previous` and `current`: the channel changed.
bool startsChannelSwitch(const MessageRow &previous, const MessageRow &current);

} // namespace kontor::models

Q_DECLARE_METATYPE(kontor::MessageRow)
