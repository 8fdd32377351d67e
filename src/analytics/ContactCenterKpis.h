#pragma once

#include "analytics/BusinessHours.h"
#include "analytics/Contact.h"

#include <QList>
#include <optional>

namespace kontor {

// The figures supervisors and wallboards use, computed from contacts. Every function takes `now` explicitly
// so that the same contacts always give the same answer. A figure with nothing to measure yet (no contact
// answered, no survey returned) is nullopt, never a made-up 0 % or 100 %.
namespace kpi {

// Share of contacts answered within `thresholdMs` of being offered. Counted against it: contacts answered
// later, contacts still unanswered past the threshold, and contacts abandoned after it. Left out: contacts
// still within the threshold (not decided yet) and contacts abandoned within it (short abandons, which no
// agent could have answered in time).
std::optional<double> serviceLevel(const QList<Contact> &contacts, qint64 thresholdMs, UtcMillis now);

// Average speed of answer: the mean queue wait of answered contacts, in milliseconds.
std::optional<qint64> averageSpeedOfAnswer(const QList<Contact> &contacts);

// Age of the oldest contact still waiting for its first answer at `now`; 0 when nobody waits.
qint64 longestWait(const QList<Contact> &contacts, UtcMillis now);

// Mean and median first response time, counted in business hours.
struct Duration
{
    qint64 meanMs = 0;
    qint64 medianMs = 0;
    int count = 0;
};
std::optional<Duration> firstResponseTime(const QList<Contact> &contacts, const BusinessHours &hours);
std::optional<Duration> resolutionTime(const QList<Contact> &contacts);

// Abandoned contacts divided by offered contacts.
std::optional<double> abandonmentRate(const QList<Contact> &contacts);

struct Backlog
{
    qint64 open = 0;
    qint64 pastSla = 0; // open and past either SLA deadline (first reply while unanswered, or resolution)
};
Backlog backlog(const QList<Contact> &contacts, UtcMillis now);

qint64 resolvedBetween(const QList<Contact> &contacts, UtcMillis from, UtcMillis to);

// Share of survey answers rating 4 or 5 of 5.
std::optional<double> csat(const QList<CsatAnswer> &answers);

// First-contact resolution: of the resolved contacts whose window has fully passed (or that already came
// back), the share whose customer did not open a new contact within `windowMs` after the resolution.
std::optional<double> firstContactResolution(const QList<Contact> &contacts, qint64 windowMs, UtcMillis now);

} // namespace kpi
} // namespace kontor
