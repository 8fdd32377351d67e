// The demo world's generator: reproducible from its seed, the requested scale exactly, and realistic traffic
// on every channel in English, German and Danish.
#include "DemoTestSupport.h"

#include "connectors/demo/backend/DemoDirectory.h"

#include <QDate>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace kontor;
using namespace kontor::demotest;
using namespace Qt::StringLiterals;

class TestDemoWorld : public QObject
{
    Q_OBJECT

private:
    // One moderately sized world, shared by the content tests.
    QList<DemoChange> m_feed;
    QHash<QString, DemoConversation> m_conversations;
    QHash<QString, DemoCustomer> m_customers;

private Q_SLOTS:
    void initTestCase()
    {
        DemoWorld world(smallConfig(11, 500, 5000));
        m_feed = drainChanges(world);
        for (const DemoConversation &c : recordsOf<DemoConversation>(m_feed))
            m_conversations.insert(c.remoteId, c);
        for (const DemoCustomer &c : recordsOf<DemoCustomer>(m_feed))
            m_customers.insert(c.remoteId, c);
        if (qEnvironmentVariableIsSet("KONTOR_DEMO_DUMP"))
            dumpSample();
    }

    void sameSeedGivesTheSameWorld()
    {
        DemoWorld first(smallConfig(42));
        DemoWorld second(smallConfig(42));
        QCOMPARE(digestOf(drainChanges(first)), digestOf(drainChanges(second)));
        // One call or many: the same ticks, the same world.
        first.advance(kEpoch + 90 * kMinute);
        second.advance(kEpoch + 20 * kMinute);
        second.advance(kEpoch + 20 * kMinute + 1234);
        second.advance(kEpoch + 90 * kMinute);
        QCOMPARE(second.lastSeq(), first.lastSeq());
        QCOMPARE(digestOf(drainChanges(first)), digestOf(drainChanges(second)));
    }

