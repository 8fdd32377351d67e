// The agent's actions at the demo backend: each client UUID is applied exactly once, a replay returns the
// first answer, rejections are final and explained, and a reply on another channel lands in the right
// conversation.
#include "DemoTestSupport.h"

#include "connectors/demo/backend/DemoStateFile.h"

#include <QTest>

using namespace kontor;
using namespace kontor::demotest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DemoActionPayload)
Q_DECLARE_METATYPE(DemoRejection)
Q_DECLARE_METATYPE(kontor::Channel)

class TestDemoActions : public QObject
{
    Q_OBJECT

private:
    static DemoWorld world() { return DemoWorld(smallConfig(23, 100, 900)); }

    // An open conversation of a customer who can also be reached on `other`, with the conversation on another
    // channel.
    static std::optional<DemoConversation> conversationReachableOn(const DemoWorld &w, Channel other)
    {
        for (qint64 number = 1; number <= w.counts().conversations; ++number) {
            const DemoConversation c = *w.conversation(u"conv-"_s + QString::number(number));
            const DemoCustomer customer = *w.customer(c.customerId);
            if (c.channel != other && c.channel != Channel::Voice && identityOn(customer, other)) {
                bool hasOpenThere = false;
                for (const QString &otherId : w.conversationsOfCustomer(customer.remoteId)) {
                    const DemoConversation o = *w.conversation(otherId);
                    hasOpenThere =
                        hasOpenThere || (o.channel == other && o.status != ConversationStatus::Resolved);
                }
                if (!hasOpenThere)
                    return c;
            }
        }
        return std::nullopt;
    }

    static QString firstActive(const DemoWorld &w, bool voice = false)
    {
        for (const QString &id : w.activeConversations()) {
            if ((w.conversation(id)->channel == Channel::Voice) == voice)
                return id;
        }
        return {};
    }

private Q_SLOTS:
    void everyActionIsKeptWithItsKey_data()
    {
        QTest::addColumn<DemoActionPayload>("payload");
        const DemoWorld w = world();
        const QString id = firstActive(w);
        const QString other = w.activeConversations().last();
        QTest::newRow("reply") << DemoActionPayload(DemoReply{id, u"On its way!"_s, BodyFormat::Plain, {}});
        QTest::newRow("note") << DemoActionPayload(
            DemoAddNote{id, u"@Jonas please check"_s, BodyFormat::Markdown, {u"agent-2"_s}});
        QTest::newRow("assign") << DemoActionPayload(DemoAssign{id, u"agent-3"_s, u"team-2"_s});
        QTest::newRow("unassign") << DemoActionPayload(DemoAssign{id, u""_s, std::nullopt});
        QTest::newRow("resolve") << DemoActionPayload(DemoSetStatus{id, ConversationStatus::Resolved, {}});
        QTest::newRow("pending") << DemoActionPayload(DemoSetStatus{id, ConversationStatus::Pending, {}});
        QTest::newRow("snooze until")
            << DemoActionPayload(DemoSetStatus{id, ConversationStatus::Snoozed, kEpoch + 5 * kHour});
        QTest::newRow("snooze until reply")
            << DemoActionPayload(DemoSetStatus{id, ConversationStatus::Snoozed, std::nullopt});
        QTest::newRow("priority") << DemoActionPayload(DemoSetPriority{id, Priority::Urgent});
        QTest::newRow("labels") << DemoActionPayload(DemoSetLabels{id, {u"vip"_s, u"bug"_s}});
        QTest::newRow("add label") << DemoActionPayload(DemoAddLabel{id, u"callback"_s});
        QTest::newRow("remove label") << DemoActionPayload(DemoRemoveLabel{id, u"delivery"_s});
        QTest::newRow("mark read") << DemoActionPayload(DemoMarkRead{id, std::nullopt});
        QTest::newRow("start conversation") << DemoActionPayload(DemoStartConversation{
            w.conversation(id)->customerId, Channel::Email, u"Your order"_s, u"Hello!"_s, BodyFormat::Plain});
        QTest::newRow("merge") << DemoActionPayload(
            DemoMergeCustomers{w.conversation(other)->customerId, w.conversation(id)->customerId});
    }

