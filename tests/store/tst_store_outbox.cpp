#include "ContactCenterData.h"
#include "StoreTestSupport.h"

#include "store/StoreTestAccess.h"
#include "store/WriteContext.h"
#include "store/sql/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

Q_DECLARE_METATYPE(kontor::OutboxState)

// An agent's actions: applied at once and queued durably in one transaction, delivered in order per
// conversation, confirmed or failed, re-applied over newer server state until confirmed.
class TestStoreOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendMessageIsOptimisticAndQueued();
    void actionEffects_data();
    void actionEffects();
    void deliveryOrderPerConversation();
    void transitions_data();
    void transitions();
    void confirmationGivesTheMessageItsRemoteId();
    void echoInSyncAdoptsTheOptimisticMessage();
    void backendCopyWinsOverTheOptimisticOne();
    void failureIsVisibleAndRetryable();
    void discardDropsTheEntryAndItsMessage();
    void pendingActionsAreReappliedOverServerState();
    void actionOnMissingConversationFails();
    void markingReadWithoutUnreadRecordsNothing();
    void startedConversationIsLocalUntilConfirmed();
    void startedConversationAdoptsTheBackendsCopy();
    void discardingAStartDropsTheConversation();
    void startConversationRefusals_data();
    void startConversationRefusals();
    void contactMergesQueueOnTheirAccount();
    void filesAreKeptWithTheMessage();
    void unreadableFilesAreRefused();
    void unfinishedActionsSayWhatTheyAreAbout();
    void unfinishedActionsLeaveOutConfirmedOnesAndKeepTheLimit();

private:
    qint64 conversationId(const char *remoteId);
    qint64 customerId(const char *contactRemoteId);
    qint64 accountId();
    StartConversation startOnWhatsApp(const QString &body);
    std::unique_ptr<TestStore> store_;
};

void TestStoreOutbox::init()
{
    store_ = std::make_unique<TestStore>();
    QVERIFY(store_->isOpen());
    QVERIFY(store_->ingest(contactcenter::batch()).skipped.isEmpty());
}

void TestStoreOutbox::cleanup()
{
    store_.reset();
}

qint64 TestStoreOutbox::conversationId(const char *remoteId)
{
    sql::Statement select = StoreTestAccess::database(store_->reader())
                                .prepare("SELECT id FROM conversations WHERE remote_id = ?");
    select.bindAll(QString::fromLatin1(remoteId));
    return select.step() ? select.int64(0) : 0;
}

