#include "store/ingest/BatchIngestion.h"

#include "store/actions/ActionRecorder.h"
#include "store/ingest/IngestSteps.h"

namespace kontor::ingest {

IngestResult ingestBatch(sql::Database &db, ChangeSet &marks, const IngestBatch &batch, UtcMillis now)
{
    IngestResult result;
    IngestContext context(db, marks, result, now);
    ingestAccount(context, batch.account);
    ingestInboxes(context, batch.inboxes);
    ingestAgents(context, batch.agents);
    ingestTeams(context, batch.teams);
    ingestCustomers(context, batch.customers);
    const QSet<qint64> conversations = ingestConversations(context, batch.conversations);
    ingestMessages(context, batch.messages, conversations);
    ingestCsatAnswers(context, batch.csatAnswers);
    ingestCannedResponses(context, batch.cannedResponses);
    ingestDeletions(context, batch);
    actions::reapplyPendingActions(db, marks, conversations);
    if (batch.cursor)
        ingestCursor(context, *batch.cursor);
    return result;
}

} // namespace kontor::ingest
