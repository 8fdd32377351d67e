#include "models/NextConversation.h"

#include "store/StoreReader.h"

namespace kontor::models {

namespace {
// Whether a comes before b in the queue: a waiting customer before one nobody waits on, then the longest
// wait, then the oldest conversation.
bool before(const ConversationRow &a, const ConversationRow &b)
{
    if (a.waitingSince.has_value() != b.waitingSince.has_value())
        return a.waitingSince.has_value();
    if (a.waitingSince && *a.waitingSince != *b.waitingSince)
        return *a.waitingSince < *b.waitingSince;
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    return a.id < b.id;
}
} // namespace

NextConversation NextConversation::find(StoreReader &reader)
{
    const QSet<qint64> self = reader.self().agentIds();
    NextConversation next;
    next.outcome = Outcome::NoTeams;
    for (const TeamRow &team : reader.directory().teams()) {
        const bool mine = std::any_of(team.memberIds.cbegin(), team.memberIds.cend(),
                                      [&self](qint64 member) { return self.contains(member); });
        if (!mine)
            continue;
        if (next.outcome == Outcome::NoTeams)
            next.outcome = Outcome::NoneWaits;
        InboxFilter filter;
        filter.view = InboxView::Unassigned;
        filter.statuses = {ConversationStatus::Open};
        filter.teamId = team.id;
        const InboxPage page = reader.inbox().page(filter, InboxSort::WaitingLongest, std::nullopt, 1);
        if (page.rows.isEmpty())
            continue;
        if (!next.conversation || before(page.rows.first(), *next.conversation)) {
            next.conversation = page.rows.first();
            next.outcome = Outcome::Found;
        }
    }
    return next;
}

} // namespace kontor::models