namespace {
// A batch bringing the backend's copy of a message the agent sent from here.
IngestBatch backendCopy(const QString &remoteId, const QString &conversation, const QString &body,
                        const QString &echoUuid = {})
{
    IngestBatch sync;
    sync.account = contactcenter::batch().account;
    MessageRecord message;
    message.remoteId = remoteId;
    message.conversationRemoteId = conversation;
    message.kind = MessageKind::Outgoing;
    message.body = body;
    message.createdAt = nowUtcMillis();
    message.echoUuid = echoUuid;
    sync.messages.append(message);
    return sync;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

qint64 TestStoreOutbox::customerId(const char *contactRemoteId)
{
    sql::Statement select =
        StoreTestAccess::database(store_->reader())
            .prepare("SELECT customer_id FROM identities WHERE kind = 'contact' AND value = ?");
    select.bindAll(QString::fromLatin1(contactRemoteId));
    return select.step() ? select.int64(0) : 0;
}

qint64 TestStoreOutbox::accountId()
{
    return StoreTestAccess::database(store_->reader()).queryInt64("SELECT id FROM accounts").value_or(0);
}

// contact-1 writes by email only so far; a WhatsApp conversation with them is new.
StartConversation TestStoreOutbox::startOnWhatsApp(const QString &body)
{
    StartConversation start;
    start.customerId = customerId("contact-1");
    start.accountId = accountId();
    start.channel = Channel::WhatsApp;
    start.subject = u"Your parcel"_s;
    start.body = body;
    start.continuesConversationId = conversationId("conv-1");
    return start;
}

void TestStoreOutbox::sendMessageIsOptimisticAndQueued()
{
    const qint64 conversation = conversationId("conv-2");
    const UtcMillis before = nowUtcMillis();
    const ActionReceipt receipt = store_->apply(SendMessage{
        .conversationId = conversation, .body = u"On its way **today**"_s, .format = BodyFormat::Markdown});
    QVERIFY(!receipt.uuid.isEmpty());
    QVERIFY(receipt.messageId);

    const std::optional<MessageRow> message = store_->reader().messages().message(*receipt.messageId);
    QVERIFY(message);
    QCOMPARE(message->kind, MessageKind::Outgoing);
    QCOMPARE(message->deliveryState, DeliveryState::Queued);
    QCOMPARE(message->clientUuid, receipt.uuid);
    QVERIFY(message->remoteId.isEmpty());
    QCOMPARE(message->authorName, u"Agent 0"_s); // the signed-in agent
    QCOMPARE(message->bodyFormat, BodyFormat::Markdown);
    QVERIFY(message->createdAt >= before);

    const ConversationRow row = *store_->reader().inbox().conversation(conversation);
    QCOMPARE(row.preview, u"On its way **today**"_s);
    QCOMPARE(row.lastActivityAt, message->createdAt);
    QCOMPARE(row.waitingSince, std::nullopt);
    QVERIFY(row.firstReplyAt);

    const std::optional<OutboxEntry> entry = store_->reader().outbox().entry(receipt.uuid);
    QVERIFY(entry);
    QCOMPARE(entry->id, receipt.outboxId);
    QCOMPARE(entry->kind, u"send_message"_s);
    QCOMPARE(entry->state, OutboxState::Queued);
    QCOMPARE(entry->attempts, 0);
    QCOMPARE(entry->conversationId, conversation);
    QVERIFY(entry->dependsOn.isEmpty());
    const QJsonObject payload = QJsonDocument::fromJson(entry->payload).object();
    QCOMPARE(payload.value(u"message_id").toInteger(), *receipt.messageId);
    QCOMPARE(payload.value(u"body").toString(), u"On its way **today**"_s);
    QCOMPARE(payload.value(u"format").toString(), u"markdown"_s);
    QCOMPARE(payload.value(u"private").toBool(), false);
}

void TestStoreOutbox::actionEffects_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("resolve") << u"set_status"_s << u"status"_s << u"resolved"_s;
    QTest::newRow("snooze until") << u"snooze"_s << u"snoozed_until"_s << u"1800000000000"_s;
    QTest::newRow("priority") << u"set_priority"_s << u"priority"_s << u"urgent"_s;
    QTest::newRow("assign") << u"assign"_s << u"assignee_id"_s << u"3"_s;
    QTest::newRow("unassign") << u"unassign"_s << u"coalesce(assignee_id, 'none')"_s << u"none"_s;
    QTest::newRow("mark read") << u"mark_read"_s << u"unread_count"_s << u"0"_s;
    QTest::newRow("add label") << u"add_label"_s
                               << u"(SELECT group_concat(l.name) FROM conversation_labels cl JOIN labels l "
                                  "ON l.id = cl.label_id WHERE cl.conversation_id = conversations.id)"_s
                               << u"Escalated"_s;
    QTest::newRow("note keeps the customer waiting") << u"note"_s << u"waiting_since IS NOT NULL"_s << u"1"_s;
}

void TestStoreOutbox::actionEffects()
{
    QFETCH(QString, kind);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    // conv-1 has no labels and, in the contact-center data, a waiting customer is forced below.
    const qint64 conversation = conversationId("conv-1");
    store_->store()
        .write([conversation](WriteContext &context) {
            sql::Statement update = context.db().prepare(
                "UPDATE conversations SET waiting_since = 1, unread_count = 2 WHERE id = ?");
            update.bindAll(conversation).run();
        })
        .waitForFinished();
    AgentAction action = MarkConversationRead{conversation};
    QString outboxKind = u"mark_read"_s;
    if (kind == u"set_status") {
        action = SetConversationStatus{conversation, ConversationStatus::Resolved, {}};
    } else if (kind == u"snooze") {
        action = SetConversationStatus{conversation, ConversationStatus::Snoozed, 1'800'000'000'000};
        outboxKind = u"set_status"_s;
    } else if (kind == u"set_priority") {
        action = SetConversationPriority{conversation, Priority::Urgent};
    } else if (kind == u"assign") {
        action = AssignConversation{conversation, 3, {}};
    } else if (kind == u"unassign") {
        action = AssignConversation{conversation, {}, {}};
        outboxKind = u"assign"_s;
    } else if (kind == u"add_label") {
        action = AddConversationLabel{conversation, u"Escalated"_s};
    } else if (kind == u"note") {
        action = SendMessage{.conversationId = conversation,
                             .body = u"internal"_s,
                             .format = BodyFormat::Plain,
                             .isNote = true,
                             .mentionedAgentIds = {1}};
        outboxKind = u"send_message"_s;
    }
    if (outboxKind == u"mark_read" && kind != u"mark_read")
        outboxKind = kind;
    const ActionReceipt receipt = store_->apply(action);
    const QString query =
        u"SELECT "_s + column + u" FROM conversations WHERE id = "_s + QString::number(conversation);
    QCOMPARE(StoreTestAccess::database(store_->reader()).queryText(query.toStdString()), expected);
    QCOMPARE(store_->reader().outbox().entry(receipt.uuid)->kind, outboxKind);
}

void TestStoreOutbox::deliveryOrderPerConversation()
{
    const qint64 a = conversationId("conv-3");
    const qint64 b = conversationId("conv-4");
    const ActionReceipt a1 = store_->apply(SendMessage{.conversationId = a, .body = u"first"_s});
    const ActionReceipt a2 = store_->apply(SetConversationPriority{a, Priority::High});
    const ActionReceipt b1 = store_->apply(MarkConversationRead{b});
    const ActionReceipt a3 = store_->apply(SetConversationStatus{a, ConversationStatus::Resolved, {}});
    OutboxQueries &outbox = store_->reader().outbox();
    QCOMPARE(outbox.entry(a2.uuid)->dependsOn, a1.uuid);
    QCOMPARE(outbox.entry(a3.uuid)->dependsOn, a2.uuid);
    QVERIFY(outbox.entry(b1.uuid)->dependsOn.isEmpty());

    const auto uuids = [&] {
        QStringList list;
        for (const OutboxEntry &e : outbox.deliverable(nowUtcMillis() + 1000))
            list.append(e.uuid);
        return list;
    };
    QCOMPARE(uuids(), (QStringList{a1.uuid, b1.uuid}));
    QVERIFY(store_->store().transitionOutbox({.uuid = a1.uuid, .to = OutboxState::Sending}).result());
    QCOMPARE(uuids(), QStringList{b1.uuid});
    QCOMPARE(outbox.inFlight().size(), 1);
    QVERIFY(store_->store()
                .transitionOutbox(
                    {.uuid = a1.uuid, .to = OutboxState::Confirmed, .messageRemoteId = u"remote-a1"_s})
                .result());
    QCOMPARE(uuids(), (QStringList{a2.uuid, b1.uuid}));
    QCOMPARE(outbox.pending(a).size(), 2);
    QCOMPARE(outbox.countsByState().value(OutboxState::Confirmed), 1);
    QCOMPARE(outbox.countsByState().value(OutboxState::Queued), 3);

    // A retry later is not deliverable before its time.
    QVERIFY(store_->store().transitionOutbox({.uuid = b1.uuid, .to = OutboxState::Sending}).result());
    const UtcMillis later = nowUtcMillis() + 60'000;
    QVERIFY(
        store_->store()
            .transitionOutbox(
                {.uuid = b1.uuid, .to = OutboxState::Queued, .nextAttemptAt = later, .error = u"HTTP 503"_s})
            .result());
    QCOMPARE(uuids(), QStringList{a2.uuid});
    QCOMPARE(outbox.nextAttemptAt(), outbox.entry(a2.uuid)->nextAttemptAt);
    const OutboxEntry retried = *outbox.entry(b1.uuid);
    QCOMPARE(retried.attempts, 1);
    QCOMPARE(retried.lastError, u"HTTP 503"_s);
    QCOMPARE(retried.nextAttemptAt, later);
}

void TestStoreOutbox::transitions_data()
{
    QTest::addColumn<OutboxState>("from");
    QTest::addColumn<OutboxState>("to");
    QTest::addColumn<bool>("allowed");
    const struct
    {
        const char *name;
        OutboxState state;
    } states[] = {{"queued", OutboxState::Queued},
                  {"sending", OutboxState::Sending},
                  {"confirmed", OutboxState::Confirmed},
                  {"failed", OutboxState::Failed}};
    const bool allowed[4][4] = {
        // to: queued sending confirmed failed
        {false, true, true, true},    // from queued
        {true, false, true, true},    // from sending
        {false, false, false, false}, // from confirmed: final
        {true, false, false, false},  // from failed: only the agent's retry
    };
    for (int f = 0; f < 4; ++f) {
        for (int t = 0; t < 4; ++t) {
            QTest::addRow("%s to %s", states[f].name, states[t].name)
                << states[f].state << states[t].state << allowed[f][t];
        }
    }
}

void TestStoreOutbox::transitions()
{
    QFETCH(OutboxState, from);
    QFETCH(OutboxState, to);
    QFETCH(bool, allowed);
    const ActionReceipt receipt =
        store_->apply(SetConversationPriority{conversationId("conv-5"), Priority::Low});
    // Walk the entry to its starting state along allowed moves.
    if (from == OutboxState::Sending || from == OutboxState::Confirmed)
        QVERIFY(
            store_->store().transitionOutbox({.uuid = receipt.uuid, .to = OutboxState::Sending}).result());
    if (from == OutboxState::Confirmed)
        QVERIFY(
            store_->store().transitionOutbox({.uuid = receipt.uuid, .to = OutboxState::Confirmed}).result());
    if (from == OutboxState::Failed)
        QVERIFY(
            store_->store()
                .transitionOutbox({.uuid = receipt.uuid, .to = OutboxState::Failed, .error = u"rejected"_s})
                .result());
    QCOMPARE(store_->reader().outbox().entry(receipt.uuid)->state, from);
    QCOMPARE(store_->store().transitionOutbox({.uuid = receipt.uuid, .to = to}).result(), allowed);
    QCOMPARE(store_->reader().outbox().entry(receipt.uuid)->state, allowed ? to : from);
    QCOMPARE(store_->store().transitionOutbox({.uuid = u"no-such-uuid"_s, .to = to}).result(), false);
}

void TestStoreOutbox::confirmationGivesTheMessageItsRemoteId()
{
    const ActionReceipt receipt =
        store_->apply(SendMessage{.conversationId = conversationId("conv-6"), .body = u"Done."_s});
    QVERIFY(store_->store().transitionOutbox({.uuid = receipt.uuid, .to = OutboxState::Sending}).result());
    QVERIFY(store_->store()
                .transitionOutbox(
                    {.uuid = receipt.uuid, .to = OutboxState::Confirmed, .messageRemoteId = u"m-900"_s})
                .result());
    const MessageRow message = *store_->reader().messages().message(*receipt.messageId);
    QCOMPARE(message.remoteId, u"m-900"_s);
    QCOMPARE(message.deliveryState, DeliveryState::Sent);
    QVERIFY(store_->reader().outbox().entry(receipt.uuid)->lastError.isEmpty());

    // The next sync brings the same message: no twin.
    IngestBatch sync;
    sync.account = contactcenter::batch().account;
    MessageRecord echo;
    echo.remoteId = u"m-900"_s;
    echo.conversationRemoteId = u"conv-6"_s;
    echo.kind = MessageKind::Outgoing;
    echo.body = u"Done."_s;
    echo.createdAt = message.createdAt;
    echo.deliveryState = DeliveryState::Delivered;
    store_->ingest(sync);
    sync.messages.append(echo);
    store_->ingest(sync);
    QCOMPARE(StoreTestAccess::database(store_->reader())
                 .queryInt64("SELECT count(*) FROM messages WHERE body = 'Done.'"),
             1);
    QCOMPARE(store_->reader().messages().message(*receipt.messageId)->deliveryState,
             DeliveryState::Delivered);
}

void TestStoreOutbox::echoInSyncAdoptsTheOptimisticMessage()
{
    const ActionReceipt receipt =
        store_->apply(SendMessage{.conversationId = conversationId("conv-7"), .body = u"Echo me"_s});
    IngestBatch sync;
    sync.account = contactcenter::batch().account;
    MessageRecord echo;
    echo.remoteId = u"m-901"_s;
    echo.conversationRemoteId = u"conv-7"_s;
    echo.kind = MessageKind::Outgoing;
    echo.body = u"Echo me"_s;
    echo.createdAt = nowUtcMillis();
    echo.deliveryState = DeliveryState::Sent;
    echo.echoUuid = receipt.uuid;
    sync.messages.append(echo);
    const IngestResult result = store_->ingest(sync);
    QCOMPARE(result.inserted, 0);
    const MessageRow message = *store_->reader().messages().message(*receipt.messageId);
    QCOMPARE(message.remoteId, u"m-901"_s);
    QCOMPARE(message.deliveryState, DeliveryState::Sent);
    QCOMPARE(StoreTestAccess::database(store_->reader())
                 .queryInt64("SELECT count(*) FROM messages WHERE body = 'Echo me'"),
             1);
}

void TestStoreOutbox::backendCopyWinsOverTheOptimisticOne()
{
    const ActionReceipt receipt =
        store_->apply(SendMessage{.conversationId = conversationId("conv-8"), .body = u"Twice?"_s});
    IngestBatch sync;
    sync.account = contactcenter::batch().account;
    MessageRecord copy;
    copy.remoteId = u"m-902"_s;
    copy.conversationRemoteId = u"conv-8"_s;
    copy.kind = MessageKind::Outgoing;
    copy.body = u"Twice?"_s;
    copy.createdAt = nowUtcMillis();
    sync.messages.append(copy); // the backend did not echo the uuid
    store_->ingest(sync);
    QCOMPARE(StoreTestAccess::database(store_->reader())
                 .queryInt64("SELECT count(*) FROM messages WHERE body = 'Twice?'"),
             2);
    QVERIFY(store_->store().transitionOutbox({.uuid = receipt.uuid, .to = OutboxState::Sending}).result());
    QVERIFY(store_->store()
                .transitionOutbox(
                    {.uuid = receipt.uuid, .to = OutboxState::Confirmed, .messageRemoteId = u"m-902"_s})
                .result());
    QCOMPARE(StoreTestAccess::database(store_->reader())
                 .queryInt64("SELECT count(*) FROM messages WHERE body = 'Twice?'"),
             1);
    QCOMPARE(store_->reader().messages().message(*receipt.messageId), std::nullopt);
    QCOMPARE(StoreTestAccess::database(store_->reader())
                 .queryText("SELECT client_uuid FROM messages WHERE remote_id = 'm-902'"),
             receipt.uuid);
}

void TestStoreOutbox::failureIsVisibleAndRetryable()
{
    const ActionReceipt receipt =
        store_->apply(SendMessage{.conversationId = conversationId("conv-9"), .body = u"Rejected"_s});
    QVERIFY(store_->store().transitionOutbox({.uuid = receipt.uuid, .to = OutboxState::Sending}).result());
    QVERIFY(store_->store()
                .transitionOutbox(
                    {.uuid = receipt.uuid, .to = OutboxState::Failed, .error = u"422: blocked contact"_s})
                .result());
    QCOMPARE(store_->reader().messages().message(*receipt.messageId)->deliveryState, DeliveryState::Failed);
    QCOMPARE(store_->reader().outbox().entry(receipt.uuid)->lastError, u"422: blocked contact"_s);
    // A later action on the conversation waits behind the failure.
    const ActionReceipt next =
        store_->apply(SetConversationPriority{conversationId("conv-9"), Priority::Urgent});
    QCOMPARE(store_->reader().outbox().entry(next.uuid)->dependsOn, receipt.uuid);
    QVERIFY(store_->reader().outbox().deliverable(nowUtcMillis() + 1000).isEmpty());
    QVERIFY(store_->store()
                .transitionOutbox(
                    {.uuid = receipt.uuid, .to = OutboxState::Queued, .nextAttemptAt = nowUtcMillis()})
                .result());
    QCOMPARE(store_->reader().messages().message(*receipt.messageId)->deliveryState, DeliveryState::Queued);
    QCOMPARE(store_->reader().outbox().deliverable(nowUtcMillis() + 1000).size(), 1);
}

void TestStoreOutbox::discardDropsTheEntryAndItsMessage()
{
    const ActionReceipt receipt =
        store_->apply(SendMessage{.conversationId = conversationId("conv-10"), .body = u"Never mind"_s});
    const ActionReceipt next =
        store_->apply(SetConversationPriority{conversationId("conv-10"), Priority::Urgent});
    QVERIFY(store_->store()
                .transitionOutbox({.uuid = receipt.uuid, .to = OutboxState::Failed, .error = u"rejected"_s})
                .result());
    QVERIFY(store_->store().discardOutbox(receipt.uuid).result());
    QCOMPARE(store_->reader().outbox().entry(receipt.uuid), std::nullopt);
    QCOMPARE(store_->reader().messages().message(*receipt.messageId), std::nullopt);
    // What waited behind it goes next.
    QCOMPARE(store_->reader().outbox().entry(next.uuid)->dependsOn, QString());
    QCOMPARE(store_->reader().outbox().deliverable(nowUtcMillis() + 1000).size(), 1);
    QVERIFY(!store_->store().discardOutbox(receipt.uuid).result());
}

void TestStoreOutbox::pendingActionsAreReappliedOverServerState()
{
    const qint64 conversation = conversationId("conv-12");
    const ActionReceipt resolve =
        store_->apply(SetConversationStatus{conversation, ConversationStatus::Resolved, {}});
    store_->apply(AddConversationLabel{conversation, u"follow-up"_s});
    // A sync brings the server's older view: open, without the label.
    IngestBatch sync = contactcenter::batch();
    sync.conversations[12].status = ConversationStatus::Open;
    sync.conversations[12].labels.clear();
    store_->ingest(sync);
    ConversationRow row = *store_->reader().inbox().conversation(conversation);
    QCOMPARE(row.status, ConversationStatus::Resolved);
    QVERIFY(row.labels.contains(u"follow-up"_s));

    // Once confirmed, the server's word stands (here: someone reopened it since).
    QVERIFY(store_->store().transitionOutbox({.uuid = resolve.uuid, .to = OutboxState::Sending}).result());
    QVERIFY(store_->store().transitionOutbox({.uuid = resolve.uuid, .to = OutboxState::Confirmed}).result());
    store_->ingest(sync);
    row = *store_->reader().inbox().conversation(conversation);
    QCOMPARE(row.status, ConversationStatus::Open);
    QVERIFY(row.labels.contains(u"follow-up"_s)); // that one is still unconfirmed
}

void TestStoreOutbox::actionOnMissingConversationFails()
{
    QSignalSpy failed(&store_->store(), &Store::writeFailed);
    QFuture<ActionReceipt> future =
        store_->store().apply(SendMessage{.conversationId = 987654, .body = u"to nowhere"_s});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, future.result());
    QVERIFY(failed.wait(2000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(StoreTestAccess::database(store_->reader()).queryInt64("SELECT count(*) FROM outbox"), 0);
    QCOMPARE(StoreTestAccess::database(store_->reader())
                 .queryInt64("SELECT count(*) FROM messages WHERE body = 'to nowhere'"),
             0);
}

void TestStoreOutbox::markingReadWithoutUnreadRecordsNothing()
{
    sql::Database &db = StoreTestAccess::database(store_->reader());
    const qint64 unread =
        db.queryInt64("SELECT id FROM conversations WHERE unread_count > 0 ORDER BY id LIMIT 1").value_or(0);
    QVERIFY(unread != 0);
    const ActionReceipt first = store_->apply(MarkConversationRead{unread});
    QVERIFY(first.recorded());
    QCOMPARE(store_->reader().inbox().conversation(unread)->unreadCount, 0);
    // Opening it again is not an action: nothing goes to the backend.
    const ActionReceipt again = store_->apply(MarkConversationRead{unread});
    QVERIFY(!again.recorded());
    QCOMPARE(db.queryInt64("SELECT count(*) FROM outbox WHERE kind = 'mark_read'"), 1);
}

void TestStoreOutbox::startedConversationIsLocalUntilConfirmed()
{
    sql::Database &db = StoreTestAccess::database(store_->reader());
    const qint64 conversationsBefore = db.queryInt64("SELECT count(*) FROM conversations").value_or(0);
    const ActionReceipt start = store_->apply(startOnWhatsApp(u"Your parcel left our warehouse."_s));
    QVERIFY(start.recorded());
    QVERIFY(start.conversationId);
    QVERIFY(start.messageId);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM conversations"), conversationsBefore + 1);

    const ConversationRow row = *store_->reader().inbox().conversation(*start.conversationId);
    QCOMPARE(row.channel, Channel::WhatsApp);
    QCOMPARE(row.customerId, customerId("contact-1"));
    QCOMPARE(row.status, ConversationStatus::Open);
    QCOMPARE(row.subject, u"Your parcel"_s);
    QCOMPARE(row.preview, u"Your parcel left our warehouse."_s);
    QCOMPARE(row.assigneeName, u"Agent 0"_s); // the agent who started it
    QCOMPARE(db.queryText(QStringLiteral("SELECT ifnull(remote_id, 'none') FROM conversations WHERE id = %1")
                              .arg(*start.conversationId)
                              .toStdString()),
             u"none"_s);
    const MessageRow message = *store_->reader().messages().message(*start.messageId);
    QCOMPARE(message.conversationId, *start.conversationId);
    QCOMPARE(message.deliveryState, DeliveryState::Queued);
    QCOMPARE(message.clientUuid, start.uuid);

    const OutboxEntry entry = *store_->reader().outbox().entry(start.uuid);
    QCOMPARE(entry.kind, u"start_conversation"_s);
    QCOMPARE(entry.conversationId, *start.conversationId);
    const QJsonObject payload = QJsonDocument::fromJson(entry.payload).object();
    QCOMPARE(payload.value(u"channel").toString(), u"whatsapp"_s);
    QCOMPARE(payload.value(u"customer_id").toInteger(), customerId("contact-1"));
    QCOMPARE(payload.value(u"continues").toInteger(), conversationId("conv-1"));
    QVERIFY(payload.value(u"inbox_id").toInteger() > 0); // the account's WhatsApp inbox

    // A reply written before the backend knows the conversation waits for it.
    const ActionReceipt reply =
        store_->apply(SendMessage{.conversationId = *start.conversationId, .body = u"Tracking: 42"_s});
    QCOMPARE(store_->reader().outbox().entry(reply.uuid)->dependsOn, start.uuid);
    QList<OutboxEntry> due = store_->reader().outbox().deliverable(nowUtcMillis() + 1000);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().uuid, start.uuid);

    QVERIFY(store_->store().transitionOutbox({.uuid = start.uuid, .to = OutboxState::Sending}).result());
    QVERIFY(store_->store()
                .transitionOutbox({.uuid = start.uuid,
                                   .to = OutboxState::Confirmed,
                                   .messageRemoteId = u"m-950"_s,
                                   .conversationRemoteId = u"conv-950"_s})
                .result());
    QCOMPARE(conversationId("conv-950"), *start.conversationId);
    QCOMPARE(store_->reader().messages().message(*start.messageId)->remoteId, u"m-950"_s);
    QCOMPARE(store_->reader().messages().message(*start.messageId)->deliveryState, DeliveryState::Sent);
    due = store_->reader().outbox().deliverable(nowUtcMillis() + 1000);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().uuid, reply.uuid);
}

