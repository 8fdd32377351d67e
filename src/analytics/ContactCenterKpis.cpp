#include "analytics/ContactCenterKpis.h"

#include <QHash>
#include <algorithm>

namespace kontor::kpi {

namespace {
std::optional<double> share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

std::optional<Duration> summarize(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    qint64 sum = 0;
    for (qint64 v : values)
        sum += v;
    const qsizetype n = values.size();
    const qint64 median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return Duration{sum / n, median, int(n)};
}
} // namespace

std::optional<double> serviceLevel(const QList<Contact> &contacts, qint64 thresholdMs, UtcMillis now)
{
    qint64 met = 0;
    qint64 counted = 0;
    for (const Contact &c : contacts) {
        const UtcMillis deadline = c.offeredAt + thresholdMs;
        if (c.answeredAt) {
            ++counted;
            if (*c.answeredAt <= deadline)
                ++met;
        } else if (c.abandoned) {
            // Without a time of abandoning, a closed unanswered contact counts as abandoned at its
            // resolution.
            const UtcMillis leftAt = c.resolvedAt.value_or(now);
            if (leftAt > deadline)
                ++counted;
        } else if (now > deadline) {
            ++counted; // still waiting, already too late
        }
    }
    return share(met, counted);
}

std::optional<qint64> averageSpeedOfAnswer(const QList<Contact> &contacts)
{
    qint64 total = 0;
    qint64 answered = 0;
    for (const Contact &c : contacts) {
        if (!c.answeredAt)
            continue;
        total += std::max<qint64>(0, *c.answeredAt - c.offeredAt);
        ++answered;
    }
    if (answered == 0)
        return std::nullopt;
    return total / answered;
}

qint64 longestWait(const QList<Contact> &contacts, UtcMillis now)
{
    qint64 longest = 0;
    for (const Contact &c : contacts) {
        if (c.isWaitingForFirstAnswer())
            longest = std::max(longest, now - c.offeredAt);
    }
    return longest;
}

std::optional<Duration> firstResponseTime(const QList<Contact> &contacts, const BusinessHours &hours)
{
    QList<qint64> values;
    for (const Contact &c : contacts) {
        if (c.answeredAt)
            values.append(hours.businessMillisBetween(c.offeredAt, *c.answeredAt));
    }
    return summarize(values);
}

std::optional<Duration> resolutionTime(const QList<Contact> &contacts)
{
    QList<qint64> values;
    for (const Contact &c : contacts) {
        if (c.resolvedAt && !c.abandoned)
            values.append(std::max<qint64>(0, *c.resolvedAt - c.offeredAt));
    }
    return summarize(values);
}

std::optional<double> abandonmentRate(const QList<Contact> &contacts)
{
    const qint64 abandoned =
        std::count_if(contacts.begin(), contacts.end(), [](const Contact &c) { return c.abandoned; });
    return share(abandoned, contacts.size());
}

Backlog backlog(const QList<Contact> &contacts, UtcMillis now)
{
    Backlog result;
    for (const Contact &c : contacts) {
        if (!c.isOpen())
            continue;
        ++result.open;
        const bool firstReplyLate = !c.answeredAt && c.slaFirstReplyDue && *c.slaFirstReplyDue < now;
        const bool resolutionLate = c.slaResolutionDue && *c.slaResolutionDue < now;
        if (firstReplyLate || resolutionLate)
            ++result.pastSla;
    }
    return result;
}

qint64 resolvedBetween(const QList<Contact> &contacts, UtcMillis from, UtcMillis to)
{
    return std::count_if(contacts.begin(), contacts.end(), [&](const Contact &c) {
        return c.resolvedAt && !c.abandoned && *c.resolvedAt >= from && *c.resolvedAt < to;
    });
}

std::optional<double> csat(const QList<CsatAnswer> &answers)
{
    qint64 valid = 0;
    qint64 satisfied = 0;
    for (const CsatAnswer &a : answers) {
        if (a.rating < 1 || a.rating > 5)
            continue; // a malformed answer says nothing about satisfaction
        ++valid;
        if (a.rating >= 4)
            ++satisfied;
    }
    return share(satisfied, valid);
}

std::optional<double> firstContactResolution(const QList<Contact> &contacts, qint64 windowMs, UtcMillis now)
{
    QHash<qint64, QList<UtcMillis>> offersByCustomer;
    for (const Contact &c : contacts)
        offersByCustomer[c.customerId].append(c.offeredAt);

    qint64 judged = 0;
    qint64 firstTime = 0;
    for (const Contact &c : contacts) {
        if (!c.resolvedAt || c.abandoned)
            continue;
        const UtcMillis windowEnd = *c.resolvedAt + windowMs;
        bool cameBack = false;
        for (UtcMillis offered : offersByCustomer.value(c.customerId)) {
            if (offered > c.offeredAt && offered > *c.resolvedAt && offered <= windowEnd)
                cameBack = true;
        }
        if (!cameBack && windowEnd > now)
            continue; // may still come back: not judged yet
        ++judged;
        if (!cameBack)
            ++firstTime;
    }
    return share(firstTime, judged);
}

} // namespace kontor::kpi
