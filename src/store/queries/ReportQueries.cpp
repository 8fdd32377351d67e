#include "store/queries/ReportQueries.h"

#include "store/sql/Database.h"

#include <string>

namespace kontor {

namespace {
constexpr const char *kContactColumns =
    "SELECT id, customer_id, inbox_id, team_id, channel, created_at, first_reply_at, resolved_at, status, "
    "sla_first_reply_due, sla_resolution_due FROM conversations ";
} // namespace

ReportQueries::ReportQueries(sql::Database &db)
    : db_(db)
{}

QList<ContactRow> ReportQueries::read(const char *where, UtcMillis bound)
{
    QList<ContactRow> contacts;
    sql::Statement select = db_.prepare(std::string(kContactColumns) + where);
    if (select.hasParameter(":bound"))
        select.bind(":bound", bound);
    while (select.step()) {
        ContactRow row;
        row.id = select.int64(0);
        row.customerId = select.int64(1);
        row.inboxId = select.optionalInt64(2);
        row.teamId = select.optionalInt64(3);
        row.channel = channelFromKey(select.text(4));
        row.createdAt = select.int64(5);
        row.firstReplyAt = select.optionalInt64(6);
        row.resolvedAt = select.optionalInt64(7);
        row.resolved = select.text(8) == QLatin1StringView("resolved");
        row.slaFirstReplyDue = select.optionalInt64(9);
        row.slaResolutionDue = select.optionalInt64(10);
        contacts.append(row);
    }
    return contacts;
}

QList<ContactRow> ReportQueries::createdSince(UtcMillis from)
{
    return read("WHERE created_at >= :bound", from);
}

QList<ContactRow> ReportQueries::unresolved()
{
    return read("WHERE status <> 'resolved'", 0);
}

QList<ContactRow> ReportQueries::resolvedSinceWithFollowUps(UtcMillis from)
{
    return read("WHERE customer_id IN (SELECT customer_id FROM conversations WHERE status = 'resolved' "
                "AND resolved_at >= :bound) AND (created_at >= :bound OR resolved_at >= :bound)",
                from);
}

QList<SurveyAnswerRow> ReportQueries::surveyAnswersSince(UtcMillis from)
{
    sql::Statement select =
        db_.prepare("SELECT conversation_id, rating, created_at FROM csat_answers WHERE created_at >= ?");
    select.bindAll(from);
    QList<SurveyAnswerRow> answers;
    while (select.step())
        answers.append({select.int64(0), select.int32(1), select.int64(2)});
    return answers;
}

} // namespace kontor
