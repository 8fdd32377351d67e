#include "connectors/demo/backend/DemoDirectory.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace kontor {

namespace {

struct AgentInfo
{
    const char *name;
    const char *email;
    const char *languages;
    const char *teams; // team numbers
    int capacity;
    Presence presence;
};

// agent-1 is the signed-in agent.
constexpr AgentInfo kAgents[] = {
    {"Mette Sørensen", "mette.soerensen", "da en de", "1 5", 8, Presence::Online},
    {"Jonas Weber", "jonas.weber", "de en", "2 4", 6, Presence::Online},
    {"Emily Clarke", "emily.clarke", "en", "1", 8, Presence::Online},
    {"Lukas Becker", "lukas.becker", "de en", "4", 8, Presence::Busy},
    {"Freja Nielsen", "freja.nielsen", "da en", "5 1", 8, Presence::Online},
    {"Oliver Hansen", "oliver.hansen", "da en de", "3", 10, Presence::Online},
    {"Priya Patel", "priya.patel", "en", "2", 6, Presence::Away},
    {"Hannah Schmidt", "hannah.schmidt", "de en", "3 4", 8, Presence::Online},
    {"Tom Fischer", "tom.fischer", "de en", "2", 5, Presence::Offline},
    {"Sofie Larsen", "sofie.larsen", "da en", "5", 4, Presence::Online},
    {"James O'Connor", "james.oconnor", "en", "1 3", 8, Presence::Online},
};

struct TeamInfo
{
    const char *name;
    const char *languages;
    int minutes[5][2]; // first reply, resolution; for Urgent, High, Medium, Low, None
};

constexpr TeamInfo kTeams[] = {
    {"Customer Care", "en da de", {{15, 240}, {30, 480}, {60, 1440}, {240, 2880}, {480, 4320}}},
    {"Technical Support", "en de da", {{15, 120}, {30, 480}, {120, 1440}, {480, 4320}, {480, 4320}}},
    {"Billing & Payments", "en de da", {{30, 480}, {60, 1440}, {240, 2880}, {480, 4320}, {1440, 7200}}},
    {"Kundenservice DACH", "de", {{15, 240}, {30, 480}, {60, 1440}, {240, 2880}, {480, 4320}}},
    {"Kundeservice Norden", "da", {{15, 240}, {30, 480}, {60, 1440}, {240, 2880}, {480, 4320}}},
};

struct InboxInfo
{
    Channel channel;
    const char *name;
    const char *address;
};

// In the order of the Channel enumeration, so that inbox-N serves the N-th channel.
constexpr InboxInfo kInboxes[] = {
    {Channel::Email, "Support email", "support@brightlane.example"},
    {Channel::WebChat, "Website chat", "https://brightlane.example/help"},
    {Channel::Sms, "SMS +45 70 20 30 40", "+4570203040"},
    {Channel::WhatsApp, "WhatsApp Business", "+4570203041"},
    {Channel::Messenger, "Facebook Messenger", "Brightlane Home"},
    {Channel::Instagram, "Instagram DMs", "@brightlane.home"},
    {Channel::Telegram, "Telegram @BrightlaneBot", "@BrightlaneBot"},
    {Channel::Voice, "Phone hotline +49 30 9921 4400", "+493099214400"},
    {Channel::Api, "Contact form (API)", "https://brightlane.example/contact"},
};

constexpr Priority kPriorities[] = {Priority::Urgent, Priority::High, Priority::Medium, Priority::Low,
                                    Priority::None};

QString agentId(int number)
{
    return u"agent-"_s + QString::number(number);
}

QString teamId(int number)
{
    return u"team-"_s + QString::number(number);
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

DemoDirectory DemoDirectory::build(UtcMillis epoch)
{
    const UtcMillis setUpAt = epoch - 90LL * 24 * 3600 * 1000;
    DemoDirectory directory;
    for (int i = 0; i < int(std::size(kInboxes)); ++i) {
        DemoInbox inbox;
        inbox.remoteId = u"inbox-"_s + QString::number(i + 1);
        inbox.updatedAt = setUpAt;
        inbox.name = QString::fromUtf8(kInboxes[i].name);
        inbox.channel = kInboxes[i].channel;
        inbox.address = QString::fromUtf8(kInboxes[i].address);
        inbox.teamId = teamId(1);
        directory.inboxes.append(inbox);
    }
    for (int i = 0; i < int(std::size(kAgents)); ++i) {
        const AgentInfo &info = kAgents[i];
        DemoAgent agent;
        agent.remoteId = agentId(i + 1);
        agent.updatedAt = setUpAt;
        agent.name = QString::fromUtf8(info.name);
        agent.email = QString::fromUtf8(info.email) + u"@brightlane.example"_s;
        agent.presence = info.presence;
        agent.presenceSince = epoch - (i + 1) * 17LL * 60 * 1000;
        agent.capacity = info.capacity;
        agent.isSelf = i == 0;
        agent.languages = words(info.languages);
        directory.agents.append(agent);
    }
    for (int t = 0; t < int(std::size(kTeams)); ++t) {
        DemoTeam team;
        team.remoteId = teamId(t + 1);
        team.updatedAt = setUpAt;
        team.name = QString::fromUtf8(kTeams[t].name);
        team.memberIds = demoTeamMembers(team.remoteId);
        team.languages = words(kTeams[t].languages);
        for (int p = 0; p < 5; ++p)
            team.sla.append({kPriorities[p], kTeams[t].minutes[p][0], kTeams[t].minutes[p][1]});
        directory.teams.append(team);
    }
    int number = 0;
    for (const DemoCannedText &text : demoCannedTexts()) {
        DemoCannedResponse canned;
        canned.remoteId = u"canned-"_s + QString::number(++number);
        canned.updatedAt = setUpAt;
        canned.shortCode = QString::fromUtf8(text.shortCode);
        canned.title = QString::fromUtf8(text.title);
        canned.language = demoLanguageKey(text.language);
        canned.content = QString::fromUtf8(text.content);
        directory.cannedResponses.append(canned);
    }
    return directory;
}

int DemoDirectory::recordCount() const
{
    return int(inboxes.size() + agents.size() + teams.size() + cannedResponses.size());
}

QString demoSelfAgentId()
{
    return agentId(1);
}

QString demoInboxIdFor(Channel channel)
{
    for (int i = 0; i < int(std::size(kInboxes)); ++i) {
        if (kInboxes[i].channel == channel)
            return u"inbox-"_s + QString::number(i + 1);
    }
    return u"inbox-1"_s;
}

QString demoTeamIdFor(DemoTopic topic, DemoLanguage language)
{
    switch (topic) {
    case DemoTopic::Api:
    case DemoTopic::Login:
        return teamId(2);
    case DemoTopic::Invoice:
    case DemoTopic::Refund:
    case DemoTopic::Subscription:
        return teamId(3);
    default:
        break;
    }
    switch (language) {
    case DemoLanguage::German:
        return teamId(4);
    case DemoLanguage::Danish:
        return teamId(5);
    case DemoLanguage::English:
        break;
    }
    return teamId(1);
}

QStringList demoTeamMembers(const QString &id)
{
    // Asked for every generated conversation: worked out once.
    static const QHash<QString, QStringList> members = [] {
        QHash<QString, QStringList> byTeam;
        for (int i = 0; i < int(std::size(kAgents)); ++i) {
            for (const QString &team : words(kAgents[i].teams))
                byTeam[teamId(team.toInt())].append(agentId(i + 1));
        }
        return byTeam;
    }();
    return members.value(id);
}

QString demoAgentName(const QString &id)
{
    bool ok = false;
    const int number = id.section(u'-', 1).toInt(&ok);
    if (!ok || number < 1 || number > int(std::size(kAgents)))
        return {};
    return QString::fromUtf8(kAgents[number - 1].name);
}

} // namespace kontor
