#include "connectors/chatwoot/api/JsonRead.h"
#include "connectors/chatwoot/mapping/ChannelMapping.h"
#include "connectors/chatwoot/mapping/RecordMapping.h"

namespace kontor::chatwoot {

Presence presenceFromAvailability(const QString &availability)
{
    if (availability == QLatin1StringView("online"))
        return Presence::Online;
    if (availability == QLatin1StringView("busy"))
        return Presence::Busy;
    if (availability == QLatin1StringView("away"))
        return Presence::Away;
    return Presence::Offline;
}

std::optional<InboxRecord> mapInbox(const QJsonObject &inbox)
{
    InboxRecord record;
    record.remoteId = readId(inbox.value(QLatin1StringView("id")));
    if (record.remoteId.isEmpty())
        return std::nullopt;
    record.name = readString(inbox.value(QLatin1StringView("name")));
    record.channel = channelForInboxType(readString(inbox.value(QLatin1StringView("channel_type"))),
                                         readString(inbox.value(QLatin1StringView("medium"))));
    return record;
}

std::optional<AgentRecord> mapAgent(const QJsonObject &agent, qint64 selfUserId)
{
    AgentRecord record;
    record.remoteId = readId(agent.value(QLatin1StringView("id")));
    if (record.remoteId.isEmpty())
        return std::nullopt;
    record.name = readString(agent.value(QLatin1StringView("available_name")));
    if (record.name.isEmpty())
        record.name = readString(agent.value(QLatin1StringView("name")));
    record.email = readString(agent.value(QLatin1StringView("email"))).trimmed().toLower();
    record.presence =
        presenceFromAvailability(readString(agent.value(QLatin1StringView("availability_status"))));
    record.isSelf = selfUserId > 0 && record.remoteId == QString::number(selfUserId);
    return record;
}

std::optional<TeamRecord> mapTeam(const QJsonObject &team, const QStringList &memberIds)
{
    TeamRecord record;
    record.remoteId = readId(team.value(QLatin1StringView("id")));
    if (record.remoteId.isEmpty())
        return std::nullopt;
    record.name = readString(team.value(QLatin1StringView("name")));
    record.memberRemoteIds = memberIds;
    return record;
}

std::optional<CannedResponseRecord> mapCannedResponse(const QJsonObject &canned)
{
    CannedResponseRecord record;
    record.remoteId = readId(canned.value(QLatin1StringView("id")));
    if (record.remoteId.isEmpty())
        return std::nullopt;
    record.shortCode = readString(canned.value(QLatin1StringView("short_code")));
    record.content = readString(canned.value(QLatin1StringView("content")));
    return record;
}

} // namespace kontor::chatwoot
