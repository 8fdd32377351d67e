#pragma once

#include "core/Channel.h"
#include "core/Time.h"

#include <QList>
#include <optional>

namespace kontor::sql {
class Database;
}

namespace kontor {

// A conversation as the contact-center figures read it.
struct ContactRow
{
    qint64 id = 0;
    qint64 customerId = 0;
    std::optional<qint64> inboxId{};
    std::optional<qint64> teamId{};
    std::optional<Channel> channel{};
    UtcMillis createdAt = 0;
    std::optional<UtcMillis> firstReplyAt{};
    std::optional<UtcMillis> resolvedAt{};
    bool resolved = false;
    std::optional<UtcMillis> slaFirstReplyDue{};
    std::optional<UtcMillis> slaResolutionDue{};
};

struct SurveyAnswerRow
{
    qint64 conversationId = 0;
    int rating = 0; // 1..5
    UtcMillis answeredAt = 0;
};

// The rows the supervisor figures are computed from (src/analytics).
class ReportQueries
{
public:
    explicit ReportQueries(sql::Database &db);

    // Conversations created since `from`.
    QList<ContactRow> createdSince(UtcMillis from);
    // Conversations not resolved.
    QList<ContactRow> unresolved();
    // Conversations resolved since `from`, with every conversation of the same customers created or resolved
    // since then (for first-contact resolution).
    QList<ContactRow> resolvedSinceWithFollowUps(UtcMillis from);
    QList<SurveyAnswerRow> surveyAnswersSince(UtcMillis from);

private:
    QList<ContactRow> read(const char *where, UtcMillis bound);
    sql::Database &db_;
};

} // namespace kontor
