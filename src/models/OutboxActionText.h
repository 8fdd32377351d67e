#pragma once

#include "store/queries/OutboxQueries.h"

#include <QCoreApplication>
#include <QString>

namespace kontor::models {

// Says in the agent's words what an unfinished outbox entry is: the action ("Reply to Anna Berg", "Resolve"),
// where it belongs, how far it got, why it is stuck, and what discarding it loses.
class OutboxActionText
{
    Q_DECLARE_TR_FUNCTIONS(OutboxActionText)
public:
    static QString action(const UnfinishedAction &entry);
    // The conversation (customer · subject · channel), or what an entry on none is about.
    static QString where(const UnfinishedAction &entry);
    static QString state(const UnfinishedAction &entry);
    // The backend's reason for a failure, the last error before a retry, or what the entry waits for.
    static QString reason(const UnfinishedAction &entry);
    // For the confirmation before discarding: what is lost.
    static QString discardConsequence(const UnfinishedAction &entry);
    // The action of a bare kind key, for the entry another one waits for.
    static QString kindName(const QString &kind);
};

} // namespace kontor::models
