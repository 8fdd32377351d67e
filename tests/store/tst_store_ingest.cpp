#include "ContactCenterData.h"
#include "StoreTestSupport.h"

#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

MessageRecord messageRecord(const QString &remoteId, const QString &conversation,
                            MessageKind kind = MessageKind::Incoming)
{
    MessageRecord r;
    r.remoteId = remoteId;
    r.conversationRemoteId = conversation;
    r.kind = kind;
    return r;
}

ConversationRecord conversationRecord(const QString &remoteId, const QString &customer)
{
    ConversationRecord c;
    c.remoteId = remoteId;
    c.customerRemoteId = customer;
    return c;
}

} // namespace

// The ingestion path every connector writes through: upserts by remote id, idempotence, records with dangling
// references skipped, one customer per identity across connectors, merge suggestions, and what a realtime
// message does to its conversation.
class TestStoreIngest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ingestWroteEverything();
    void ingestIsIdempotent();
    void directory();
    void skippedRecords_data();
    void skippedRecords();
    void sameIdentityFromAnotherConnectorIsOneCustomer();
    void sharedIdentitySuggestsMerge();
    void realtimeMessageMovesActivityAndWait();

private:
    TestStore store_;
    IngestBatch batch_;
};

void TestStoreIngest::initTestCase()
{
    QVERIFY2(store_.isOpen(), qPrintable(store_.error()));
    batch_ = contactcenter::batch();
    const IngestResult result = store_.ingest(batch_);
    QVERIFY(result.skipped.isEmpty());
}

void TestStoreIngest::ingestWroteEverything()
{
    sql::Database &db = StoreTestAccess::database(store_.reader());
    QCOMPARE(db.queryInt64("SELECT count(*) FROM accounts"), 1);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM inboxes"), 3);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM agents WHERE is_self = 1"), 1);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM team_members"), 4);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM customers"), 30);
    // A contact id, an email for everyone, a phone for every second customer.
    QCOMPARE(db.queryInt64("SELECT count(*) FROM identities"), 30 + 30 + 15);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM conversations"), 60);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM messages"), 300);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM conversation_labels"), 15 + 12);
    // Every message carries its conversation's customer, for the timeline index.
    QCOMPARE(db.queryInt64("SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                           "WHERE m.customer_id <> c.customer_id"),
             0);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM conversations WHERE last_message_preview = ''"), 0);
}

void TestStoreIngest::ingestIsIdempotent()
{
    const IngestResult again = store_.ingest(batch_);
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.updated, 0);
    QVERIFY(again.unchanged > 300);
    QCOMPARE(StoreTestAccess::database(store_.reader()).queryInt64("SELECT count(*) FROM messages"), 300);
}

void TestStoreIngest::directory()
{
    DirectoryQueries &directory = store_.reader().directory();
    QCOMPARE(directory.accounts().size(), 1);
    const QList<AgentRow> agents = directory.agents();
    QCOMPARE(agents.size(), 4);
    int assignedOpen = 0;
    for (const ConversationRecord &c : batch_.conversations)
        assignedOpen += c.status == ConversationStatus::Open && c.assigneeRemoteId == u"agent-2";
    for (const AgentRow &agent : agents) {
        if (agent.remoteId == u"agent-2")
            QCOMPARE(agent.openConversations, assignedOpen);
        QCOMPARE(agent.isSelf, agent.remoteId == u"agent-0");
    }
    const QList<TeamRow> teams = directory.teams();
    QCOMPARE(teams.size(), 2);
    QCOMPARE(teams[0].memberIds.size(), 2);
    QCOMPARE(directory.labels().size(), 2);

    const qint64 customerId = *StoreTestAccess::database(store_.reader())
                                   .queryInt64("SELECT customer_id FROM identities WHERE kind = 'email' AND "
                                               "value = 'customer2@example.com'");
    const std::optional<CustomerRow> customer = directory.customer(customerId);
    QVERIFY(customer);
    QCOMPARE(customer->name, batch_.customers[2].name);
    QCOMPARE(customer->identities.size(), 3);
    QCOMPARE(directory.customerByIdentity(IdentityKind::Phone, QString(), u"+49301000002"_s), customerId);
    QCOMPARE(directory.customerByIdentity(IdentityKind::Phone, QString(), u"+49309999999"_s), std::nullopt);

    IngestBatch canned;
    canned.account = batch_.account;
    canned.cannedResponses = {{u"c1"_s, u"thanks"_s, u"Thank you!"_s},
                              {u"c2"_s, u"thanks-long"_s, u"Thank you very much."_s},
                              {u"c3"_s, u"refund"_s, u"Your refund is on its way."_s},
                              {u"c4"_s, u"th%_"_s, u"Odd code"_s}};
    canned.cursor = SyncCursorRecord{u"events"_s, u"cursor-42"_s};
    store_.ingest(canned);
    QCOMPARE(directory.cannedResponses(u"thanks"_s).size(), 2);
    QCOMPARE(directory.cannedResponses(u"th%"_s).size(), 1); // no LIKE wildcards
    QCOMPARE(directory.cannedResponses(QString()).size(), 4);
    QCOMPARE(directory.syncCursor(*directory.accountId(u"demo"_s, u"acme"_s), u"events"_s), u"cursor-42"_s);
}

