// The Chatwoot connector's realtime stream against the fake's ActionCable endpoint: subscription, presence,
// events applied to the store, events of other accounts ignored, reconnects that fill the gap.
#include "ChatwootTestRig.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using namespace kontor::chatwoot;
using namespace std::chrono_literals;

class TestChatwootRealtime : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ChatwootTestRig> rig_;

    void waitOnline()
    {
        QTRY_COMPARE_WITH_TIMEOUT(rig_->state().phase, ConnectorState::Phase::Online, 20000);
        QTRY_COMPARE(rig_->fake().cable().subscriberCount(), 1);
        rig_->settle();
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

    void subscribesToTheRoomChannelAndKeepsPresence()
    {
        const QJsonObject identifier =
            QJsonDocument::fromJson(rig_->fake().cable().identifiers().value(0).toUtf8()).object();
        QCOMPARE(identifier.value(QLatin1StringView("channel")).toString(), QStringLiteral("RoomChannel"));
        QCOMPARE(identifier.value(QLatin1StringView("pubsub_token")).toString(),
                 fake::FakeChatwoot::pubsubToken());
        QCOMPARE(identifier.value(QLatin1StringView("account_id")).toInteger(), 1);
        QCOMPARE(identifier.value(QLatin1StringView("user_id")).toInteger(), 1);
        const int before = rig_->fake().cable().presenceUpdates();
        QTRY_VERIFY_WITH_TIMEOUT(rig_->fake().cable().presenceUpdates() >= before + 2, 3000);
        // presence.update from the server: agent 2 busy, agent 3 offline.
        QTRY_COMPARE(rig_->text("SELECT presence FROM agents WHERE remote_id = '2'"), QStringLiteral("busy"));
        QCOMPARE(rig_->text("SELECT presence FROM agents WHERE remote_id = '3'"), QStringLiteral("offline"));
    }

    void newMessagesArriveWithoutPolling()
    {
        rig_->fake().customerWrites(105, QStringLiteral("hello, live"));
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE body = 'hello, live'"), 1);
        QVERIFY(rig_->fake().requestsTo("GET", QStringLiteral(".*/conversations/105/messages")).isEmpty());
    }

    void conversationEventsReplaceTheRecord()
    {
        rig_->fake().colleagueSetsStatus(106, QStringLiteral("resolved"));
        rig_->fake().colleagueAssigns(107, 3);
        rig_->fake().colleagueAddsLabel(108, QStringLiteral("vip"));
        QTRY_COMPARE(rig_->text("SELECT status FROM conversations WHERE remote_id = '106'"),
                     QStringLiteral("resolved"));
        QTRY_COMPARE(
            rig_->text("SELECT a.remote_id FROM conversations c JOIN agents a ON a.id = c.assignee_id "
                       "WHERE c.remote_id = '107'"),
            QStringLiteral("3"));
        QTRY_COMPARE(
            rig_->number("SELECT count(*) FROM conversation_labels cl JOIN labels l ON l.id = cl.label_id "
                         "JOIN conversations c ON c.id = cl.conversation_id "
                         "WHERE c.remote_id = '108' AND l.name = 'vip'"),
            1);
    }

    void staleEventsDoNotOverwriteNewerState()
    {
        QCOMPARE(rig_->text("SELECT status FROM conversations WHERE remote_id = '116'"),
                 QStringLiteral("open"));
        QJsonObject stale = rig_->fake().conversationJson(116, true);
        stale[QStringLiteral("status")] = QStringLiteral("resolved");
        stale[QStringLiteral("updated_at")] = 1000.5; // older than what the sync saw
        rig_->fake().broadcast(QStringLiteral("conversation.updated"), stale);
        rig_->fake().colleagueSetsStatus(110, QStringLiteral("pending"));
        QTRY_COMPARE(rig_->text("SELECT status FROM conversations WHERE remote_id = '110'"),
                     QStringLiteral("pending"));
        QCOMPARE(rig_->text("SELECT status FROM conversations WHERE remote_id = '116'"),
                 QStringLiteral("open"));
    }

    void contactEventsUpdateIdentities()
    {
        QJsonObject contact = rig_->fake().contactJson(1001);
        contact[QStringLiteral("phone_number")] = QStringLiteral("+45 12 34 56 78");
        rig_->fake().broadcast(QStringLiteral("contact.updated"), contact);
        QTRY_COMPARE(
            rig_->number("SELECT count(*) FROM identities WHERE kind = 'phone' AND value = '+4512345678'"),
            1);
    }

    void deletedMessagesAreRemoved()
    {
        const QString id =
            rig_->text("SELECT m.remote_id FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                       "WHERE c.remote_id = '104' LIMIT 1");
        QJsonObject message = rig_->fake().messageJson(rig_->fake().messagesOf(104).first().toObject(), true);
        QCOMPARE(message.value(QLatin1StringView("id")).toInteger(), id.toLongLong());
        message[QStringLiteral("content")] = QStringLiteral("This message was deleted");
        message[QStringLiteral("content_attributes")] = QJsonObject{{QStringLiteral("deleted"), true}};
        rig_->fake().broadcast(QStringLiteral("message.updated"), message);
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE remote_id = ?", id), 0);
    }

    void eventsOfAnotherAccountAreIgnored()
    {
        QSignalSpy ignored(&rig_->connector(), &ChatwootConnector::foreignEventIgnored);
        rig_->fake().broadcastForeignEvent();
        QTRY_COMPARE(ignored.size(), 1);
        rig_->settle();
        QCOMPARE(rig_->number("SELECT count(*) FROM messages WHERE remote_id = '999999'"), 0);
    }

    void aMessageOfAnUnknownConversationFetchesIt()
    {
        const qint64 id = rig_->fake().createConversationQuietly(QStringLiteral("Lars Live"),
                                                                 QStringLiteral("lars@example.dk"), 1);
        rig_->fake().customerWrites(id, QStringLiteral("are you there?"));
        QTRY_VERIFY(rig_->conversationId(QString::number(id)) > 0);
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE body = 'are you there?'"), 1);
    }

    void cacheInvalidationRefetchesTheDirectory()
    {
        rig_->fake().renameInbox(5, QStringLiteral("Telegram bot"));
        rig_->fake().setCacheKey(QStringLiteral("inbox"), QStringLiteral("i9"));
        rig_->fake().broadcast(QStringLiteral("account.cache_invalidated"),
                               QJsonObject{{QStringLiteral("cache_keys"),
                                            QJsonObject{{QStringLiteral("label"), QStringLiteral("l1")},
                                                        {QStringLiteral("inbox"), QStringLiteral("i9")},
                                                        {QStringLiteral("team"), QStringLiteral("t1")}}}});
        QTRY_COMPARE(rig_->text("SELECT name FROM inboxes WHERE remote_id = '5'"),
                     QStringLiteral("Telegram bot"));
    }

    void aDropIsFollowedByReconnectAndGapFill()
    {
        QSignalSpy states(&rig_->engine(), &SyncEngine::stateChanged);
        rig_->fake().cable().dropAll();
        // Missed while disconnected: Chatwoot does not replay it.
        rig_->fake().colleagueSetsStatus(111, QStringLiteral("snoozed"), true);
        rig_->fake().customerWrites(112, QStringLiteral("missed while away"), true);
        QTRY_VERIFY(std::any_of(states.begin(), states.end(), [](const QList<QVariant> &args) {
            return args.at(1).value<ConnectorState>().phase == ConnectorState::Phase::Offline;
        }));
        waitOnline();
        QTRY_COMPARE(rig_->text("SELECT status FROM conversations WHERE remote_id = '111'"),
                     QStringLiteral("snoozed"));
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE body = 'missed while away'"), 1);
        const auto lists = rig_->fake().requestsTo("GET", QStringLiteral("/api/v1/accounts/1/conversations"));
        QVERIFY(!lists.isEmpty());
        QVERIFY(lists.last().query.queryItemValue(QStringLiteral("updated_within")).toLongLong() >= 600);
    }

    void aSilentConnectionIsTakenForDead()
    {
        QSignalSpy states(&rig_->engine(), &SyncEngine::stateChanged);
        rig_->fake().cable().setSilent(true);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(states.begin(), states.end(),
                                             [](const QList<QVariant> &args) {
                                                 return args.at(1).value<ConnectorState>().phase ==
                                                        ConnectorState::Phase::Offline;
                                             }),
                                 6000);
        QTest::qWait(800); // reconnects meet the same silence: no welcome, so no subscription
        rig_->fake().cable().setSilent(false);
        waitOnline();
    }
};

QTEST_GUILESS_MAIN(TestChatwootRealtime)
#include "tst_chatwoot_realtime.moc"
