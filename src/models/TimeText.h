#pragma once

#include "core/Time.h"

#include <QCoreApplication>
#include <QString>

namespace kontor::models {

// Short, translated times for dense lists: "now", "5 min", "3 h", "Yesterday", "Mon", "12 Mar".
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)
public:
    // How long ago `then` was, as a list shows it.
    static QString age(UtcMillis then, UtcMillis now);
    // A duration in its two largest units: "45 min", "1 h 20 min", "2 d 3 h".
    static QString duration(qint64 milliseconds);
    // The time of day a message was written, or its date when not today.
    static QString stamp(UtcMillis when, UtcMillis now);
    // Hours and minutes in the locale's way, never seconds.
    static QString clock(const QTime &time);
};

} // namespace kontor::models
