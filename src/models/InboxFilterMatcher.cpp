#include "models/InboxFilterMatcher.h"

#include "store/StoreReader.h"

namespace kontor::models {

InboxFilterMatcher::InboxFilterMatcher(StoreReader &reader)
    : reader_(reader)
{}

void InboxFilterMatcher::setFilter(const InboxFilter &filter)
{
    filter_ = filter;
    refresh();
}

void InboxFilterMatcher::refresh()
{
    selfAgents_ = reader_.self().agentIds();
    labelName_.clear();
    if (filter_.labelId) {
        for (const LabelRow &label : reader_.directory().labels()) {
            if (label.id == *filter_.labelId)
                labelName_ = label.name;
        }
    }
}

bool InboxFilterMatcher::matches(const ConversationRow &row)
{
    if (!filter_.statuses.isEmpty() && !filter_.statuses.contains(row.status))
        return false;
    if (filter_.channel && row.channel != *filter_.channel)
        return false;
    if (filter_.inboxId && row.inboxId != filter_.inboxId)
        return false;
    if (filter_.teamId && row.teamId != filter_.teamId)
        return false;
    if (filter_.accountId && row.accountId != *filter_.accountId)
        return false;
    if (filter_.labelId) {
        // Label names are unique regardless of case in the store.
        const bool labelled =
            std::any_of(row.labels.cbegin(), row.labels.cend(), [this](const QString &name) {
                return name.compare(labelName_, Qt::CaseInsensitive) == 0;
            });
        if (!labelled)
            return false;
    }
    switch (filter_.view) {
    case InboxView::All:
        return true;
    case InboxView::Mine:
        return row.assigneeId && selfAgents_.contains(*row.assigneeId);
    case InboxView::Unassigned:
        return !row.assigneeId;
    case InboxView::Mentions:
        return mentionsSelf(row.id);
    }
    return true;
}

bool InboxFilterMatcher::mentionsSelf(qint64 conversationId)
{
    return reader_.self().mentionedIn(conversationId);
}

} // namespace kontor::models