void TestStoreOutbox::startedConversationAdoptsTheBackendsCopy()
{
    sql::Database &db = StoreTestAccess::database(store_->reader());
    const ActionReceipt start = store_->apply(startOnWhatsApp(u"Hello from support"_s));
    const ActionReceipt label = store_->apply(AddConversationLabel{*start.conversationId, u"outreach"_s});
    QVERIFY(store_->store().transitionOutbox({.uuid = start.uuid, .to = OutboxState::Sending}).result());

    // A realtime event brings the new conversation and its message before the delivery's answer does.
    IngestBatch event;
    event.account = contactcenter::batch().account;
    ConversationRecord conversation;
    conversation.remoteId = u"conv-951"_s;
    conversation.inboxRemoteId = u"inbox-2"_s;
    conversation.channel = Channel::WhatsApp;
    conversation.customerRemoteId = u"contact-1"_s;
    conversation.createdAt = nowUtcMillis();
    conversation.lastActivityAt = conversation.createdAt;
    event.conversations.append(conversation);
    // Without the uuid: this backend does not echo it on a new conversation.
    event.messages.append(backendCopy(u"m-951"_s, u"conv-951"_s, u"Hello from support"_s).messages.first());
    store_->ingest(event);
    const qint64 backendCopy = conversationId("conv-951");
    QVERIFY(backendCopy != 0 && backendCopy != *start.conversationId);

    QVERIFY(store_->store()
                .transitionOutbox({.uuid = start.uuid,
                                   .to = OutboxState::Confirmed,
                                   .messageRemoteId = u"m-951"_s,
                                   .conversationRemoteId = u"conv-951"_s})
                .result());
    // One conversation, one message; what the agent did in the local one moved along.
    QCOMPARE(store_->reader().inbox().conversation(*start.conversationId), std::nullopt);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM messages WHERE body = 'Hello from support'"), 1);
    QCOMPARE(store_->reader().outbox().entry(label.uuid)->conversationId, backendCopy);
    QVERIFY(store_->reader().inbox().conversation(backendCopy)->labels.contains(u"outreach"_s));
    QCOMPARE(db.queryText("SELECT client_uuid FROM messages WHERE remote_id = 'm-951'"), start.uuid);
}

