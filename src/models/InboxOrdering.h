#pragma once

#include "store/queries/InboxQueries.h"

namespace kontor::models {

// The place of a conversation in an inbox sort, computed the way the store's sort keys are (the generated
// columns priority_rank, waiting_key and sla_due_at), so that a row read by id can be put where a page read
// would have put it.
InboxCursor inboxSortCursor(const ConversationRow &row, InboxSort sort);

// True when a sorts before b in the given order (ties broken by id, as the pages are).
bool inboxSortsBefore(const InboxCursor &a, const InboxCursor &b, InboxSort sort);

// The next deadline of a conversation: the first-reply SLA while nobody answered, the resolution SLA after
// that. Absent when neither applies.
std::optional<UtcMillis> nextSlaDeadline(const ConversationRow &row);

} // namespace kontor::models
