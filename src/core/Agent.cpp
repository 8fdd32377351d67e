#include "core/Agent.h"

#include "core/EnumKeys.h"

#include <QCoreApplication>

namespace kontor {

namespace {
constexpr EnumKey<Presence> kPresenceKeys[] = {
    {Presence::Online, "online"},
    {Presence::Busy, "busy"},
    {Presence::Away, "away"},
    {Presence::Offline, "offline"},
};
} // namespace

QString presenceKey(Presence presence)
{
    return keyOf(kPresenceKeys, presence);
}

std::optional<Presence> presenceFromKey(QStringView key)
{
    return enumFromKey(kPresenceKeys, key);
}

QString presenceDisplayName(Presence presence)
{
    switch (presence) {
    case Presence::Online:
        return QCoreApplication::translate("Presence", "Online");
    case Presence::Busy:
        return QCoreApplication::translate("Presence", "Busy");
    case Presence::Away:
        return QCoreApplication::translate("Presence", "Away");
    case Presence::Offline:
        return QCoreApplication::translate("Presence", "Offline");
    }
    return {};
}

} // namespace kontor