void TestStoreOutbox::discardingAStartDropsTheConversation()
{
    sql::Database &db = StoreTestAccess::database(store_->reader());
    const qint64 conversationsBefore = db.queryInt64("SELECT count(*) FROM conversations").value_or(0);
    const ActionReceipt start = store_->apply(startOnWhatsApp(u"Refused by the backend"_s));
    const ActionReceipt note = store_->apply(
        SendMessage{.conversationId = *start.conversationId, .body = u"internal"_s, .isNote = true});
    QVERIFY(store_->store()
                .transitionOutbox({.uuid = start.uuid, .to = OutboxState::Failed, .error = u"422"_s})
                .result());
    QCOMPARE(store_->reader().messages().message(*start.messageId)->deliveryState, DeliveryState::Failed);
    QVERIFY(store_->store().discardOutbox(start.uuid).result());
    QCOMPARE(store_->reader().inbox().conversation(*start.conversationId), std::nullopt);
    QCOMPARE(store_->reader().outbox().entry(note.uuid), std::nullopt);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM conversations"), conversationsBefore);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM outbox"), 0);
}

void TestStoreOutbox::startConversationRefusals_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("empty first message") << 0;
    QTest::newRow("unknown customer") << 1;
    QTest::newRow("unknown account") << 2;
    QTest::newRow("inbox of another channel") << 3;
}

