// Agent actions from the store's outbox delivered to the fake Chatwoot through the real sync engine: replies
// with echo_id, notes, status with snooze time, priority, assignment, labels merged with a colleague's, mark
// read, an unknown-outcome resend that finds the earlier attempt; contact merge and a conversation started on
// another channel; live reports.
#include "ChatwootTestRig.h"
#include "identity/CustomerMerge.h"

#include "connectors/chatwoot/realtime/ActionCableClient.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::chatwoot;
using namespace std::chrono_literals;

namespace {
template<typename T>
T await(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if constexpr (std::is_void_v<T>)
        future.waitForFinished(); // rethrows what the work threw
    else
        return future.result();
}
} // namespace

class TestChatwootOutbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ChatwootTestRig> rig_;

    void waitOnline()
    {
        QTRY_COMPARE_WITH_TIMEOUT(rig_->state().phase, ConnectorState::Phase::Online, 20000);
        rig_->settle();
    }

    qint64 local(const QString &remoteId) { return rig_->conversationId(remoteId); }
    qint64 agent(const QString &remoteId)
    {
        return rig_->number("SELECT id FROM agents WHERE remote_id = ?", remoteId);
    }
    qint64 team(const QString &remoteId)
    {
        return rig_->number("SELECT id FROM teams WHERE remote_id = ?", remoteId);
    }

    OutboxState stateOf(const QString &uuid)
    {
        const auto entry = rig_->store().reader().outbox().entry(uuid);
        return entry ? entry->state : OutboxState(-1);
    }

    QString apply(const AgentAction &action) { return await(rig_->store().apply(action)).uuid; }

    // A conversation in the fake's web-chat inbox, where Chatwoot keeps the key a reply carries.
    qint64 webChatConversation(int skip = 0)
    {
        for (qint64 id : rig_->fake().conversationIds()) {
            if (rig_->fake().conversation(id).value(QLatin1StringView("inbox_id")).toInteger() == 1 &&
                skip-- == 0)
                return id;
        }
        return 0;
    }

    QJsonObject lastMessageOf(qint64 conversation)
    {
        const QJsonArray messages = rig_->fake().messagesOf(conversation);
        return messages.isEmpty() ? QJsonObject() : messages.last().toObject();
    }

