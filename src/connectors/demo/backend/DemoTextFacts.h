#pragma once

#include "connectors/demo/backend/DemoContent.h"
#include "connectors/demo/backend/DemoRecords.h"

#include <QString>

namespace kontor {

// The particulars a conversation's texts agree on: the order, product, amounts, tracking number… They are
// drawn from the world's seed and the number of the conversation where the issue began, so a customer who
// switches channel in the middle of an issue keeps talking about the same order.
struct DemoTextFacts
{
    QString first;     // the customer's first name
    QString name;      // the customer's full name
    QString email;     // the customer's address, as they write it
    QString agent;     // the writing agent's first name
    QString colleague; // "@Name" of the agent a note asks for help
    QString order;
    QString product;
    QString amount;
    QString date;
    QString days;
    QString tracking;
    QString carrier;
    QString invoice;
    QString street;
    QString city;
    QString error;
    QString endpoint;
    QString time;
    QString plan;
    QString previous; // the channel the customer used before, as they name it
    QString duration; // of a phone call

    // rootNumber is the number of the conversation where the issue began, rootCreatedAt its creation time.
    static DemoTextFacts make(quint64 seed, qint64 rootNumber, UtcMillis rootCreatedAt,
                              const DemoCustomer &customer);

    QString value(QStringView key) const;
};

// Replaces each {key} in text by the fact of that name; unknown keys stay as they are.
QString fillTemplate(QStringView text, const DemoTextFacts &facts);

// A date or time in the customer's language, at a fixed offset from UTC (the demo has no time-zone database).
QString formatDemoDate(const char *pattern, const DemoPhrasebook &book, UtcMillis at, int utcOffsetMinutes);
QString formatDemoDuration(const DemoPhrasebook &book, int seconds);

DemoLanguage demoLanguageOf(const DemoCustomer &customer);
const DemoPlace &demoPlaceOf(const DemoCustomer &customer);

} // namespace kontor