void TestStoreOutbox::startConversationRefusals()
{
    QFETCH(int, fault);
    sql::Database &db = StoreTestAccess::database(store_->reader());
    const qint64 conversationsBefore = db.queryInt64("SELECT count(*) FROM conversations").value_or(0);
    StartConversation start = startOnWhatsApp(u"Hello"_s);
    switch (fault) {
    case 0:
        start.body = u"  \n "_s;
        break;
    case 1:
        start.customerId = 987654;
        break;
    case 2:
        start.accountId = 987654;
        break;
    case 3:
        start.inboxId = db.queryInt64("SELECT id FROM inboxes WHERE channel = 'email'");
        break;
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, store_->store().apply(start).result());
    QCOMPARE(db.queryInt64("SELECT count(*) FROM conversations"), conversationsBefore);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM outbox"), 0);
}

void TestStoreOutbox::contactMergesQueueOnTheirAccount()
{
    const ActionReceipt first = store_->apply(MergeContacts{accountId(), u"contact-1"_s, u"contact-2"_s, 7});
    const ActionReceipt second = store_->apply(MergeContacts{accountId(), u"contact-1"_s, u"contact-3"_s, 8});
    const OutboxEntry entry = *store_->reader().outbox().entry(first.uuid);
    QCOMPARE(entry.kind, u"merge_contacts"_s);
    QCOMPARE(entry.conversationId, std::nullopt);
    QCOMPARE(entry.accountId, accountId());
    // Merges on one account go in order: a later one may name a contact an earlier one keeps.
    QCOMPARE(store_->reader().outbox().entry(second.uuid)->dependsOn, first.uuid);
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        store_->store().apply(MergeContacts{accountId(), u"contact-1"_s, u"contact-1"_s, 9}).result());
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        store_->store().apply(MergeContacts{987654, u"contact-1"_s, u"contact-2"_s, 9}).result());
    QCOMPARE(StoreTestAccess::database(store_->reader()).queryInt64("SELECT count(*) FROM outbox"), 2);
}

