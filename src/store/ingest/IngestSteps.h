#pragma once

#include "store/IngestBatch.h"
#include "store/ingest/IngestContext.h"

#include <QSet>

namespace kontor::ingest {

// The steps of one batch, in the order BatchIngestion runs them: what a record refers to is written before
// it.
void ingestAccount(IngestContext &context, const AccountRecord &account);
void ingestInboxes(IngestContext &context, const QList<InboxRecord> &inboxes);
void ingestAgents(IngestContext &context, const QList<AgentRecord> &agents);
void ingestTeams(IngestContext &context, const QList<TeamRecord> &teams);
void ingestCustomers(IngestContext &context, const QList<CustomerRecord> &customers);
// Makes the account's attributes of the customer exactly these; true when anything changed.
bool replaceCustomerAttributes(IngestContext &context, qint64 customerId,
                               const QList<AttributeRecord> &attributes);
// Returns the conversations written, so that the agent's pending actions can be re-applied on top.
QSet<qint64> ingestConversations(IngestContext &context, const QList<ConversationRecord> &conversations);
// conversationsWithRecords: the conversations the batch carried records of (their wait is the backend's
// word).
void ingestMessages(IngestContext &context, const QList<MessageRecord> &messages,
                    const QSet<qint64> &conversationsWithRecords);
void ingestCsatAnswers(IngestContext &context, const QList<CsatRecord> &answers);
void ingestCannedResponses(IngestContext &context, const QList<CannedResponseRecord> &responses);
void ingestDeletions(IngestContext &context, const IngestBatch &batch);
void ingestCursor(IngestContext &context, const SyncCursorRecord &cursor);

} // namespace kontor::ingest
