// Stored keys of the core value types: they round-trip, reject unknown text, and have names and icons.
#include "core/Agent.h"
#include "core/Channel.h"
#include "core/Conversation.h"
#include "core/Identity.h"
#include "core/Message.h"

#include <QFile>
#include <QIcon>
#include <QSet>
#include <QTest>

using namespace kontor;

class TestCoreKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void channelsRoundTripAndHaveIcons()
    {
        QSet<QString> keys;
        for (Channel channel : allChannels()) {
            const QString key = channelKey(channel);
            QVERIFY(!key.isEmpty());
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(channelFromKey(key), channel);
            QVERIFY(!channelDisplayName(channel).isEmpty());
            QVERIFY2(QFile::exists(channelIconPath(channel)), qPrintable(channelIconPath(channel)));
            QVERIFY(!QIcon(channelIconPath(channel)).pixmap(24, 24).isNull());
        }
        QCOMPARE(keys.size(), 9);
    }

    void unknownKeysAreRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("upper case") << QStringLiteral("EMAIL");
        QTest::newRow("unknown") << QStringLiteral("pigeon");
        QTest::newRow("padded") << QStringLiteral(" sms");
    }

    void unknownKeysAreRejected()
    {
        QFETCH(QString, key);
        QVERIFY(!channelFromKey(key));
        QVERIFY(!statusFromKey(key));
        QVERIFY(!priorityFromKey(key));
        QVERIFY(!messageKindFromKey(key));
        QVERIFY(!deliveryStateFromKey(key));
        QVERIFY(!identityKindFromKey(key));
        QVERIFY(!presenceFromKey(key));
    }

    void enumsRoundTrip()
    {
        for (auto s : {ConversationStatus::Open, ConversationStatus::Pending, ConversationStatus::Snoozed,
                       ConversationStatus::Resolved}) {
            QCOMPARE(statusFromKey(statusKey(s)), s);
            QVERIFY(!statusDisplayName(s).isEmpty());
        }
        for (auto p : {Priority::None, Priority::Low, Priority::Medium, Priority::High, Priority::Urgent})
            QCOMPARE(priorityFromKey(priorityKey(p)), p);
        for (auto k :
             {MessageKind::Incoming, MessageKind::Outgoing, MessageKind::Note, MessageKind::Activity})
            QCOMPARE(messageKindFromKey(messageKindKey(k)), k);
        for (auto f : {BodyFormat::Plain, BodyFormat::Markdown, BodyFormat::Html})
            QCOMPARE(bodyFormatFromKey(bodyFormatKey(f)), f);
        for (auto d : {DeliveryState::None, DeliveryState::Queued, DeliveryState::Sent,
                       DeliveryState::Delivered, DeliveryState::Read, DeliveryState::Failed})
            QCOMPARE(deliveryStateFromKey(deliveryStateKey(d)), d);
        for (auto i :
             {IdentityKind::Email, IdentityKind::Phone, IdentityKind::Handle, IdentityKind::ContactId})
            QCOMPARE(identityKindFromKey(identityKindKey(i)), i);
        for (auto p : {Presence::Online, Presence::Busy, Presence::Away, Presence::Offline})
            QCOMPARE(presenceFromKey(presenceKey(p)), p);
    }

    void onlyEmailAndPhoneAreStrong()
    {
        QVERIFY(isStrongIdentity(IdentityKind::Email));
        QVERIFY(isStrongIdentity(IdentityKind::Phone));
        QVERIFY(!isStrongIdentity(IdentityKind::Handle));
        QVERIFY(!isStrongIdentity(IdentityKind::ContactId));
    }
};

QTEST_MAIN(TestCoreKeys)
#include "tst_core_keys.moc"
