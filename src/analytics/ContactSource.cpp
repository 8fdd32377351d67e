#include "analytics/ContactSource.h"

#include "store/StoreReader.h"

namespace kontor {

namespace {
// A conversation closed without an agent's answer was abandoned: the customer left before anyone answered.
QList<Contact> contactsOf(const QList<ContactRow> &rows)
{
    QList<Contact> contacts;
    contacts.reserve(rows.size());
    for (const ContactRow &row : rows) {
        Contact c;
        c.id = row.id;
        c.customerId = row.customerId;
        c.inboxId = row.inboxId;
        c.teamId = row.teamId;
        c.channel = row.channel.value_or(Channel::Email);
        c.offeredAt = row.createdAt;
        c.answeredAt = row.firstReplyAt;
        if (row.resolved)
            c.resolvedAt = row.resolvedAt.value_or(c.offeredAt);
        c.abandoned = row.resolved && !c.answeredAt;
        c.slaFirstReplyDue = row.slaFirstReplyDue;
        c.slaResolutionDue = row.slaResolutionDue;
        contacts.append(c);
    }
    return contacts;
}
} // namespace

ContactSource::ContactSource(StoreReader &reader)
    : reader_(reader)
{}

QList<Contact> ContactSource::offeredSince(UtcMillis from)
{
    return contactsOf(reader_.reports().createdSince(from));
}

QList<Contact> ContactSource::open()
{
    return contactsOf(reader_.reports().unresolved());
}

QList<Contact> ContactSource::resolvedSinceWithFollowUps(UtcMillis from)
{
    return contactsOf(reader_.reports().resolvedSinceWithFollowUps(from));
}

QList<CsatAnswer> ContactSource::csatSince(UtcMillis from)
{
    QList<CsatAnswer> answers;
    for (const SurveyAnswerRow &row : reader_.reports().surveyAnswersSince(from))
        answers.append({row.conversationId, row.rating, row.answeredAt});
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