void TestStoreOutbox::filesAreKeptWithTheMessage()
{
    QTemporaryDir outside;
    const QString original = outside.filePath(u"invoice 4711.pdf"_s);
    const QByteArray bytes = "%PDF-1.4\n" + QByteArray(5000, 'x');
    writeFile(original, bytes);
    SendMessage message{.conversationId = conversationId("conv-3"), .body = u"Your invoice"_s};
    message.attachments.append({original, {}, {}, 0});
    message.attachments.append({original, {}, {}, 0}); // the same file twice stays two files
    const ActionReceipt receipt = store_->apply(message);
    QVERIFY(QFile::remove(original)); // the agent tidies up their downloads: nothing is lost

    sql::Database &db = StoreTestAccess::database(store_->reader());
    sql::Statement rows = db.prepare(
        "SELECT file_name, mime_type, size_bytes FROM attachments WHERE message_id = ? ORDER BY id");
    rows.bindAll(*receipt.messageId);
    QStringList names;
    while (rows.step()) {
        names.append(rows.text(0));
        QCOMPARE(rows.text(1), u"application/pdf"_s);
        QCOMPARE(rows.int64(2), 5009);
    }
    rows.run();
    QCOMPARE(names, (QStringList{u"invoice 4711.pdf"_s, u"invoice 4711 (2).pdf"_s}));
    // The bytes are inside the store, beside the entry, in the order of the payload's files; nothing of them
    // beside the store, and the payload names no path.
    const OutboxFileSource files = store_->reader().outboxFiles(receipt.outboxId);
    for (int position : {0, 1}) {
        std::unique_ptr<QIODevice> file = files.open(position);
        QVERIFY(file);
        QCOMPARE(file->size(), bytes.size());
        QCOMPARE(file->readAll(), bytes);
    }
    QVERIFY(!files.open(2));
    QCOMPARE(QDir(store_->dirPath())
                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                 .filter(u"-files"_s),
             QStringList());
    const QJsonArray sent = QJsonDocument::fromJson(store_->reader().outbox().entry(receipt.uuid)->payload)
                                .object()
                                .value(u"attachments")
                                .toArray();
    QCOMPARE(sent.size(), 2);
    QVERIFY(!sent.first().toObject().contains(u"path"));
    QCOMPARE(sent.at(1).toObject().value(u"name").toString(), u"invoice 4711 (2).pdf"_s);

    // Confirmed, the backend has the files: the store keeps their names, not a second copy of their bytes.
    QVERIFY(store_->store().transitionOutbox({.uuid = receipt.uuid, .to = OutboxState::Sending}).result());
    QVERIFY(store_->store()
                .transitionOutbox(
                    {.uuid = receipt.uuid, .to = OutboxState::Confirmed, .messageRemoteId = u"m-990"_s})
                .result());
    QCOMPARE(db.queryInt64("SELECT count(*) FROM outbox_files"), 0);
    QVERIFY(!files.open(0));
    IngestBatch sync = backendCopy(u"m-990"_s, u"conv-3"_s, u"Your invoice"_s, receipt.uuid);
    sync.messages.first().attachments.append(
        {u"a-1"_s, u"invoice 4711.pdf"_s, u"application/pdf"_s, 5009, u"https://files.example/a-1"_s});
    store_->ingest(sync);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM attachments WHERE message_id = " +
                           std::to_string(*receipt.messageId)),
             2);
    QCOMPARE(db.queryText("SELECT remote_url FROM attachments WHERE remote_id = 'a-1'"),
             u"https://files.example/a-1"_s);

    // Discarding an unsent message takes its files along.
    SendMessage another{.conversationId = conversationId("conv-4"), .body = u"Photo"_s};
    const QString photo = outside.filePath(u"photo.jpg"_s);
    writeFile(photo, "\xFF\xD8\xFF\xE0 not really a photo");
    another.attachments.append({photo, {}, {}, 0});
    const ActionReceipt unsent = store_->apply(another);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM outbox_files"), 1);
    QVERIFY(store_->store().discardOutbox(unsent.uuid).result());
    QCOMPARE(db.queryInt64("SELECT count(*) FROM outbox_files"), 0);
    QVERIFY(QFile::exists(photo)); // never the agent's own file
}