    void everyActionIsKeptWithItsKey()
    {
        QFETCH(DemoActionPayload, payload);
        DemoWorld w = world();
        const QString key = u"6f1c1a52-6c8e-4d7a-9d55-0e8f1f6b2a01"_s;
        QVERIFY(!w.hasProcessed(key));
        const DemoActionResult first = w.apply({key, payload}, kEpoch + kMinute);
        QVERIFY2(first.accepted, qPrintable(demoRejectionKey(first.rejection)));
        QCOMPARE(first.kind, demoActionKind(payload));
        QVERIFY(first.changeSeq > 0);
        QVERIFY(w.hasProcessed(key));
        QCOMPARE(w.appliedCount(key), 1);
        QCOMPARE(w.receivedCount(key), 1);
        QCOMPARE(w.processedResult(key), first);
        const QList<DemoChange> after = drainChanges(w);

        int echoed = 0;
        for (const DemoChange &change : after) {
            if (const auto *message = std::get_if<DemoMessage>(&change.record))
                echoed += message->echoUuid == key && message->kind != MessageKind::Activity ? 1 : 0;
        }
        const bool createsMessage = std::holds_alternative<DemoReply>(payload) ||
                                    std::holds_alternative<DemoAddNote>(payload) ||
                                    std::holds_alternative<DemoStartConversation>(payload);
        QCOMPARE(echoed, createsMessage ? 1 : 0);
        if (createsMessage)
            QCOMPARE(w.message(first.messageId)->echoUuid, key);
    }

    // Like a real server, the backend does not deduplicate: a key sent again is carried out again, and that
    // shows. Exactly-once is the client's job (look the key up first); this is what catches a client that
    // resends blindly.
    void aRepeatedKeyIsAppliedAgainAndCounted()
    {
        DemoWorld w = world();
        const QString id = firstActive(w);
        const DemoAction action{u"key-1"_s, DemoReply{id, u"Done."_s, BodyFormat::Plain, {}}};
        const DemoActionResult first = w.apply(action, kEpoch + kMinute);
        DemoLoadResult reloaded = DemoStateFile::parse(DemoStateFile::serialise(w));
        QVERIFY(reloaded.world);
        QVERIFY(reloaded.world->hasProcessed(u"key-1"_s));
        QCOMPARE(reloaded.world->processedResult(u"key-1"_s), first);
        const qint64 before = reloaded.world->lastSeq();
        const DemoActionResult again = reloaded.world->apply(action, kEpoch + kMinute);
        QVERIFY(again.accepted);
        QVERIFY(again.messageId != first.messageId);
        QVERIFY(reloaded.world->lastSeq() > before);
        QCOMPARE(reloaded.world->appliedCount(u"key-1"_s), 2);
        QCOMPARE(reloaded.world->receivedCount(u"key-1"_s), 2);
        QCOMPARE(reloaded.world->processedResult(u"key-1"_s), first);
    }

