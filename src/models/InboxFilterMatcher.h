#pragma once

#include "store/queries/InboxQueries.h"

#include <QSet>

namespace kontor {
class StoreReader;
}

namespace kontor::models {

// Decides whether one conversation belongs to an inbox view, the same way InboxQueries selects a page, so
// that a list can take in (or let go of) a single changed conversation without reading its pages again.
class InboxFilterMatcher
{
public:
    explicit InboxFilterMatcher(StoreReader &reader);

    void setFilter(const InboxFilter &filter);
    const InboxFilter &filter() const { return filter_; }
    // Reads again what the filter depends on besides the row: who the signed-in agents are, the label's name.
    void refresh();

    bool matches(const ConversationRow &row);
    const QSet<qint64> &selfAgentIds() const { return selfAgents_; }

private:
    bool mentionsSelf(qint64 conversationId);

    StoreReader &reader_;
    InboxFilter filter_;
    QSet<qint64> selfAgents_;
    QString labelName_;
};

} // namespace kontor::models
