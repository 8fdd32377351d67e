#pragma once

#include <QString>
#include <cstddef>
#include <optional>

namespace kontor {

// One row of a table that maps an enum to the stable text key it is stored and exchanged as.
template<typename Enum>
struct EnumKey
{
    Enum value;
    const char *key;
};

template<typename Enum, std::size_t N>
QString keyOf(const EnumKey<Enum> (&table)[N], Enum value)
{
    for (const auto &row : table) {
        if (row.value == value)
            return QString::fromLatin1(row.key);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromKey(const EnumKey<Enum> (&table)[N], QStringView key)
{
    for (const auto &row : table) {
        if (key == QLatin1StringView(row.key))
            return row.value;
    }
    return std::nullopt;
}

} // namespace kontor