    void rejectionsAreFinalAndExplained_data()
    {
        QTest::addColumn<DemoActionPayload>("payload");
        QTest::addColumn<DemoRejection>("rejection");
        const DemoWorld w = world();
        const QString id = firstActive(w);
        const QString customer = w.conversation(id)->customerId;
        const QString missing = u"conv-999999"_s;
        QTest::newRow("reply to nothing")
            << DemoActionPayload(DemoReply{missing, u"Hi"_s, {}, {}}) << DemoRejection::UnknownConversation;
        QTest::newRow("empty reply") << DemoActionPayload(DemoReply{id, u"  "_s, {}, {}})
                                     << DemoRejection::EmptyBody;
        QTest::newRow("reply by phone") << DemoActionPayload(DemoReply{id, u"Hi"_s, {}, Channel::Voice})
                                        << DemoRejection::ChannelNotReachable;
        QTest::newRow("reply in a call")
            << DemoActionPayload(DemoReply{firstActive(w, true), u"Hi"_s, {}, {}})
            << DemoRejection::ChannelNotReachable;
        QTest::newRow("note on nothing")
            << DemoActionPayload(DemoAddNote{missing, u"x"_s, {}, {}}) << DemoRejection::UnknownConversation;
        QTest::newRow("mention a stranger")
            << DemoActionPayload(DemoAddNote{id, u"x"_s, {}, {u"agent-77"_s}}) << DemoRejection::UnknownAgent;
        QTest::newRow("assign a stranger")
            << DemoActionPayload(DemoAssign{id, u"agent-77"_s, {}}) << DemoRejection::UnknownAgent;
        QTest::newRow("assign no team")
            << DemoActionPayload(DemoAssign{id, {}, u"team-9"_s}) << DemoRejection::UnknownTeam;
        QTest::newRow("snooze into the past")
            << DemoActionPayload(DemoSetStatus{id, ConversationStatus::Snoozed, kEpoch - kHour})
            << DemoRejection::InvalidSnooze;
        QTest::newRow("empty label") << DemoActionPayload(DemoSetLabels{id, {u"ok"_s, u" "_s}})
                                     << DemoRejection::InvalidLabel;
        QTest::newRow("merge into oneself")
            << DemoActionPayload(DemoMergeCustomers{customer, customer}) << DemoRejection::SameCustomer;
        QTest::newRow("merge a stranger")
            << DemoActionPayload(DemoMergeCustomers{customer, u"contact-999999"_s})
            << DemoRejection::UnknownCustomer;
        QTest::newRow("rename a stranger")
            << DemoActionPayload(DemoUpdateCustomer{u"contact-999999"_s, u"X"_s, {}, {}})
            << DemoRejection::UnknownCustomer;
        QTest::newRow("rename to nothing")
            << DemoActionPayload(DemoUpdateCustomer{customer, u"  "_s, {}, {}}) << DemoRejection::EmptyName;
        QTest::newRow("start with a stranger")
            << DemoActionPayload(DemoStartConversation{u"contact-999999"_s, Channel::Email, {}, u"Hi"_s, {}})
            << DemoRejection::UnknownCustomer;
        QTest::newRow("start a call")
            << DemoActionPayload(DemoStartConversation{customer, Channel::Voice, {}, u"Hi"_s, {}})
            << DemoRejection::ChannelNotReachable;
    }

    void rejectionsAreFinalAndExplained()
    {
        QFETCH(DemoActionPayload, payload);
        QFETCH(DemoRejection, rejection);
        DemoWorld w = world();
        const qint64 before = w.lastSeq();
        const DemoActionResult result = w.apply({u"key-r"_s, payload}, kEpoch);
        QVERIFY(!result.accepted);
        QCOMPARE(result.rejection, rejection);
        QVERIFY(!result.reason().isEmpty());
        QCOMPARE(w.lastSeq(), before);
        QCOMPARE(w.appliedCount(u"key-r"_s), 0);
        QCOMPARE(w.apply({u"key-r"_s, payload}, kEpoch), result);
        QCOMPARE(w.appliedCount(u"key-r"_s), 0);
        QCOMPARE(w.receivedCount(u"key-r"_s), 2);
    }

    void anActionWithoutKeyIsRefused()
    {
        DemoWorld w = world();
        const DemoActionResult result =
            w.apply({QString(), DemoReply{firstActive(w), u"Hi"_s, {}, {}}}, kEpoch);
        QCOMPARE(result.rejection, DemoRejection::MissingClientUuid);
        QCOMPARE(w.ledger().size(), 0);
    }

