#pragma once

#include "store/ActionKind.h"
#include "store/IngestBatch.h"
#include "store/Outbox.h"
#include "store/OutboxFileSource.h"
#include "sync/ConnectorState.h"

#include <QObject>
#include <QSet>

namespace kontor {

// What a backend can do. The sync engine reads every field: it delivers only the action kinds listed, and
// it is the one place that says whether an account takes files (SyncEngine::takesFiles), which the composer
// asks before it attaches any.
struct ConnectorCapabilities
{
    QSet<ActionKind> actions; // delivered to the backend
    // Kinds the backend has nothing to carry out for (merging contacts where it keeps no contact records of
    // its own): confirmed at once, the change stays in Kontor. A kind in neither set fails for the agent.
    QSet<ActionKind> keptLocally;
    bool attachments = false; // sends the files of a SendMessage

    static ConnectorCapabilities deliveringAll();
};

// One outbox entry, ready for a connector: the action decoded, and the local ids it names mapped to the
// backend's remote ids as they are now (an id confirmed since the action was queued is picked up here).
struct DeliveryRequest
{
    OutboxEntry entry{};
    AgentAction action{};
    QString conversationRemoteId{};   // empty for a contact merge or update
    std::optional<Channel> channel{}; // the conversation's channel; absent for contact actions
    QString agentRemoteId{};          // AssignConversation: the assignee; empty to unassign
    QString teamRemoteId{};           // AssignConversation: the team; empty for none
    QString contactRemoteId{};        // StartConversation: the customer's contact record on this account
    QString inboxRemoteId{}; // StartConversation: the inbox to start it in; empty when the store has none
    // SendMessage (a note): the colleagues it mentions, as the backend knows them — remote id and name.
    QList<std::pair<QString, QString>> mentionedAgents{};
    // SendMessage: the bytes of its attachments, in their order, as the store keeps them (never a path).
    OutboxFileSource files{};
    // An earlier attempt may have landed (its answer was lost, or Kontor stopped while it was on the way):
    // the connector first asks the backend, by a key the backend keeps with what it created (the entry's
    // uuid; entry.firstSentAt says from when on to look), and sends only when it surely did not land. A
    // connector that cannot find out answers DeliveryResult::outcomeUnknown(): it never resends blindly.
    bool outcomeUnknown = false;
};

// The outcome of delivering one outbox entry.
struct DeliveryResult
{
    enum class Outcome
    {
        Confirmed,      // landed; remote ids in messageRemoteId
        RetryableError, // surely did not land (offline, refused before it was read, rate limited): later
        MayHaveLanded,  // the request may have reached the backend (timeout, 5xx, connection cut after
                        // sending): checked by its key before anything is sent again
        PermanentError, // the backend refused it; the agent sees why and may discard it
        AuthenticationNeeded, // credentials expired; the entry waits for the agent to sign in again
        OutcomeUnknown,       // the backend cannot say whether an earlier attempt landed: the agent decides
    };

    Outcome outcome = Outcome::RetryableError;
    QString error;                // for the agent; never contains credentials
    qint64 retryAfterMillis = 0;  // the backend's own hint (e.g. Retry-After), 0 when none
    QString messageRemoteId;      // a confirmed send_message or start_conversation: the message
    QString conversationRemoteId; // a confirmed start_conversation: the conversation it created
    // What the backend answered about the records the action touched, ingested right after the confirmation
    // (stamped by the engine like any batch; it does not move the cursor).
    std::optional<IngestBatch> echo;

    static DeliveryResult confirmed(const QString &messageRemoteId = {});
    static DeliveryResult conversationStarted(const QString &conversationRemoteId,
                                              const QString &messageRemoteId);
    static DeliveryResult retryable(const QString &error, qint64 retryAfterMillis = 0);
    static DeliveryResult mayHaveLanded(const QString &error, qint64 retryAfterMillis = 0);
    static DeliveryResult outcomeUnknown(const QString &error);
    static DeliveryResult permanent(const QString &error);
    static DeliveryResult authenticationNeeded(const QString &error);
};

// One configured backend account: the contract every connector implements (see src/sync/README.md).
//
// A connector learns from its backend and reports what it learned as ingest batches, each with the sync
// position it reaches. The sync engine stamps the account and the cursor stream on every batch, normalises
// the identities in it and writes it to the store in one transaction; a connector never writes the store
// itself, never includes the engine and never touches the UI. Everything is asynchronous on the thread it
// lives on.
class Connector : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The account as the store knows it: connector key and the backend's name for the account.
    virtual AccountRecord account() const = 0;
    virtual ConnectorCapabilities capabilities() const = 0;

    // Connects and syncs: a first sync when cursor is empty, else an incremental sync from it; then follows
    // the realtime stream. After any disconnect the connector fills the gap from its last cursor by itself.
    virtual void start(const QString &cursor) = 0;
    // Disconnects; start() may follow again (e.g. when the agent stops working offline).
    virtual void stop() = 0;

    // Delivers one entry; answers, once, with deliveryFinished(request.entry.uuid, result).
    virtual void deliver(const DeliveryRequest &request) = 0;

    // Older history of a conversation than the store holds: the messages before the one whose remote id is
    // given (empty when the store holds none), one page of them, reported as a batch like any other and
    // followed by olderHistoryFetched(). A backend without more history than its sync brings keeps this
    // default, which answers at once (queued) that the beginning is reached.
    virtual void fetchOlderHistory(const QString &conversationRemoteId, const QString &beforeMessageRemoteId);

Q_SIGNALS:
    void stateChanged(const kontor::ConnectorState &state);
    // Records learned and the cursor they bring the connector to (opaque to everyone else; empty leaves the
    // saved one as it is). The engine ingests batches in the order they were emitted; the batch's account
    // and cursor fields are the engine's to fill.
    void batchReceived(const kontor::IngestBatch &batch, const QString &cursor);
    void deliveryFinished(const QString &uuid, const kontor::DeliveryResult &result);
    // Answers fetchOlderHistory(), once, after the page's batch: whether nothing older is left (the page
    // reached the conversation's first message), or whether it failed (nothing learned; asking again later
    // is fine).
    void olderHistoryFetched(const QString &conversationRemoteId, bool reachedBeginning, bool failed);
};

} // namespace kontor