private Q_SLOTS:
    void init()
    {
        fake::FakeChatwoot::Seed seed;
        seed.contacts = 12;
        seed.conversations = 20;
        rig_ = std::make_unique<test::ChatwootTestRig>(seed);
        rig_->open();
        waitOnline();
        rig_->fake().clearRequests();
    }

    void cleanup()
    {
        const QStringList violations = rig_->contractViolations();
        rig_.reset();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }

    void aReplyCarriesItsUuidAsEchoIdAndIsReconciled()
    {
        SendMessage reply;
        reply.conversationId = local(QStringLiteral("105"));
        reply.body = QStringLiteral("We have shipped it today.");
        const QString uuid = apply(reply);
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        const QJsonObject sent = lastMessageOf(105);
        QCOMPARE(sent.value(QLatin1StringView("echo_id")).toString(), uuid);
        QCOMPARE(sent.value(QLatin1StringView("content")).toString(), reply.body);
        QCOMPARE(sent.value(QLatin1StringView("private")).toBool(), false);
        rig_->settle();
        // The response and the message.created event both name the uuid: one message, with the remote id.
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE body = ?", reply.body), 1);
        QCOMPARE(rig_->text("SELECT remote_id FROM messages WHERE client_uuid = ?", uuid),
                 QString::number(sent.value(QLatin1StringView("id")).toInteger()));
        QCOMPARE(rig_->fake().requestsTo("POST", QStringLiteral(".*/conversations/105/messages")).size(), 1);
    }

    void aReplyWithFilesUploadsThemOnce()
    {
        QTemporaryDir dir;
        const QString label = dir.filePath(QStringLiteral("label.pdf"));
        {
            QFile file(label);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4 shipping label for order 4711");
        }
        SendMessage reply;
        reply.conversationId = local(QStringLiteral("104"));
        reply.body = QStringLiteral("Your return label is attached.");
        reply.attachments.append({label, {}, {}, 0});
        const QString uuid = apply(reply);
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        const auto posts = rig_->fake().requestsTo("POST", QStringLiteral(".*/conversations/104/messages"));
        QCOMPARE(posts.size(), 1);
        QVERIFY(posts.first().header("content-type").startsWith("multipart/form-data"));
        QVERIFY(posts.first().body.contains("%PDF-1.4 shipping label for order 4711"));
        const QJsonObject sent = lastMessageOf(104);
        QCOMPARE(sent.value(QLatin1StringView("echo_id")).toString(), uuid);
        QCOMPARE(sent.value(QLatin1StringView("content")).toString(), reply.body);
        QCOMPARE(sent.value(QLatin1StringView("attachments")).toArray().size(), 1);
        rig_->settle();
        // One attachment row: the local copy became Chatwoot's file.
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM attachments a JOIN messages m ON m.id = a.message_id "
                                  "WHERE m.client_uuid = ?",
                                  uuid),
                     1);
        QVERIFY(!rig_->text("SELECT a.remote_url FROM attachments a JOIN messages m ON m.id = a.message_id "
                            "WHERE m.client_uuid = ?",
                            uuid)
                     .isEmpty());
    }

    void aNoteIsPrivate()
    {
        SendMessage note;
        note.conversationId = local(QStringLiteral("106"));
        note.body = QStringLiteral("Customer is a reseller, see CRM.");
        note.isNote = true;
        const QString uuid = apply(note);
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        QCOMPARE(lastMessageOf(106).value(QLatin1StringView("private")).toBool(), true);
        QTRY_COMPARE(rig_->text("SELECT kind FROM messages WHERE client_uuid = ?", uuid),
                     QStringLiteral("note"));
    }

    void aNoteTellsTheColleaguesItMentions()
    {
        const qint64 colleague = rig_->number("SELECT id FROM agents WHERE is_self = 0 ORDER BY id");
        const QString name = rig_->text("SELECT name FROM agents WHERE id = ?", QString::number(colleague));
        const QString remote =
            rig_->text("SELECT remote_id FROM agents WHERE id = ?", QString::number(colleague));
        QVERIFY(!name.isEmpty() && !remote.isEmpty());
        SendMessage note;
        note.conversationId = local(QStringLiteral("106"));
        note.body = u'@' + name + QStringLiteral(" can you call them back?");
        note.isNote = true;
        note.mentionedAgentIds = {colleague};
        const QString uuid = apply(note);
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        const QString sent = lastMessageOf(106).value(QLatin1StringView("content")).toString();
        QVERIFY2(sent.startsWith(QStringLiteral("[@") + name + QStringLiteral("](mention://user/") + remote +
                                 u'/'),
                 qPrintable(sent));
        QVERIFY(sent.endsWith(QStringLiteral(" can you call them back?")));
        // Read back, the note still names the colleague as mentioned.
        rig_->settle();
        const QByteArray mentioned =
            "SELECT count(*) FROM mentions mn JOIN messages m ON m.id = mn.message_id "
            "WHERE m.client_uuid = ? AND mn.agent_id = " +
            QByteArray::number(colleague);
        QTRY_COMPARE(rig_->number(mentioned.constData(), uuid), 1);
    }

    void statusWithSnoozeTime()
    {
        const UtcMillis until = (nowUtcMillis() / 1000 + 7200) * 1000;
        SetConversationStatus snooze{local(QStringLiteral("104")), ConversationStatus::Snoozed, until};
        const QString uuid = apply(snooze);
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        const QJsonObject body = rig_->fake()
                                     .requestsTo("POST", QStringLiteral(".*/conversations/104/toggle_status"))
                                     .first()
                                     .json();
        QCOMPARE(body.value(QLatin1StringView("status")).toString(), QStringLiteral("snoozed"));
        QCOMPARE(body.value(QLatin1StringView("snoozed_until")).toInteger(), until / 1000);
        QTRY_COMPARE(rig_->number("SELECT snoozed_until FROM conversations WHERE remote_id = '104'"), until);

        const QString resolve =
            apply(SetConversationStatus{local(QStringLiteral("104")), ConversationStatus::Resolved, {}});
        QTRY_COMPARE(stateOf(resolve), OutboxState::Confirmed);
        QCOMPARE(rig_->fake().conversation(104).value(QLatin1StringView("status")).toString(),
                 QStringLiteral("resolved"));
    }

    void priorityIncludingNone()
    {
        const QString urgent = apply(SetConversationPriority{local(QStringLiteral("101")), Priority::Urgent});
        QTRY_COMPARE(stateOf(urgent), OutboxState::Confirmed);
        QCOMPARE(rig_->fake().conversation(101).value(QLatin1StringView("priority")).toString(),
                 QStringLiteral("urgent"));
        const QString none = apply(SetConversationPriority{local(QStringLiteral("101")), Priority::None});
        QTRY_COMPARE(stateOf(none), OutboxState::Confirmed);
        QVERIFY(rig_->fake().conversation(101).value(QLatin1StringView("priority")).isNull());
        QTRY_COMPARE(rig_->text("SELECT priority FROM conversations WHERE remote_id = '101'"),
                     QStringLiteral("none"));
    }

    void assignmentToAgentAndTeam()
    {
        AssignConversation assign{local(QStringLiteral("103")), agent(QStringLiteral("2")),
                                  team(QStringLiteral("2"))};
        const QString uuid = apply(assign);
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        const QJsonObject c = rig_->fake().conversation(103);
        QCOMPARE(c[QStringLiteral("meta")]
                     .toObject()[QStringLiteral("assignee")]
                     .toObject()[QStringLiteral("id")]
                     .toInteger(),
                 2);
        QCOMPARE(c[QStringLiteral("meta")]
                     .toObject()[QStringLiteral("team")]
                     .toObject()[QStringLiteral("id")]
                     .toInteger(),
                 2);
        const auto posts =
            rig_->fake().requestsTo("POST", QStringLiteral(".*/conversations/103/assignments"));
        QCOMPARE(posts.size(), 2);
        QVERIFY(posts[0].json().contains(
            QLatin1StringView("team_id"))); // the team first: Chatwoot ignores it beside an agent
        QVERIFY(posts[1].json().contains(QLatin1StringView("assignee_id")));

        const QString unassign =
            apply(AssignConversation{local(QStringLiteral("103")), std::nullopt, std::nullopt});
        QTRY_COMPARE(stateOf(unassign), OutboxState::Confirmed);
        // Chatwoot leaves the key out when nobody is assigned.
        QVERIFY(!rig_->fake().conversation(103)[QStringLiteral("meta")].toObject().contains(
            QLatin1StringView("assignee")));
    }

    void labelsMergeWithAColleaguesChange()
    {
        // Conversation 100 has "billing"; a colleague adds "vip" that this client has not seen yet.
        rig_->fake().colleagueAddsLabel(100, QStringLiteral("vip"), true);
        const QString add = apply(AddConversationLabel{local(QStringLiteral("100")), QStringLiteral("bug")});
        QTRY_COMPARE(stateOf(add), OutboxState::Confirmed);
        QCOMPARE(rig_->fake().labelsOf(100),
                 (QStringList{QStringLiteral("billing"), QStringLiteral("vip"), QStringLiteral("bug")}));
        const QString remove =
            apply(RemoveConversationLabel{local(QStringLiteral("100")), QStringLiteral("billing")});
        QTRY_COMPARE(stateOf(remove), OutboxState::Confirmed);
        QCOMPARE(rig_->fake().labelsOf(100), (QStringList{QStringLiteral("vip"), QStringLiteral("bug")}));
        // The store follows the server: the colleague's label is there too.
        QTRY_COMPARE(
            rig_->number("SELECT count(*) FROM conversation_labels cl JOIN conversations c ON c.id = "
                         "cl.conversation_id WHERE c.remote_id = '100'"),
            2);
    }

    void markRead()
    {
        const QString uuid = apply(MarkConversationRead{local(QStringLiteral("102"))});
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        QCOMPARE(
            rig_->fake().requestsTo("POST", QStringLiteral(".*/conversations/102/update_last_seen")).size(),
            1);
    }

    void aLostAnswerIsCheckedBeforeSendingAgain()
    {
        rig_->fake().setBroadcasts(false); // no message.created either: only the message list can tell
        const qint64 remote = webChatConversation();
        const QString path = QStringLiteral(".*/conversations/%1/messages").arg(remote);
        rig_->fake().loseAnswerNext("POST", path, fake::HttpResponse::Delivery::Close);
        SendMessage reply;
        reply.conversationId = local(QString::number(remote));
        reply.body = QStringLiteral("Exactly once, please.");
        const QString uuid = apply(reply);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(uuid), OutboxState::Confirmed, 10000);
        int copies = 0;
        for (const QJsonValue &m : rig_->fake().messagesOf(remote))
            copies += m.toObject().value(QLatin1StringView("content")).toString() == reply.body;
        QCOMPARE(copies, 1);
        QCOMPARE(rig_->fake().requestsTo("POST", path).size(), 1);
        QVERIFY(!rig_->fake().requestsTo("GET", path).isEmpty());
        QTRY_VERIFY(!rig_->text("SELECT remote_id FROM messages WHERE client_uuid = ?", uuid).isEmpty());
    }

    void anUnknownOutcomeThatDidNotLandIsSent()
    {
        const qint64 remote = webChatConversation(1);
        const qint64 conversation = local(QString::number(remote));
        DeliveryRequest request;
        request.entry.uuid = QStringLiteral("3f0c4a1e-5b7d-4c2a-9e8f-0a1b2c3d4e5f");
        request.entry.createdAt = nowUtcMillis();
        request.action =
            SendMessage{conversation, QStringLiteral("Sent after a crash"), BodyFormat::Plain, false, {}};
        request.conversationRemoteId = QString::number(remote);
        request.channel = Channel::WebChat;
        request.outcomeUnknown = true;
        QSignalSpy finished(&rig_->connector(), &Connector::deliveryFinished);
        rig_->connector().deliver(request);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).value<DeliveryResult>().outcome, DeliveryResult::Outcome::Confirmed);
        QCOMPARE(lastMessageOf(remote).value(QLatin1StringView("echo_id")).toString(), request.entry.uuid);
        QCOMPARE(lastMessageOf(remote).value(QLatin1StringView("source_id")).toString(),
                 QStringLiteral("kontor:") + request.entry.uuid);
        // And found, not sent again, when the same entry comes once more.
        rig_->connector().deliver(request);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(1).value<DeliveryResult>().outcome, DeliveryResult::Outcome::Confirmed);
        QCOMPARE(rig_->fake()
                     .requestsTo("POST", QStringLiteral(".*/conversations/%1/messages").arg(remote))
                     .size(),
                 1);
    }

    void contactMerge()
    {
        const DeliveryResult result =
            await(rig_->connector().mergeContacts(QStringLiteral("1001"), QStringLiteral("1002")));
        QCOMPARE(result.outcome, DeliveryResult::Outcome::Confirmed);
        QVERIFY(rig_->fake().contact(1002).isEmpty());
        const auto posts =
            rig_->fake().requestsTo("POST", QStringLiteral("/api/v1/accounts/1/actions/contact_merge"));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().json().value(QLatin1StringView("base_contact_id")).toInteger(), 1001);
        QCOMPARE(posts.first().json().value(QLatin1StringView("mergee_contact_id")).toInteger(), 1002);
        const DeliveryResult refused =
            await(rig_->connector().mergeContacts(QStringLiteral("1001"), QStringLiteral("1001")));
        QCOMPARE(refused.outcome, DeliveryResult::Outcome::PermanentError);
    }

    void aCustomerMergeIsDeliveredAsAContactMerge()
    {
        const qint64 survivor =
            rig_->number("SELECT customer_id FROM identities WHERE kind = 'contact' AND value = ?",
                         QStringLiteral("1003"));
        const qint64 merged =
            rig_->number("SELECT customer_id FROM identities WHERE kind = 'contact' AND value = ?",
                         QStringLiteral("1004"));
        QVERIFY(survivor != 0 && merged != 0 && survivor != merged);
        await(CustomerMerge::merge(rig_->store(), survivor, merged, std::nullopt,
                                   QStringLiteral("same person")));
        const QString uuid = rig_->text("SELECT uuid FROM outbox WHERE kind = 'merge_contacts'");
        QVERIFY(!uuid.isEmpty());
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        const auto posts =
            rig_->fake().requestsTo("POST", QStringLiteral("/api/v1/accounts/1/actions/contact_merge"));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().json().value(QLatin1StringView("base_contact_id")).toInteger(), 1003);
        QCOMPARE(posts.first().json().value(QLatin1StringView("mergee_contact_id")).toInteger(), 1004);
        QVERIFY(rig_->fake().contact(1004).isEmpty());
        // Chatwoot's answer does not split the customer again.
        rig_->settle();
        QCOMPARE(rig_->number("SELECT customer_id FROM identities WHERE kind = 'contact' AND value = ?",
                              QStringLiteral("1004")),
                 survivor);
    }

    qint64 customerOfContact(const QString &contactId)
    {
        return rig_->number("SELECT customer_id FROM identities WHERE kind = 'contact' AND value = ?",
                            contactId);
    }

    // The one update_contact entry the edit recorded (recorded in the edit's own transaction: no wait).
    QString onlyUpdateEntry()
    {
        if (rig_->number("SELECT count(*) FROM outbox WHERE kind = 'update_contact'") != 1)
            return {};
        return rig_->text("SELECT uuid FROM outbox WHERE kind = 'update_contact'");
    }

    void aRenameInKontorRenamesTheContact()
    {
        const qint64 customer = customerOfContact(QStringLiteral("1003"));
        QVERIFY(customer != 0);
        await(CustomerMerge::rename(rig_->store(), customer, QStringLiteral("Carla Jensen")));
        const QString uuid = onlyUpdateEntry();
        QVERIFY(!uuid.isEmpty());
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        const auto puts = rig_->fake().requestsTo("PUT", QStringLiteral("/api/v1/accounts/1/contacts/1003"));
        QCOMPARE(puts.size(), 1);
        // Only what changes is written: the contact's address and number stay as Chatwoot has them.
        QCOMPARE(puts.first().json(),
                 QJsonObject({{QStringLiteral("name"), QStringLiteral("Carla Jensen")}}));
        QCOMPARE(rig_->fake().contact(1003).value(QLatin1StringView("name")).toString(),
                 QStringLiteral("Carla Jensen"));
        QCOMPARE(rig_->fake().contact(1003).value(QLatin1StringView("email")).toString(),
                 QStringLiteral(" Customer3@Example.ORG ")); // as Chatwoot was given it
        // Renaming to the same name again tells nobody.
        await(CustomerMerge::rename(rig_->store(), customer, QStringLiteral("Carla Jensen")));
        rig_->settle();
        QCOMPARE(rig_->number("SELECT count(*) FROM outbox WHERE kind = 'update_contact'"), 1);
    }

    void aRenameWhoseAnswerWasLostIsNotWrittenTwice()
    {
        const QString path = QStringLiteral("/api/v1/accounts/1/contacts/1003");
        rig_->fake().loseAnswerNext("PUT", path, fake::HttpResponse::Delivery::Close);
        await(CustomerMerge::rename(rig_->store(), customerOfContact(QStringLiteral("1003")),
                                    QStringLiteral("Carla Jensen")));
        const QString uuid = onlyUpdateEntry();
        QVERIFY(!uuid.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(uuid), OutboxState::Confirmed, 10000);
        // The check after the lost answer read the contact, found the name there and wrote nothing again.
        QCOMPARE(rig_->fake().requestsTo("PUT", path).size(), 1);
        QVERIFY(rig_->fake().requestsTo("GET", path).size() >= 2);
        QCOMPARE(rig_->fake().contact(1003).value(QLatin1StringView("name")).toString(),
                 QStringLiteral("Carla Jensen"));
    }

    void anAddedIdentityFillsOnlyWhatTheContactLacks_data()
    {
        // Contact 1003 has an email address and no phone number.
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QJsonObject>("written"); // empty: nothing written
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("kept");
        QTest::newRow("a number fills the empty field")
            << int(IdentityKind::Phone) << QStringLiteral("+45 20 30 40 50")
            << QJsonObject({{QStringLiteral("phone_number"), QStringLiteral("+4520304050")}})
            << QStringLiteral("phone_number") << QStringLiteral("+4520304050");
        QTest::newRow("an address never replaces the contact's own")
            << int(IdentityKind::Email) << QStringLiteral("carla.private@example.net") << QJsonObject()
            << QStringLiteral("email")
            << QStringLiteral(" Customer3@Example.ORG "); // as Chatwoot was given it
    }

    void anAddedIdentityFillsOnlyWhatTheContactLacks()
    {
        QFETCH(int, kind);
        QFETCH(QString, typed);
        QFETCH(QJsonObject, written);
        QFETCH(QString, field);
        QFETCH(QString, kept);
        const qint64 customer = customerOfContact(QStringLiteral("1003"));
        await(CustomerMerge::addIdentity(rig_->store(), customer, IdentityKind(kind), typed));
        const QString uuid = onlyUpdateEntry();
        QVERIFY(!uuid.isEmpty());
        QTRY_COMPARE(stateOf(uuid), OutboxState::Confirmed);
        const auto puts = rig_->fake().requestsTo("PUT", QStringLiteral("/api/v1/accounts/1/contacts/1003"));
        QCOMPARE(puts.size(), written.isEmpty() ? 0 : 1);
        if (!written.isEmpty())
            QCOMPARE(puts.first().json(), written);
        QCOMPARE(rig_->fake().contact(1003).value(field).toString(), kept);
        // Kontor keeps what the agent added either way.
        QCOMPARE(rig_->number("SELECT customer_id FROM identities WHERE display_value = ?", typed.trimmed()),
                 customer);
    }

    void anUpdateChatwootRefusesFailsWithItsReason()
    {
        // Another contact already has the address: Chatwoot refuses, and the agent sees why.
        DeliveryRequest request;
        request.entry.uuid = QStringLiteral("0e2c1b7a-7d1f-4f43-9a55-1b2c3d4e5f60");
        request.entry.createdAt = nowUtcMillis();
        UpdateContact update;
        update.accountId = 1;
        update.contactRemoteId = QStringLiteral("1001");
        update.phone = QStringLiteral("+49 30 12340000"); // contact 1000's number; 1001 has none
        request.action = update;
        QSignalSpy finished(&rig_->connector(), &Connector::deliveryFinished);
        rig_->connector().deliver(request);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).value<DeliveryResult>().outcome,
                 DeliveryResult::Outcome::PermanentError);
        QVERIFY(rig_->fake().contact(1001).value(QLatin1StringView("phone_number")).toString().isEmpty());
    }

    void aConversationStartedInKontorReachesChatwoot()
    {
        StartConversation start;
        start.customerId =
            rig_->number("SELECT customer_id FROM identities WHERE kind = 'contact' AND value = ?",
                         QStringLiteral("1000"));
        start.accountId = rig_->number("SELECT id FROM accounts");
        start.channel = Channel::Email;
        start.inboxId = rig_->number("SELECT id FROM inboxes WHERE remote_id = ?", QStringLiteral("2"));
        start.body = QStringLiteral("Following up on your order by email");
        const ActionReceipt receipt = await(rig_->store().apply(start));
        QVERIFY(receipt.conversationId);
        QTRY_COMPARE(stateOf(receipt.uuid), OutboxState::Confirmed);
        // The conversation the first message is in: the local one confirmed, or Chatwoot's copy that a
        // realtime event brought first and the local one was folded into.
        const QString remote = rig_->text("SELECT c.remote_id FROM conversations c JOIN messages m ON "
                                          "m.conversation_id = c.id WHERE m.client_uuid = ?",
                                          receipt.uuid);
        QVERIFY(!remote.isEmpty());
        QCOMPARE(lastMessageOf(remote.toLongLong()).value(QLatin1StringView("content")).toString(),
                 start.body);
        rig_->settle();
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE body = ?", start.body), 1);
        QCOMPARE(rig_->number("SELECT count(*) FROM conversations WHERE remote_id = ?", remote), 1);
    }

    void aStartWhoseAnswerWasLostIsNotStartedTwice()
    {
        rig_->fake().setBroadcasts(false); // no conversation.created either: only the contact's list can tell
        rig_->fake().loseAnswerNext("POST", QStringLiteral("/api/v1/accounts/1/conversations"),
                                    fake::HttpResponse::Delivery::Close);
        StartConversation start;
        start.customerId =
            rig_->number("SELECT customer_id FROM identities WHERE kind = 'contact' AND value = ?",
                         QStringLiteral("1005"));
        start.accountId = rig_->number("SELECT id FROM accounts");
        start.channel = Channel::Email;
        start.inboxId = rig_->number("SELECT id FROM inboxes WHERE remote_id = ?", QStringLiteral("2"));
        start.body = QStringLiteral("Exactly one conversation, please.");
        const ActionReceipt receipt = await(rig_->store().apply(start));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(receipt.uuid), OutboxState::Confirmed, 15000);
        QCOMPARE(rig_->fake().requestsTo("POST", QStringLiteral("/api/v1/accounts/1/conversations")).size(),
                 1);
        QVERIFY(!rig_->fake().requestsTo("GET", QStringLiteral(".*/contacts/1005/conversations")).isEmpty());
        const QString remote = rig_->text("SELECT c.remote_id FROM conversations c JOIN messages m ON "
                                          "m.conversation_id = c.id WHERE m.client_uuid = ?",
                                          receipt.uuid);
        QVERIFY(!remote.isEmpty());
    }

    void aConversationStartedOnAnotherChannel()
    {
        // Contact 1000 writes through the website; the agent follows up by email.
        const DeliveryResult result = await(rig_->connector().startConversation(
            QStringLiteral("1000"), QStringLiteral("2"), QStringLiteral("Following up by email")));
        QCOMPARE(result.outcome, DeliveryResult::Outcome::Confirmed);
        QVERIFY(!result.conversationRemoteId.isEmpty());
        QVERIFY(!result.messageRemoteId.isEmpty());
        QCOMPARE(rig_->fake().requestsTo("POST", QStringLiteral(".*/contacts/1000/contact_inboxes")).size(),
                 1);
        QTRY_COMPARE(
            rig_->text("SELECT channel FROM conversations WHERE remote_id = ?", result.conversationRemoteId),
            QStringLiteral("email"));
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE body = 'Following up by email'"), 1);
    }

    void liveReportsForAdministrators()
    {
        QVERIFY(rig_->connector().isAdministrator());
        bool done = false;
        LiveReport report;
        rig_->connector().fetchLiveReport([&](const LiveReport &r, const JobError &error) {
            QVERIFY(error.ok());
            report = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(report.account.open > 0);
        QVERIFY(!report.byAgent.isEmpty());
        QVERIFY(!report.byTeam.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChatwootOutbox)
#include "tst_chatwoot_outbox.moc"
