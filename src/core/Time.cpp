#include "core/Time.h"

#include <QTimeZone>

namespace kontor {

UtcMillis nowUtcMillis()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime toDateTime(UtcMillis millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::UTC);
}

UtcMillis toUtcMillis(const QDateTime &dateTime)
{
    return dateTime.toMSecsSinceEpoch();
}

} // namespace kontor