    void differentSeedsGiveDifferentWorlds_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 1") << quint64(1);
        QTest::newRow("seed 2") << quint64(2);
        QTest::newRow("large seed") << quint64(0xFFFFFFFFFFFFull);
    }

    void differentSeedsGiveDifferentWorlds()
    {
        QFETCH(quint64, seed);
        DemoWorld reference(smallConfig(42));
        DemoWorld other(smallConfig(seed));
        const QList<DemoChange> a = drainChanges(reference);
        const QList<DemoChange> b = drainChanges(other);
        QVERIFY(digestOf(a) != digestOf(b));
        // Not only the order: the people differ.
        QVERIFY(recordsOf<DemoCustomer>(a).first().name != recordsOf<DemoCustomer>(b).first().name ||
                recordsOf<DemoCustomer>(a).at(1).name != recordsOf<DemoCustomer>(b).at(1).name);
    }

    void historyHasTheRequestedSize_data()
    {
        QTest::addColumn<int>("conversations");
        QTest::addColumn<qint64>("messages");
        QTest::newRow("empty") << 0 << qint64(0);
        QTest::newRow("one") << 1 << qint64(1);
        QTest::newRow("one message each") << 40 << qint64(40);
        QTest::newRow("typical") << 150 << qint64(1600);
        QTest::newRow("long threads") << 20 << qint64(2000);
    }

    void historyHasTheRequestedSize()
    {
        QFETCH(int, conversations);
        QFETCH(qint64, messages);
        DemoWorld world(smallConfig(5, conversations, messages));
        const QList<DemoChange> feed = drainChanges(world);
        QCOMPARE(recordsOf<DemoConversation>(feed).size(), conversations);
        QCOMPARE(recordsOf<DemoMessage>(feed).size(), messages);
        QCOMPARE(world.counts().conversations, conversations);
        QCOMPARE(world.counts().messages, messages);
        QCOMPARE(recordsOf<DemoCustomer>(feed).size(), world.counts().customers);
        QCOMPARE(recordsOf<DemoCsatAnswer>(feed).size(), world.counts().csatAnswers);
        QCOMPARE(recordsOf<DemoAgent>(feed).size(), world.agents().size());
        // Change positions are unique and rising, and the feed ends at the last one.
        for (qsizetype i = 1; i < feed.size(); ++i)
            QVERIFY(feed[i].seq > feed[i - 1].seq);
        QCOMPARE(feed.last().seq, world.lastSeq());
        // Nothing of the history is in the future.
        for (const DemoMessage &message : recordsOf<DemoMessage>(feed))
            QVERIFY(message.createdAt < kEpoch);
    }

    void setUpHasInboxesTeamsAgentsAndCannedResponses()
    {
        DemoWorld world(smallConfig());
        QSet<Channel> inboxChannels;
        for (const DemoInbox &inbox : world.inboxes())
            inboxChannels.insert(inbox.channel);
        QCOMPARE(inboxChannels.size(), allChannels().size());
        int selves = 0;
        for (const DemoAgent &agent : world.agents())
            selves += agent.isSelf ? 1 : 0;
        QCOMPARE(selves, 1);
        QVERIFY(world.agent(world.selfAgentId())->isSelf);
        for (const DemoTeam &team : world.teams()) {
            QVERIFY(!team.memberIds.isEmpty());
            QCOMPARE(team.sla.size(), 5);
            QVERIFY(team.slaFor(Priority::Urgent).firstReplyMinutes <
                    team.slaFor(Priority::Low).firstReplyMinutes);
        }
        QSet<QString> cannedLanguages;
        QSet<QString> shortCodes;
        for (const DemoCannedResponse &canned : world.cannedResponses()) {
            cannedLanguages.insert(canned.language);
            QVERIFY2(!shortCodes.contains(canned.shortCode), qPrintable(canned.shortCode));
            shortCodes.insert(canned.shortCode);
        }
        QCOMPARE(cannedLanguages, (QSet<QString>{u"en"_s, u"de"_s, u"da"_s}));
    }

    void trafficOnEveryChannelInEveryLanguage()
    {
        QSet<Channel> channels;
        QSet<QString> languages;
        for (const DemoConversation &c : std::as_const(m_conversations)) {
            channels.insert(c.channel);
            languages.insert(c.language);
        }
        QCOMPARE(channels.size(), allChannels().size());
        QCOMPARE(languages, (QSet<QString>{u"en"_s, u"de"_s, u"da"_s}));

        // Customers write in their own language.
        const QHash<QString, QRegularExpression> markers{
            {u"de"_s, QRegularExpression(u"Bestellung|Hallo|Guten Tag|Danke|Rechnung|Paket|bitte|ich"_s)},
            {u"da"_s, QRegularExpression(u"ordre|Hej|Tak|tak|faktura|pakke|jeg|venligst"_s)},
            {u"en"_s, QRegularExpression(u"order|Hi|Hello|Thanks|invoice|parcel|I |please"_s)},
        };
        QHash<QString, int> matched;
        for (const DemoMessage &m : recordsOf<DemoMessage>(m_feed)) {
            if (m.kind != MessageKind::Incoming || m.activity == u"voicemail")
                continue;
            const QString language = m_conversations.value(m.conversationId).language;
            if (markers.value(language).match(m.body).hasMatch())
                ++matched[language];
        }
        for (const QString &language : {u"en"_s, u"de"_s, u"da"_s})
            QVERIFY2(matched.value(language) >= 50, qPrintable(language));
    }

    void customersHaveIdentitiesAcrossChannels()
    {
        const QRegularExpression e164(u"^\\+[1-9][0-9]{7,14}$"_s);
        QSet<Channel> handlePlatforms;
        for (const DemoCustomer &customer : std::as_const(m_customers)) {
            QVERIFY(!customer.identities.isEmpty());
            QVERIFY(!customer.timeZone.isEmpty());
            for (const DemoIdentity &identity : customer.identities) {
                if (identity.kind == IdentityKind::Email) {
                    QCOMPARE(identity.value, identity.value.toLower().trimmed());
                    QVERIFY(identity.value.contains(u'@'));
                } else if (identity.kind == IdentityKind::Phone) {
                    QVERIFY2(e164.match(identity.value).hasMatch(), qPrintable(identity.value));
                } else if (identity.kind == IdentityKind::Handle) {
                    QVERIFY(identity.platform.has_value());
                    handlePlatforms.insert(*identity.platform);
                }
            }
        }
        QCOMPARE(handlePlatforms, (QSet<Channel>{Channel::Messenger, Channel::Instagram, Channel::Telegram}));
        // Every conversation's customer can be reached on its channel.
        for (const DemoConversation &c : std::as_const(m_conversations))
            QVERIFY2(identityOn(m_customers.value(c.customerId), c.channel), qPrintable(c.remoteId));
    }

    void customersHaveAttributesAShopWouldKeep()
    {
        int vips = 0;
        QSet<QString> plans;
        for (const DemoCustomer &customer : std::as_const(m_customers)) {
            if (!customer.mergedIntoId.isEmpty())
                continue;
            QHash<QString, DemoAttribute> byKey;
            for (const DemoAttribute &attribute : customer.attributes) {
                QVERIFY(!attribute.label.isEmpty());
                QVERIFY(!attribute.value.isEmpty());
                byKey.insert(attribute.key, attribute);
            }
            QCOMPARE(byKey.value(u"plan"_s).kind, AttributeKind::List);
            plans.insert(byKey.value(u"plan"_s).value);
            const QDate since = QDate::fromString(byKey.value(u"first_order"_s).value, Qt::ISODate);
            QVERIFY(since.isValid());
            QVERIFY(since.startOfDay(QTimeZone::UTC).toMSecsSinceEpoch() <= customer.createdAt);
            bool isNumber = false;
            QVERIFY(byKey.value(u"order_count"_s).value.toInt(&isNumber) > 0 && isNumber);
            QCOMPARE(byKey.value(u"city"_s).value, customer.city);
            const QString vip = byKey.value(u"vip"_s).value;
            QVERIFY(vip == u"true"_s || vip == u"false"_s);
            vips += vip == u"true"_s;
            QVERIFY(byKey.value(u"shop_account"_s).value.startsWith(u"https://"_s));
        }
        QVERIFY(vips > 0);
        QVERIFY(vips < m_customers.size() / 2);
        // Each market's own plan names.
        QVERIFY(plans.contains(u"Basic"_s));
        QVERIFY(plans.contains(u"Basis"_s));
    }

    void emailsHaveHtmlRemoteImagesAndQuotedReplies()
    {
        int html = 0, remoteImages = 0, htmlQuotes = 0, plainQuotes = 0;
        const QRegularExpression attribution(u"wrote:|schrieb .*:|skrev .*:"_s);
        for (const DemoMessage &m : recordsOf<DemoMessage>(m_feed)) {
            if (m.channel != Channel::Email)
                continue;
            if (m.format == BodyFormat::Html) {
                ++html;
                remoteImages += m.body.contains(u"<img src=\"https://"_s) ? 1 : 0;
                htmlQuotes +=
                    m.body.contains(u"<blockquote"_s) && attribution.match(m.body).hasMatch() ? 1 : 0;
            } else if (m.kind == MessageKind::Incoming && m.body.contains(u"\n> "_s)) {
                plainQuotes += attribution.match(m.body).hasMatch() ? 1 : 0;
            }
        }
        QVERIFY(html > 100);
        QVERIFY(remoteImages > 50);
        QVERIFY(htmlQuotes > 20);
        QVERIFY(plainQuotes > 3);
    }

    void technicalSupportHasCodeJsonAndLogs()
    {
        int fences = 0, json = 0, logs = 0, orders = 0;
        for (const DemoMessage &m : recordsOf<DemoMessage>(m_feed)) {
            fences += m.format == BodyFormat::Markdown && m.body.contains(u"```"_s) ? 1 : 0;
            json += m.body.contains(u"\"error\""_s) ? 1 : 0;
            logs += m.body.contains(u"ERROR"_s) || m.body.contains(u"E/AuthRepository"_s) ? 1 : 0;
            orders += m.body.contains(QRegularExpression(u"BL-[0-9]{6}"_s)) ? 1 : 0;
        }
        QVERIFY(fences > 10);
        QVERIFY(json > 10);
        QVERIFY(logs > 5);
        QVERIFY(orders > 200);
    }

    void someCustomersSwitchChannelMidIssue()
    {
        int switches = 0;
        for (const DemoConversation &c : std::as_const(m_conversations)) {
            if (c.relatedConversationId.isEmpty())
                continue;
            ++switches;
            const DemoConversation earlier = m_conversations.value(c.relatedConversationId);
            QCOMPARE(earlier.customerId, c.customerId);
            QVERIFY(earlier.channel != c.channel);
            QCOMPARE(earlier.topic, c.topic);
            QCOMPARE(earlier.orderReference, c.orderReference); // the same issue, the same order
            QVERIFY(earlier.createdAt < c.createdAt);
        }
        QVERIFY(switches > 10);
    }

    void callsHaveDurationsAndNotes()
    {
        int calls = 0, voicemails = 0, callNotes = 0;
        for (const DemoMessage &m : recordsOf<DemoMessage>(m_feed)) {
            if (m.channel != Channel::Voice)
                continue;
            if (m.activity == u"call") {
                ++calls;
                QVERIFY(m.callSeconds > 0);
                QCOMPARE(m.kind, MessageKind::Activity);
            }
            voicemails += m.activity == u"voicemail" ? 1 : 0;
            callNotes += m.kind == MessageKind::Note ? 1 : 0;
        }
        QVERIFY(calls > 10);
        QVERIFY(voicemails > 5);
        QVERIFY(callNotes > 10);
    }

    void resolvedConversationsGetSurveyAnswers()
    {
        const QList<DemoCsatAnswer> answers = recordsOf<DemoCsatAnswer>(m_feed);
        QVERIFY(answers.size() > 30);
        QSet<int> ratings;
        for (const DemoCsatAnswer &answer : answers) {
            ratings.insert(answer.rating);
            QCOMPARE(m_conversations.value(answer.conversationId).status, ConversationStatus::Resolved);
            QVERIFY(answer.createdAt > m_conversations.value(answer.conversationId).resolvedAt.value_or(0));
        }
        QCOMPARE(ratings.size(), 5);
    }

    void conversationStateFollowsItsMessages()
    {
        QHash<QString, QList<DemoMessage>> byConversation;
        for (const DemoMessage &m : recordsOf<DemoMessage>(m_feed))
            byConversation[m.conversationId].append(m);
        int waiting = 0, unread = 0;
        for (const DemoConversation &c : std::as_const(m_conversations)) {
            const QList<DemoMessage> &messages = byConversation[c.remoteId];
            QVERIFY(!messages.isEmpty());
            QCOMPARE(c.createdAt, messages.first().createdAt);
            QCOMPARE(c.lastActivityAt, messages.last().createdAt);
            QVERIFY(c.slaFirstReplyDue.has_value() && *c.slaFirstReplyDue > c.createdAt);
            if (c.status == ConversationStatus::Resolved) {
                QVERIFY(!c.waitingSince);
                QVERIFY(c.resolvedAt.has_value());
            }
            if (c.status == ConversationStatus::Snoozed)
                QVERIFY(c.snoozedUntil.has_value() != c.snoozedUntilReply);
            waiting += c.waitingSince ? 1 : 0;
            unread += c.unreadCount > 0 ? 1 : 0;
            for (qsizetype i = 1; i < messages.size(); ++i)
                QVERIFY(messages[i].createdAt > messages[i - 1].createdAt);
        }
        QVERIFY(waiting > 5);
        QVERIFY(unread > 5);
    }

    void aHundredThousandMessagesStreamInPages()
    {
        const qint64 target = qEnvironmentVariableIntValue("KONTOR_DEMO_SCALE_MESSAGES") > 0
                                  ? qEnvironmentVariableIntValue("KONTOR_DEMO_SCALE_MESSAGES")
                                  : 100000;
        QElapsedTimer timer;
        timer.start();
        DemoWorld world(DemoWorldConfig::forScale(target, 99, kEpoch));
        const qint64 planned = timer.elapsed();
        qint64 cursor = 0;
        qint64 messages = 0;
        qint64 records = 0;
        qint64 bodyChars = 0;
        for (;;) {
            const DemoChangePage page = world.changesSince(cursor, 5000);
            for (const DemoChange &change : page.changes) {
                if (const auto *message = std::get_if<DemoMessage>(&change.record)) {
                    ++messages;
                    bodyChars += message->body.size();
                }
            }
            records += page.changes.size();
            cursor = page.nextCursor;
            if (!page.more)
                break;
        }
        QCOMPARE(messages, target);
        qInfo("%lld messages (%lld records, %lld MB of text) in %lld ms; planning took %lld ms", messages,
              records, bodyChars * 2 / (1024 * 1024), timer.elapsed(), planned);
    }

private:
    void dumpSample()
    {
        QSet<Channel> shown;
        for (const DemoConversation &c : std::as_const(m_conversations)) {
            if (shown.contains(c.channel) && c.relatedConversationId.isEmpty())
                continue;
            shown.insert(c.channel);
            qInfo().noquote() << "=====" << c.remoteId << channelKey(c.channel) << c.language << c.topic
                              << statusKey(c.status) << c.subject << "related:" << c.relatedConversationId;
            for (const DemoMessage &m : recordsOf<DemoMessage>(m_feed)) {
                if (m.conversationId == c.remoteId)
                    qInfo().noquote() << "---" << messageKindKey(m.kind) << bodyFormatKey(m.format)
                                      << m.authorName << m.activity << "\n"
                                      << m.body;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoWorld)
#include "tst_demo_world.moc"
