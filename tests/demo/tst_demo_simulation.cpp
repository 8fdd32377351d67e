// Time passing in the demo world: customers write on every channel and in every language, some move to
// another channel, colleagues pick up, answer, note and resolve, presence changes, messages get delivered and
// read, survey answers come in, and customers answer the signed-in agent.
#include "DemoFeedClient.h"
#include "DemoTestSupport.h"

#include <QSet>
#include <QTest>

using namespace kontor;
using namespace kontor::demotest;
using namespace Qt::StringLiterals;

class TestDemoSimulation : public QObject
{
    Q_OBJECT

private:
    QList<DemoChange> m_live; // what changed during eight busy hours
    DemoWorldConfig m_config;
    qint64 m_historyEnd = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_config = smallConfig(31, 60, 500);
        m_config.arrivalsPerHour = 90;
        m_config.maxCatchUpMillis = 12 * kHour;
        DemoWorld world(m_config);
        m_historyEnd = world.lastSeq();
        for (int hour = 1; hour <= 8; ++hour)
            world.advance(kEpoch + hour * kHour);
        m_live = drainChanges(world, m_historyEnd);
        qInfo("eight hours: %lld changes, %lld conversations, %lld messages", qint64(m_live.size()),
              world.counts().conversations - m_config.historyConversations,
              world.counts().messages - m_config.historyMessages);
    }

    void newConversationsOnEveryChannelInEveryLanguage()
    {
        QSet<Channel> channels;
        QSet<QString> languages;
        int switched = 0;
        for (const DemoConversation &c : recordsOf<DemoConversation>(m_live)) {
            if (c.createdAt < kEpoch)
                continue;
            channels.insert(c.channel);
            languages.insert(c.language);
            switched += c.relatedConversationId.isEmpty() ? 0 : 1;
        }
        QCOMPARE(channels.size(), allChannels().size());
        QCOMPARE(languages, (QSet<QString>{u"en"_s, u"de"_s, u"da"_s}));
        QVERIFY(switched > 5);
        int newCustomers = 0;
        for (const DemoCustomer &customer : recordsOf<DemoCustomer>(m_live))
            newCustomers += customer.createdAt >= kEpoch ? 1 : 0;
        QVERIFY(newCustomers > 100);
    }

    void colleaguesPickUpAnswerNoteAndResolve()
    {
        int replies = 0, notes = 0, resolutions = 0, pickUps = 0, calls = 0;
        for (const DemoMessage &m : recordsOf<DemoMessage>(m_live)) {
            if (m.createdAt < kEpoch || m.authorAgentId.isEmpty() || m.authorAgentId == u"agent-1")
                continue;
            replies += m.kind == MessageKind::Outgoing ? 1 : 0;
            notes += m.kind == MessageKind::Note ? 1 : 0;
            resolutions += m.activity == u"resolved" ? 1 : 0;
            pickUps += m.activity == u"assigned" ? 1 : 0;
            calls += m.activity == u"call" ? 1 : 0;
        }
        QVERIFY(replies > 50);
        QVERIFY(notes > 5);
        QVERIFY(resolutions > 10);
        QVERIFY(pickUps > 20);
        QVERIFY(calls > 5);
    }

    void customersAnswerAndMessagesGetRead()
    {
        int answers = 0, read = 0;
        for (const DemoMessage &m : recordsOf<DemoMessage>(m_live)) {
            if (m.createdAt < kEpoch)
                continue;
            read += m.deliveryState == DeliveryState::Read ? 1 : 0;
        }
        // A customer answering shows as an incoming message after an outgoing one in the same conversation.
        QHash<QString, bool> agentSpoke;
        for (const DemoChange &change : m_live) {
            const auto *m = std::get_if<DemoMessage>(&change.record);
            if (!m || m->createdAt < kEpoch || change.seq != m->createdSeq)
                continue;
            if (m->kind == MessageKind::Outgoing)
                agentSpoke[m->conversationId] = true;
            else if (m->kind == MessageKind::Incoming && agentSpoke.value(m->conversationId))
                ++answers;
        }
        QVERIFY(answers > 20);
        QVERIFY(read > 20);
    }

    void presenceChangesAndSurveyAnswersComeIn()
    {
        QSet<QString> changedAgents;
        for (const DemoAgent &agent : recordsOf<DemoAgent>(m_live)) {
            QVERIFY(!agent.isSelf);
            QVERIFY(agent.presenceSince >= kEpoch);
            changedAgents.insert(agent.remoteId);
        }
        QVERIFY(changedAgents.size() >= 3);
        int answers = 0;
        for (const DemoCsatAnswer &answer : recordsOf<DemoCsatAnswer>(m_live))
            answers += answer.createdAt >= kEpoch ? 1 : 0;
        QVERIFY(answers > 5);
    }

    void nothingTravelsBackInTime()
    {
        QHash<QString, UtcMillis> lastInConversation;
        for (const DemoChange &change : m_live) {
            const auto *m = std::get_if<DemoMessage>(&change.record);
            if (!m || change.seq != m->createdSeq)
                continue;
            QVERIFY(m->createdAt <= kEpoch + 8 * kHour);
            const UtcMillis last = lastInConversation.value(m->conversationId);
            QVERIFY2(m->createdAt >= last, qPrintable(m->remoteId));
            lastInConversation[m->conversationId] = m->createdAt;
        }
    }

    void theSignedInAgentGetsAnswers()
    {
        DemoWorldConfig config = smallConfig(41, 60, 500);
        config.customerReplyChance = 1.0;
        DemoWorld world(config);
        QString id;
        for (const QString &candidate : world.activeConversations()) {
            const DemoConversation c = *world.conversation(candidate);
            if (c.channel == Channel::WebChat || c.channel == Channel::WhatsApp)
                id = candidate;
        }
        QVERIFY(!id.isEmpty());
        const DemoActionResult reply = world.apply(
            {u"me-1"_s, DemoReply{id, u"Could you check the serial number?"_s, {}, {}}}, kEpoch + kMinute);
        QVERIFY(reply.accepted);
        QCOMPARE(world.message(reply.messageId)->deliveryState, DeliveryState::Sent);
        world.advance(kEpoch + 2 * kHour);
        QVERIFY(int(world.message(reply.messageId)->deliveryState) >= int(DeliveryState::Delivered));
        const QList<DemoMessage> messages = world.messages(id);
        qsizetype mine = -1;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            if (messages[i].remoteId == reply.messageId)
                mine = i;
        }
        QVERIFY(mine >= 0);
        bool answered = false;
        for (qsizetype i = mine + 1; i < messages.size(); ++i)
            answered = answered || messages[i].kind == MessageKind::Incoming;
        QVERIFY(answered);
        QVERIFY(world.conversation(id)->waitingSince.has_value());
    }

    void aLongAbsenceIsCaughtUpOnlyInPart()
    {
        DemoWorldConfig config = smallConfig(51, 30, 200);
        config.arrivalsPerHour = 30;
        DemoWorld world(config);
        world.advance(kEpoch + 7 * 24 * kHour);
        QCOMPARE(world.clock(), kEpoch + 7 * 24 * kHour);
        const qint64 arrived = world.counts().conversations - config.historyConversations;
        // Two hours at most are simulated: about 60 arrivals, not the 5000 of a week.
        QVERIFY2(arrived > 20 && arrived < 150, qPrintable(QString::number(arrived)));
        const qint64 before = world.lastSeq();
        world.advance(kEpoch); // time never runs backwards
        QCOMPARE(world.lastSeq(), before);
    }

    void aClientFollowingTheWorldLiveStaysConsistent()
    {
        DemoWorldConfig config = smallConfig(61, 40, 300);
        config.arrivalsPerHour = 200;
        config.colleagueActionsPerHour = 600;
        DemoWorld world(config);
        DemoFeedClient client;
        client.sync(world);
        for (int minute = 1; minute <= 180; ++minute) {
            world.advance(kEpoch + minute * kMinute);
            if (minute % 7 == 0)
                client.sync(world, 50);
        }
        client.sync(world, 50);
        QVERIFY2(client.dangling.isEmpty(), qPrintable(client.dangling.mid(0, 5).join(u", "_s)));
        for (const QString &id : world.activeConversations())
            QCOMPARE(client.get<DemoConversation>(id), world.conversation(id));
    }
};

QTEST_GUILESS_MAIN(TestDemoSimulation)
#include "tst_demo_simulation.moc"