    void aReplyOnAnotherChannelStartsThenContinuesAConversation_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::newRow("email") << Channel::Email;
        QTest::newRow("sms") << Channel::Sms;
        QTest::newRow("whatsapp") << Channel::WhatsApp;
    }

    void aReplyOnAnotherChannelStartsThenContinuesAConversation()
    {
        QFETCH(Channel, channel);
        DemoWorld w = world();
        const std::optional<DemoConversation> source = conversationReachableOn(w, channel);
        QVERIFY(source);
        const DemoActionResult first = w.apply(
            {u"switch-1"_s, DemoReply{source->remoteId, u"I'll text you the link."_s, {}, channel}}, kEpoch);
        QVERIFY(first.accepted);
        QVERIFY(first.conversationId != source->remoteId);
        const DemoConversation started = *w.conversation(first.conversationId);
        QCOMPARE(started.channel, channel);
        QCOMPARE(started.customerId, source->customerId);
        QCOMPARE(started.relatedConversationId, source->remoteId);
        QCOMPARE(started.assigneeId, w.selfAgentId());
        QCOMPARE(w.message(first.messageId)->conversationId, started.remoteId);
        QCOMPARE(w.message(first.messageId)->kind, MessageKind::Outgoing);
        QVERIFY(w.conversationsOfCustomer(source->customerId).contains(started.remoteId));

        // The next reply on that channel goes into the conversation just started.
        const DemoActionResult second = w.apply(
            {u"switch-2"_s, DemoReply{source->remoteId, u"Here it is."_s, {}, channel}}, kEpoch + kMinute);
        QCOMPARE(second.conversationId, first.conversationId);
        const DemoActionResult direct = w.apply(
            {u"switch-3"_s, DemoReply{started.remoteId, u"Anything else?"_s, {}, {}}}, kEpoch + 2 * kMinute);
        QCOMPARE(direct.conversationId, first.conversationId);
    }

    void labelsAreASet()
    {
        DemoWorld w = world();
        const QString id = firstActive(w);
        QVERIFY(w.apply({u"l1"_s, DemoSetLabels{id, {u"b"_s, u"a"_s, u"A"_s, u" a "_s}}}, kEpoch).accepted);
        QCOMPARE(w.conversation(id)->labels, (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(w.apply({u"l2"_s, DemoAddLabel{id, u"c"_s}}, kEpoch).accepted);
        QVERIFY(w.apply({u"l3"_s, DemoAddLabel{id, u"C"_s}}, kEpoch).accepted);
        QCOMPARE(w.conversation(id)->labels, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        const qint64 before = w.lastSeq();
        QVERIFY(w.apply({u"l4"_s, DemoSetLabels{id, {u"c"_s, u"b"_s, u"a"_s}}}, kEpoch).accepted);
        QCOMPARE(w.lastSeq(), before); // the same set: nothing changes
        QVERIFY(w.apply({u"l5"_s, DemoRemoveLabel{id, u"B"_s}}, kEpoch).accepted);
        QCOMPARE(w.conversation(id)->labels, (QStringList{u"a"_s, u"c"_s}));
    }

    void snoozeEndsAtItsTimeOrWithTheCustomer()
    {
        DemoWorldConfig config = smallConfig(23, 100, 900);
        config.customerReplyChance = 1.0;
        DemoWorld w(config);
        const QString timed = firstActive(w);
        QVERIFY(w.apply({u"s1"_s, DemoSetStatus{timed, ConversationStatus::Snoozed, kEpoch + 20 * kMinute}},
                        kEpoch)
                    .accepted);
        QCOMPARE(w.conversation(timed)->status, ConversationStatus::Snoozed);
        w.advance(kEpoch + 19 * kMinute);
        QCOMPARE(w.conversation(timed)->status, ConversationStatus::Snoozed);
        w.advance(kEpoch + 21 * kMinute);
        QCOMPARE(w.conversation(timed)->status, ConversationStatus::Open);
        QCOMPARE(w.messages(timed).last().activity, u"snooze_ended"_s);

        // Until the customer writes: reply (so that the customer answers), then snooze.
        const std::optional<DemoConversation> chat = conversationReachableOn(w, Channel::WhatsApp);
        QVERIFY(chat);
        const QString id = chat->remoteId;
        QVERIFY(w.apply({u"s1b"_s, DemoAssign{id, w.selfAgentId(), {}}}, kEpoch + 22 * kMinute).accepted);
        QVERIFY(w.apply({u"s2"_s, DemoReply{id, u"Could you send a photo?"_s, {}, {}}}, kEpoch + 22 * kMinute)
                    .accepted);
        QVERIFY(w.apply({u"s3"_s, DemoSetStatus{id, ConversationStatus::Snoozed, std::nullopt}},
                        kEpoch + 22 * kMinute)
                    .accepted);
        QVERIFY(w.conversation(id)->snoozedUntilReply);
        w.advance(kEpoch + 22 * kMinute + 9 * kHour);
        const DemoConversation woken = *w.conversation(id);
        QCOMPARE(woken.status, ConversationStatus::Open);
        QVERIFY(!woken.snoozedUntilReply);
        QCOMPARE(woken.waitingSince.has_value(), true);
    }

    void readingClearsTheUnreadCount()
    {
        DemoWorld w = world();
        QString id;
        for (const QString &candidate : w.activeConversations()) {
            if (w.conversation(candidate)->unreadCount > 0)
                id = candidate;
        }
        QVERIFY(!id.isEmpty());
        QVERIFY(w.apply({u"r1"_s, DemoMarkRead{id, std::nullopt}}, kEpoch).accepted);
        QCOMPARE(w.conversation(id)->unreadCount, 0);
        QCOMPARE(w.conversation(id)->agentLastSeenAt, kEpoch);
    }

    void mergingMovesIdentitiesAndConversations()
    {
        DemoWorld w = world();
        const QStringList active = w.activeConversations();
        const QString survivor = w.conversation(active.first())->customerId;
        QString merged;
        for (const QString &id : active) {
            if (w.conversation(id)->customerId != survivor)
                merged = w.conversation(id)->customerId;
        }
        const QStringList mergedConversations = w.conversationsOfCustomer(merged);
        const QList<DemoIdentity> mergedIdentities = w.customer(merged)->identities;
        QVERIFY(w.apply({u"m1"_s, DemoMergeCustomers{survivor, merged}}, kEpoch).accepted);

        QCOMPARE(w.customer(merged)->mergedIntoId, survivor);
        QVERIFY(w.customer(merged)->identities.isEmpty());
        for (const DemoIdentity &identity : mergedIdentities)
            QVERIFY(w.customer(survivor)->identities.contains(identity));
        QVERIFY(w.conversationsOfCustomer(merged).isEmpty());
        for (const QString &id : mergedConversations) {
            QCOMPARE(w.conversation(id)->customerId, survivor);
            QVERIFY(w.conversationsOfCustomer(survivor).contains(id));
        }
        const DemoActionResult again = w.apply({u"m2"_s, DemoMergeCustomers{survivor, merged}}, kEpoch);
        QCOMPARE(again.rejection, DemoRejection::CustomerMerged);
        QCOMPARE(w.apply({u"m3"_s, DemoUpdateCustomer{merged, u"New"_s, {}, {}}}, kEpoch).rejection,
                 DemoRejection::CustomerMerged);
    }

    void updatingRenamesAndAddsWhatIsNew()
    {
        DemoWorld w = world();
        const QString customer = w.conversation(w.activeConversations().first())->customerId;
        const QList<DemoIdentity> before = w.customer(customer)->identities;
        QVERIFY(w.apply({u"u1"_s, DemoUpdateCustomer{customer, u" Nora Vik "_s, u"Nora.Vik@Example.NET"_s,
                                                     u"+4520304050"_s}},
                        kEpoch)
                    .accepted);
        const DemoCustomer updated = *w.customer(customer);
        QCOMPARE(updated.name, u"Nora Vik"_s);
        QCOMPARE(updated.identities.size(), before.size() + 2);
        QVERIFY(updated.identities.contains(DemoIdentity{
            IdentityKind::Email, std::nullopt, u"nora.vik@example.net"_s, u"Nora.Vik@Example.NET"_s}));
        // The same update again changes nothing: no identity twice.
        QVERIFY(w.apply({u"u2"_s, DemoUpdateCustomer{customer, u"Nora Vik"_s, u"nora.vik@example.net"_s, {}}},
                        kEpoch)
                    .accepted);
        QCOMPARE(w.customer(customer)->identities.size(), before.size() + 2);
    }
};

QTEST_GUILESS_MAIN(TestDemoActions)
#include "tst_demo_actions.moc"
