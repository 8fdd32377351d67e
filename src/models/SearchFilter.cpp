#include "models/SearchFilter.h"

#include <QDateTime>

namespace kontor::models {

bool SearchFilter::isEmpty() const
{
    return !channel && !status && assignee == Assignee::Anyone && !from && !to && !inboxId;
}

bool SearchFilter::matches(const ConversationRow &conversation, Channel hitChannel, UtcMillis time,
                           const QSet<qint64> &selfAgents) const
{
    if (channel && hitChannel != *channel)
        return false;
    if (status && conversation.status != *status)
        return false;
    if (inboxId && conversation.inboxId != inboxId)
        return false;
    switch (assignee) {
    case Assignee::Anyone:
        break;
    case Assignee::Me:
        if (!conversation.assigneeId || !selfAgents.contains(*conversation.assigneeId))
            return false;
        break;
    case Assignee::Nobody:
        if (conversation.assigneeId)
            return false;
        break;
    case Assignee::Agent:
        if (conversation.assigneeId != agentId)
            return false;
        break;
    }
    const QDate day = QDateTime::fromMSecsSinceEpoch(time).toLocalTime().date();
    if (from && day < *from)
        return false;
    if (to && day > *to)
        return false;
    return true;
}

} // namespace kontor::models