void TestStoreIngest::skippedRecords_data()
{
    QTest::addColumn<QString>("broken");
    QTest::addColumn<QString>("kind");
    QTest::newRow("message in an unknown conversation") << u"message"_s << u"message"_s;
    QTest::newRow("conversation of an unknown customer") << u"conversation"_s << u"conversation"_s;
    QTest::newRow("csat rating out of range") << u"csat"_s << u"csat"_s;
    QTest::newRow("customer without a remote id") << u"customer"_s << u"customer"_s;
    QTest::newRow("unknown assignee keeps the conversation") << u"assignee"_s << u"agent"_s;
}

void TestStoreIngest::skippedRecords()
{
    QFETCH(QString, broken);
    QFETCH(QString, kind);
    IngestBatch b;
    b.account = batch_.account;
    ConversationRecord good;
    good.remoteId = u"good-"_s + broken;
    good.customerRemoteId = u"contact-1"_s;
    good.createdAt = good.lastActivityAt = contactcenter::epoch;
    b.conversations.append(good);
    if (broken == u"message") {
        b.messages.append(messageRecord(u"m-x"_s, u"no-such-conversation"_s));
    } else if (broken == u"conversation") {
        b.conversations.append(conversationRecord(u"c-x"_s, u"no-such-contact"_s));
    } else if (broken == u"csat") {
        CsatRecord answer;
        answer.remoteId = u"r-x"_s;
        answer.conversationRemoteId = good.remoteId;
        answer.rating = 9;
        b.csatAnswers.append(answer);
    } else if (broken == u"customer") {
        CustomerRecord nameless;
        nameless.name = u"Nameless"_s;
        b.customers.append(nameless);
    } else if (broken == u"assignee") {
        b.conversations.first().assigneeRemoteId = u"agent-gone"_s;
    }
    const IngestResult result = store_.ingest(b);
    QCOMPARE(result.skipped.size(), 1);
    QCOMPARE(result.skipped.first().kind, kind);
    // The rest of the batch is stored.
    sql::Statement select = StoreTestAccess::database(store_.reader())
                                .prepare("SELECT assignee_id FROM conversations WHERE remote_id = ?");
    select.bindAll(good.remoteId);
    QVERIFY(select.step());
    QVERIFY(select.isNull(0));
}

void TestStoreIngest::sameIdentityFromAnotherConnectorIsOneCustomer()
{
    IngestBatch other;
    other.account = {u"chatwoot"_s, u"https://chat.example.org/app/accounts/3"_s, u"Chatwoot"_s};
    // The same person (same name) behind the same address: nothing contradicts the join.
    CustomerRecord contact{u"cw-77"_s, batch_.customers[5].name, {}};
    contact.identities.append({IdentityKind::Email, u"  Customer5@Example.com "_s, std::nullopt, {}});
    other.customers.append(contact);
    ConversationRecord c;
    c.remoteId = u"cw-conv-1"_s;
    c.channel = Channel::WebChat;
    c.customerRemoteId = u"cw-77"_s;
    c.createdAt = c.lastActivityAt = contactcenter::epoch + 99'000'000;
    other.conversations.append(c);
    other.messages.append(messageRecord(u"cw-m1"_s, u"cw-conv-1"_s));
    other.messages.last().body = u"Hello from the other backend"_s;
    other.messages.last().createdAt = c.createdAt;
    const IngestResult result = store_.ingest(other);
    QVERIFY(result.skipped.isEmpty());

    sql::Database &db = StoreTestAccess::database(store_.reader());
    const qint64 original =
        *db.queryInt64("SELECT customer_id FROM identities WHERE kind = 'contact' AND value = 'contact-5'");
    const qint64 viaOther =
        *db.queryInt64("SELECT customer_id FROM identities WHERE kind = 'contact' AND value = 'cw-77'");
    QCOMPARE(viaOther, original);
    const MessagePage timeline =
        store_.reader().messages().customerTimeline(original, {}, PageDirection::Older, 1);
    QCOMPARE(timeline.rows.first().body, u"Hello from the other backend"_s);
    QVERIFY(timeline.rows.first().accountId !=
            *db.queryInt64("SELECT id FROM accounts WHERE remote_id = 'acme'"));
}

