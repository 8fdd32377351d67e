#include "analytics/ContactSource.h"

#include "store/StoreReader.h"
#include "store/sql/Database.h"

#include <string>

namespace kontor {

namespace {
// A conversation closed without an agent's answer was abandoned: the customer left before anyone answered.
constexpr const char *kContactColumns =
    "SELECT id, customer_id, inbox_id, team_id, channel, created_at, first_reply_at, resolved_at, status, "
    "sla_first_reply_due, sla_resolution_due FROM conversations ";
} // namespace

ContactSource::ContactSource(StoreReader &reader)
    : reader_(reader)
{}

QList<Contact> ContactSource::read(const char *where, UtcMillis bound)
{
    QList<Contact> contacts;
    auto q = reader_.database().prepare(std::string(kContactColumns) + where);
    if (q.hasParameter(":bound"))
        q.bind(":bound", bound);
    while (q.step()) {
        Contact c;
        c.id = q.int64(0);
        c.customerId = q.int64(1);
        c.inboxId = q.optionalInt64(2);
        c.teamId = q.optionalInt64(3);
        c.channel = channelFromKey(q.text(4)).value_or(Channel::Email);
        c.offeredAt = q.int64(5);
        c.answeredAt = q.optionalInt64(6);
        const bool resolved = q.text(8) == QLatin1StringView("resolved");
        if (resolved)
            c.resolvedAt = q.optionalInt64(7).value_or(c.offeredAt);
        c.abandoned = resolved && !c.answeredAt;
        c.slaFirstReplyDue = q.optionalInt64(9);
        c.slaResolutionDue = q.optionalInt64(10);
        contacts.append(c);
    }
    return contacts;
}

QList<Contact> ContactSource::offeredSince(UtcMillis from)
{
    return read("WHERE created_at >= :bound", from);
}

QList<Contact> ContactSource::open()
{
    return read("WHERE status <> 'resolved'", 0);
}

QList<Contact> ContactSource::resolvedSinceWithFollowUps(UtcMillis from)
{
    return read("WHERE customer_id IN (SELECT customer_id FROM conversations WHERE status = 'resolved' "
                "AND resolved_at >= :bound) AND (created_at >= :bound OR resolved_at >= :bound)",
                from);
}

QList<CsatAnswer> ContactSource::csatSince(UtcMillis from)
{
    QList<CsatAnswer> answers;
    auto q = reader_.database().prepare("SELECT conversation_id, rating, created_at FROM csat_answers "
                                        "WHERE created_at >= ?");
    q.bind(1, from);
    while (q.step())
        answers.append({q.int64(0), q.int32(1), q.int64(2)});
    return answers;
}

QList<AgentLoad> ContactSource::agents()
{
    QList<AgentLoad> loads;
    for (const AgentRow &agent : reader_.directory().agents())
        loads.append({agent.id, agent.name, agent.presence, agent.presenceSince, agent.capacity,
                      agent.openConversations});
    return loads;
}

QHash<qint64, QList<qint64>> ContactSource::teamMembers()
{
    QHash<qint64, QList<qint64>> members;
    for (const TeamRow &team : reader_.directory().teams())
        members.insert(team.id, team.memberIds);
    return members;
}

WallboardInputs ContactSource::wallboardInputs(UtcMillis now, UtcMillis dayStart, qint64 fcrWindowMs)
{
    WallboardInputs inputs;
    inputs.now = now;
    inputs.dayStart = dayStart;
    inputs.today = offeredSince(dayStart);
    inputs.open = open();
    inputs.recentResolved = resolvedSinceWithFollowUps(now - 2 * fcrWindowMs);
    inputs.csatToday = csatSince(dayStart);
    return inputs;
}

} // namespace kontor
