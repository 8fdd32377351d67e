#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace kontor {

// Every time in Kontor's store and value types is UTC milliseconds since the epoch.
using UtcMillis = qint64;

UtcMillis nowUtcMillis();
QDateTime toDateTime(UtcMillis millis);
UtcMillis toUtcMillis(const QDateTime &dateTime);

} // namespace kontor