void TestStoreOutbox::unreadableFilesAreRefused()
{
    SendMessage message{.conversationId = conversationId("conv-3"), .body = u"With a file that is gone"_s};
    message.attachments.append({u"/nonexistent/contract.pdf"_s, {}, {}, 0});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, store_->store().apply(message).result());
    QCOMPARE(StoreTestAccess::database(store_->reader()).queryInt64("SELECT count(*) FROM outbox"), 0);
    QCOMPARE(StoreTestAccess::database(store_->reader())
                 .queryInt64("SELECT count(*) FROM messages WHERE body = 'With a file that is gone'"),
             0);
}

namespace {
QString textOf(kontor::StoreReader &reader, const char *sqlText, qint64 id)
{
    sql::Statement select = StoreTestAccess::database(reader).prepare(sqlText);
    select.bindAll(id);
    return select.step() ? select.text(0) : QString();
}
} // namespace

void TestStoreOutbox::unfinishedActionsSayWhatTheyAreAbout()
{
    const qint64 conversation = conversationId("conv-9");
    const QString customer = textOf(store_->reader(),
                                    "SELECT cu.name FROM conversations c JOIN customers cu ON cu.id = "
                                    "c.customer_id WHERE c.id = ?",
                                    conversation);
    QVERIFY(!customer.isEmpty());
    const ActionReceipt reply = store_->apply(SendMessage{.conversationId = conversation, .body = u"Hi"_s});
    QVERIFY(store_->store().transitionOutbox({.uuid = reply.uuid, .to = OutboxState::Sending}).result());
    QVERIFY(store_->store()
                .transitionOutbox({.uuid = reply.uuid, .to = OutboxState::Failed, .error = u"422: blocked"_s})
                .result());
    const ActionReceipt priority = store_->apply(SetConversationPriority{conversation, Priority::Urgent});
    const qint64 agent = StoreTestAccess::database(store_->reader())
                             .queryInt64("SELECT id FROM agents WHERE name = 'Agent 1'")
                             .value_or(0);
    QVERIFY(agent != 0);
    const ActionReceipt assign = store_->apply(AssignConversation{conversationId("conv-2"), agent, {}});
    const ActionReceipt start = store_->apply(startOnWhatsApp(u"Hello on WhatsApp"_s));
    const qint64 survivor = customerId("contact-1");
    const qint64 merged = customerId("contact-2");
    const qint64 mergeId =
        store_->store()
            .write([&](WriteContext &context) {
                sql::Statement insert = context.db().prepare(
                    "INSERT INTO customer_merges(survivor_id, merged_id, reason, created_at) "
                    "VALUES (?, ?, 'manual', 0)");
                insert.bindAll(survivor, merged).run();
                return context.db().lastInsertRowId();
            })
            .result();
    const ActionReceipt merge =
        store_->apply(MergeContacts{accountId(), u"contact-1"_s, u"contact-2"_s, mergeId});

    const QList<UnfinishedAction> actions = store_->reader().outbox().unfinished();
    QCOMPARE(actions.size(), 5);
    QCOMPARE(actions[0].entry.uuid, reply.uuid); // oldest first
    QCOMPARE(actions[0].entry.state, OutboxState::Failed);
    QCOMPARE(actions[0].entry.lastError, u"422: blocked"_s);
    QCOMPARE(actions[0].entry.attempts, 1);
    QCOMPARE(actions[0].customerName, customer);
    QVERIFY(actions[0].channel.has_value());
    QVERIFY(actions[0].conversationStarted);
    QCOMPARE(actions[0].dependsOnKind, QString());

    QCOMPARE(actions[1].entry.uuid, priority.uuid);
    QCOMPARE(actions[1].dependsOnKind, u"send_message"_s);
    QCOMPARE(actions[1].dependsOnState, std::optional(OutboxState::Failed));

    QCOMPARE(actions[2].entry.uuid, assign.uuid);
    QCOMPARE(actions[2].agentName, u"Agent 1"_s);

    QCOMPARE(actions[3].entry.uuid, start.uuid);
    QCOMPARE(actions[3].channel, std::optional(Channel::WhatsApp));
    QCOMPARE(actions[3].subject, u"Your parcel"_s);
    QVERIFY(!actions[3].conversationStarted);
    QCOMPARE(actions[3].customerName,
             textOf(store_->reader(), "SELECT name FROM customers WHERE id = ?", survivor));

    QCOMPARE(actions[4].entry.uuid, merge.uuid);
    QCOMPARE(actions[4].entry.conversationId, std::nullopt);
    QCOMPARE(actions[4].customerName,
             textOf(store_->reader(), "SELECT name FROM customers WHERE id = ?", survivor));
    QCOMPARE(actions[4].mergedCustomerName,
             textOf(store_->reader(), "SELECT name FROM customers WHERE id = ?", merged));

    // Each comes with its action decoded by the store: nothing outside it reads the payload.
    QVERIFY(actions[0].action && std::holds_alternative<SendMessage>(*actions[0].action));
    QVERIFY(actions[2].action && actions[4].action);
    const auto *decodedAssign = std::get_if<AssignConversation>(&*actions[2].action);
    QVERIFY(decodedAssign);
    QVERIFY(decodedAssign->agentId.has_value());
    const auto *decodedMerge = std::get_if<MergeContacts>(&*actions[4].action);
    QVERIFY(decodedMerge);
    QCOMPARE(decodedMerge->mergeId, mergeId);
    QCOMPARE(decodedMerge->survivorContactRemoteId, u"contact-1"_s);

    const std::optional<UnfinishedAction> one = store_->reader().outbox().unfinishedAction(assign.uuid);
    QVERIFY(one);
    QCOMPARE(one->agentName, u"Agent 1"_s);
}

void TestStoreOutbox::unfinishedActionsLeaveOutConfirmedOnesAndKeepTheLimit()
{
    const ActionReceipt done =
        store_->apply(SetConversationPriority{conversationId("conv-3"), Priority::High});
    QVERIFY(store_->store().transitionOutbox({.uuid = done.uuid, .to = OutboxState::Confirmed}).result());
    for (const char *remote : {"conv-4", "conv-5", "conv-6"})
        store_->apply(SetConversationStatus{conversationId(remote), ConversationStatus::Resolved});
    QCOMPARE(store_->reader().outbox().unfinished().size(), 3);
    const QList<UnfinishedAction> two = store_->reader().outbox().unfinished(2);
    QCOMPARE(two.size(), 2);
    QVERIFY(two[0].entry.id < two[1].entry.id);
    for (const UnfinishedAction &action : two)
        QVERIFY(action.entry.uuid != done.uuid);
    QCOMPARE(store_->reader().outbox().unfinishedAction(done.uuid), std::nullopt);
}

QTEST_GUILESS_MAIN(TestStoreOutbox)
#include "tst_store_outbox.moc"
