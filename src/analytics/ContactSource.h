#pragma once

#include "analytics/Contact.h"
#include "analytics/Wallboard.h"

#include <QHash>

namespace kontor {

class StoreReader;

// Reads what the supervisor figures need from the store: contacts of a period, open contacts, survey answers
// and the agents' load. Read-only, on the reader's thread.
class ContactSource
{
public:
    explicit ContactSource(StoreReader &reader);

    QList<Contact> offeredSince(UtcMillis from);
    QList<Contact> open();
    // Contacts resolved since `from`, with every later contact of the same customers (for first-contact
    // resolution).
    QList<Contact> resolvedSinceWithFollowUps(UtcMillis from);
    QList<CsatAnswer> csatSince(UtcMillis from);
    QList<AgentLoad> agents();
    // Team id -> member agent ids.
    QHash<qint64, QList<qint64>> teamMembers();

    WallboardInputs wallboardInputs(UtcMillis now, UtcMillis dayStart, qint64 fcrWindowMs);

private:
    StoreReader &reader_;
};

} // namespace kontor
