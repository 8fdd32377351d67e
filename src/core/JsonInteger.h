#pragma once

#include <QJsonValue>

#include <limits>
#include <optional>

namespace kontor {

// A JSON number read as a whole qint64: nullopt for anything else — not a number, a fraction, or a number
// beyond 64 bits (which a plain cast would turn into undefined behaviour). For JSON Kontor wrote itself that
// may have been damaged on disk, and for JSON from elsewhere alike.
inline std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    constexpr qint64 kNotAnInteger = std::numeric_limits<qint64>::min();
    if (!value.isDouble())
        return std::nullopt;
    const qint64 number = value.toInteger(kNotAnInteger);
    if (number == kNotAnInteger)
        return std::nullopt;
    return number;
}

} // namespace kontor
