#pragma once

#include <QString>
#include <optional>

namespace kontor {

enum class Presence
{
    Online,
    Busy,
    Away,
    Offline
};

QString presenceKey(Presence presence);
std::optional<Presence> presenceFromKey(QStringView key);
QString presenceDisplayName(Presence presence);

} // namespace kontor