void TestStoreIngest::sharedIdentitySuggestsMerge()
{
    // contact-8 now claims contact-9's phone-less email: the email stays with its owner, a suggestion is
    // made.
    IngestBatch b;
    b.account = batch_.account;
    CustomerRecord contact{u"contact-8"_s, batch_.customers[8].name, {}};
    contact.identities.append({IdentityKind::Email, u"customer9@example.com"_s, std::nullopt, {}});
    b.customers.append(contact);
    store_.ingest(b);
    sql::Database &db = StoreTestAccess::database(store_.reader());
    const qint64 eight =
        *db.queryInt64("SELECT customer_id FROM identities WHERE kind = 'contact' AND value = 'contact-8'");
    const qint64 nine =
        *db.queryInt64("SELECT customer_id FROM identities WHERE kind = 'contact' AND value = 'contact-9'");
    QVERIFY(eight != nine);
    QCOMPARE(store_.reader().directory().customerByIdentity(IdentityKind::Email, QString(),
                                                            u"customer9@example.com"_s),
             nine);
    QList<MergeSuggestionRow> suggestions = store_.reader().directory().openMergeSuggestions();
    suggestions.removeIf([&](const MergeSuggestionRow &s) {
        return s.customerA != qMin(eight, nine) || s.customerB != qMax(eight, nine);
    });
    QCOMPARE(suggestions.size(), 1);
    // They share the address but not the name: a suggestion that says so, never a join.
    QCOMPARE(suggestions.first().reason, u"names_differ"_s);
}

void TestStoreIngest::realtimeMessageMovesActivityAndWait()
{
    sql::Database &db = StoreTestAccess::database(store_.reader());
    const qint64 id = *db.queryInt64("SELECT id FROM conversations WHERE remote_id = 'conv-11'");
    const ConversationRow before = *store_.reader().inbox().conversation(id);
    IngestBatch event;
    event.account = batch_.account;
    MessageRecord incoming = messageRecord(u"rt-1"_s, u"conv-11"_s);
    incoming.body = u"Any news?"_s;
    incoming.createdAt = before.lastActivityAt + 60'000;
    event.messages.append(incoming);
    store_.ingest(event);
    const ConversationRow waiting = *store_.reader().inbox().conversation(id);
    QCOMPARE(waiting.lastActivityAt, incoming.createdAt);
    QCOMPARE(waiting.preview, u"Any news?"_s);
    QCOMPARE(waiting.waitingSince, before.waitingSince ? before.waitingSince : incoming.createdAt);

    MessageRecord reply = messageRecord(u"rt-2"_s, u"conv-11"_s, MessageKind::Outgoing);
    reply.authorAgentRemoteId = u"agent-1"_s;
    reply.body = u"<p>Yes &amp; it ships <b>today</b></p>"_s;
    reply.bodyFormat = BodyFormat::Html;
    reply.createdAt = incoming.createdAt + 60'000;
    event.messages = {reply};
    store_.ingest(event);
    const ConversationRow answered = *store_.reader().inbox().conversation(id);
    QCOMPARE(answered.waitingSince, std::nullopt);
    QCOMPARE(answered.preview, u"Yes & it ships today"_s);
    QVERIFY(answered.firstReplyAt);

    // An older message arriving late changes neither the activity time nor the preview.
    MessageRecord late = messageRecord(u"rt-0"_s, u"conv-11"_s);
    late.body = u"late"_s;
    late.createdAt = before.lastActivityAt - 1;
    event.messages = {late};
    store_.ingest(event);
    QCOMPARE(store_.reader().inbox().conversation(id)->preview, answered.preview);
}

QTEST_GUILESS_MAIN(TestStoreIngest)
#include "tst_store_ingest.moc"
