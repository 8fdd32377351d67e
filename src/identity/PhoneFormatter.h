#pragma once

#include "identity/PhoneRegion.h"

#include <QString>

namespace kontor {

// Shows E.164 numbers the way an agent reads and dials them, with libphonenumber's formatting rules per
// country. A text that is not E.164 is returned as it is, so that displaying never loses what was stored.
class PhoneFormatter
{
public:
    // The agent's region decides which numbers are domestic.
    explicit PhoneFormatter(PhoneRegion agentRegion);

    // "+49 30 1234567", "+45 32 12 34 56", "+1 415-555-2671".
    QString international(QStringView e164, QStringView extension = {}) const;
    // Numbers of the agent's own country in national format ("030 1234567" for an agent in DE), all others
    // international: what the agent would dial.
    QString forAgent(QStringView e164, QStringView extension = {}) const;
    // "tel:+49-30-1234567;ext=12", for a click-to-call link.
    QString telUri(QStringView e164, QStringView extension = {}) const;

private:
    PhoneRegion m_region;
};

} // namespace kontor
