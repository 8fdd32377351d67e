#include "identity/ContactId.h"
#include "identity/MessengerHandle.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

Q_DECLARE_METATYPE(kontor::IdentityRejection)
Q_DECLARE_METATYPE(kontor::Channel)

class TestIdentityHandles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void handlePlatforms();
    void handlesAreScopedToTheirPlatform();
    void contactIds_data();
    void contactIds();
    void contactIdsRejected_data();
    void contactIdsRejected();
};

void TestIdentityHandles::accepted_data()
{
    QTest::addColumn<Channel>("platform");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("telegram username") << Channel::Telegram << u"anna_schmidt"_s << u"anna_schmidt"_s;
    QTest::newRow("telegram at sign") << Channel::Telegram << u"@Anna_Schmidt"_s << u"anna_schmidt"_s;
    QTest::newRow("telegram upper case") << Channel::Telegram << u"  @SOEREN_DK  "_s << u"soeren_dk"_s;
    QTest::newRow("telegram link") << Channel::Telegram << u"https://t.me/Anna_Schmidt"_s
                                   << u"anna_schmidt"_s;
    QTest::newRow("telegram short link")
        << Channel::Telegram << u"t.me/anna_schmidt?start=42"_s << u"anna_schmidt"_s;
    QTest::newRow("telegram.me link")
        << Channel::Telegram << u"http://telegram.me/anna_schmidt/"_s << u"anna_schmidt"_s;
    QTest::newRow("telegram four letters") << Channel::Telegram << u"@anna"_s << u"anna"_s;
    QTest::newRow("telegram 32") << Channel::Telegram << u"a"_s + QString(31, u'b')
                                 << u"a"_s + QString(31, u'b');
    QTest::newRow("telegram digits inside") << Channel::Telegram << u"anna1985"_s << u"anna1985"_s;
    QTest::newRow("telegram user id") << Channel::Telegram << u"123456789"_s << u"123456789"_s;

    QTest::newRow("instagram handle") << Channel::Instagram << u"anna.schmidt"_s << u"anna.schmidt"_s;
    QTest::newRow("instagram at and case")
        << Channel::Instagram << u"@Anna.Schmidt_85"_s << u"anna.schmidt_85"_s;
    QTest::newRow("instagram link") << Channel::Instagram
                                    << u"https://www.instagram.com/Anna.Schmidt/?igsh=abc"_s
                                    << u"anna.schmidt"_s;
    QTest::newRow("instagram bare link")
        << Channel::Instagram << u"instagram.com/anna.schmidt"_s << u"anna.schmidt"_s;
    QTest::newRow("instagram scoped id")
        << Channel::Instagram << u"17841400000000000"_s << u"17841400000000000"_s;
    QTest::newRow("instagram one letter") << Channel::Instagram << u"a"_s << u"a"_s;
    QTest::newRow("instagram leading underscore") << Channel::Instagram << u"_anna_"_s << u"_anna_"_s;

    QTest::newRow("messenger psid") << Channel::Messenger << u"6543210987654321"_s << u"6543210987654321"_s;
    QTest::newRow("messenger psid spaces")
        << Channel::Messenger << u" 6543210987654321 "_s << u"6543210987654321"_s;

    QTest::newRow("web chat token") << Channel::WebChat << u"xYz9AbC12dEf"_s << u"xYz9AbC12dEf"_s;
    QTest::newRow("web chat uuid") << Channel::WebChat << u"{3F2504E0-4F89-41D3-9A0C-0305E82C3301}"_s
                                   << u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s;
    QTest::newRow("web chat uuid bare") << Channel::WebChat << u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s
                                        << u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s;
    QTest::newRow("api source id") << Channel::Api << u"crm:contact/4711"_s << u"crm:contact/4711"_s;
}

void TestIdentityHandles::accepted()
{
    QFETCH(Channel, platform);
    QFETCH(QString, input);
    QFETCH(QString, canonical);

    const IdentityResult result = normalizeHandle(platform, input);
    QVERIFY2(result.isAccepted(), qPrintable(result.errorMessage()));
    QCOMPARE(result.identity().kind(), IdentityKind::Handle);
    QCOMPARE(result.identity().value(), canonical);
    QCOMPARE(result.identity().platform(), std::optional(platform));
    QCOMPARE(result.identity().scope(), channelKey(platform));
    // Handles are weak: one may be reused or change hands, so it never merges customers on its own.
    QVERIFY(!result.identity().isStrong());
    QVERIFY(!result.supportsAutomaticMerge());
    QCOMPARE(normalizeHandle(platform, canonical).identity().value(), canonical);
}

void TestIdentityHandles::rejected_data()
{
    QTest::addColumn<Channel>("platform");
    QTest::addColumn<QString>("input");
    QTest::addColumn<IdentityRejection>("reason");

    QTest::newRow("telegram empty") << Channel::Telegram << u"@"_s << IdentityRejection::Empty;
    QTest::newRow("telegram too short")
        << Channel::Telegram << u"@ann"_s << IdentityRejection::HandleTooShort;
    QTest::newRow("telegram too long")
        << Channel::Telegram << u"a"_s + QString(32, u'b') << IdentityRejection::HandleTooLong;
    QTest::newRow("telegram digit first")
        << Channel::Telegram << u"1anna"_s << IdentityRejection::HandleMustStartWithLetter;
    QTest::newRow("telegram underscore first")
        << Channel::Telegram << u"_anna"_s << IdentityRejection::HandleMustStartWithLetter;
    QTest::newRow("telegram underscore last")
        << Channel::Telegram << u"anna_"_s << IdentityRejection::HandleMisplacedPunctuation;
    QTest::newRow("telegram dot") << Channel::Telegram << u"anna.schmidt"_s
                                  << IdentityRejection::HandleInvalidCharacters;
    QTest::newRow("telegram umlaut") << Channel::Telegram << u"jürgen"_s
                                     << IdentityRejection::HandleInvalidCharacters;
    QTest::newRow("telegram space") << Channel::Telegram << u"anna schmidt"_s
                                    << IdentityRejection::HandleInvalidCharacters;
    QTest::newRow("telegram group id")
        << Channel::Telegram << u"-1001234567890"_s << IdentityRejection::HandleInvalidCharacters;

    QTest::newRow("instagram empty") << Channel::Instagram << u"  "_s << IdentityRejection::Empty;
    QTest::newRow("instagram too long")
        << Channel::Instagram << QString(31, u'a') << IdentityRejection::HandleTooLong;
    QTest::newRow("instagram hyphen")
        << Channel::Instagram << u"anna-schmidt"_s << IdentityRejection::HandleInvalidCharacters;
    QTest::newRow("instagram leading dot")
        << Channel::Instagram << u".anna"_s << IdentityRejection::HandleMisplacedPunctuation;
    QTest::newRow("instagram trailing dot")
        << Channel::Instagram << u"anna."_s << IdentityRejection::HandleMisplacedPunctuation;
    QTest::newRow("instagram double dot")
        << Channel::Instagram << u"anna..schmidt"_s << IdentityRejection::HandleMisplacedPunctuation;

    QTest::newRow("messenger name") << Channel::Messenger << u"anna.schmidt"_s
                                    << IdentityRejection::HandleNotNumericId;
    QTest::newRow("messenger empty") << Channel::Messenger << QString() << IdentityRejection::Empty;
    QTest::newRow("messenger too long")
        << Channel::Messenger << QString(21, u'1') << IdentityRejection::HandleTooLong;

    QTest::newRow("web chat space") << Channel::WebChat << u"abc def"_s
                                    << IdentityRejection::HandleInvalidCharacters;
    QTest::newRow("web chat control")
        << Channel::WebChat << u"abc\u0001def"_s << IdentityRejection::ControlCharacters;
    QTest::newRow("web chat too long")
        << Channel::WebChat << QString(256, u'x') << IdentityRejection::TooLong;
    QTest::newRow("api empty") << Channel::Api << u" "_s << IdentityRejection::Empty;

    QTest::newRow("email channel") << Channel::Email << u"anna@example.com"_s
                                   << IdentityRejection::HandleUnsupportedPlatform;
    QTest::newRow("whatsapp channel")
        << Channel::WhatsApp << u"+491711234567"_s << IdentityRejection::HandleUnsupportedPlatform;
    QTest::newRow("sms channel") << Channel::Sms << u"+491711234567"_s
                                 << IdentityRejection::HandleUnsupportedPlatform;
    QTest::newRow("voice channel") << Channel::Voice << u"+491711234567"_s
                                   << IdentityRejection::HandleUnsupportedPlatform;
}

void TestIdentityHandles::rejected()
{
    QFETCH(Channel, platform);
    QFETCH(QString, input);
    QFETCH(IdentityRejection, reason);

    const IdentityResult result = normalizeHandle(platform, input);
    QVERIFY2(!result.isAccepted(), qPrintable(result.identity().value()));
    QVERIFY(result.rejection());
    QCOMPARE(rejectionKey(*result.rejection()), rejectionKey(reason));
    QVERIFY(!result.errorMessage().isEmpty());
}

void TestIdentityHandles::handlePlatforms()
{
    QList<Channel> handlePlatforms;
    for (const Channel channel : allChannels()) {
        if (isHandlePlatform(channel))
            handlePlatforms.append(channel);
    }
    QCOMPARE(handlePlatforms, (QList<Channel>{Channel::WebChat, Channel::Messenger, Channel::Instagram,
                                              Channel::Telegram, Channel::Api}));
}

void TestIdentityHandles::handlesAreScopedToTheirPlatform()
{
    // The same text on two platforms is two people.
    const NormalizedIdentity telegram = normalizeHandle(Channel::Telegram, u"anna_schmidt"_s).identity();
    const NormalizedIdentity instagram = normalizeHandle(Channel::Instagram, u"anna_schmidt"_s).identity();
    QCOMPARE(telegram.value(), instagram.value());
    QVERIFY(telegram != instagram);
    QVERIFY(telegram.key() != instagram.key());
    QCOMPARE(normalizeHandle(Channel::Telegram, u"@Anna_Schmidt"_s).identity(), telegram);
}

void TestIdentityHandles::contactIds_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("remoteId");
    QTest::addColumn<QString>("canonicalAccount");
    QTest::addColumn<QString>("canonicalId");

    QTest::newRow("numeric") << u"chatwoot-1"_s << u"42"_s << u"chatwoot-1"_s << u"42"_s;
    QTest::newRow("trimmed") << u" chatwoot-1 "_s << u" 42\n"_s << u"chatwoot-1"_s << u"42"_s;
    QTest::newRow("case kept") << u"zammad:Support"_s << u"AbC-123"_s << u"zammad:Support"_s << u"AbC-123"_s;
    QTest::newRow("url-like id") << u"crm"_s << u"gid://crm/Contact/4711"_s << u"crm"_s
                                 << u"gid://crm/Contact/4711"_s;
}

void TestIdentityHandles::contactIds()
{
    QFETCH(QString, account);
    QFETCH(QString, remoteId);
    QFETCH(QString, canonicalAccount);
    QFETCH(QString, canonicalId);

    const IdentityResult result = normalizeContactId(account, remoteId);
    QVERIFY2(result.isAccepted(), qPrintable(result.errorMessage()));
    QCOMPARE(result.identity().kind(), IdentityKind::ContactId);
    QCOMPARE(result.identity().account(), canonicalAccount);
    QCOMPARE(result.identity().scope(), canonicalAccount);
    QCOMPARE(result.identity().value(), canonicalId);
    QCOMPARE(result.identity().platform(), std::nullopt);
    QVERIFY(!result.identity().isStrong());
    // The same id at another account is someone else.
    QVERIFY(normalizeContactId(u"other-account"_s, remoteId).identity() != result.identity());
}

void TestIdentityHandles::contactIdsRejected_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("remoteId");
    QTest::addColumn<IdentityRejection>("reason");

    QTest::newRow("no account") << QString() << u"42"_s << IdentityRejection::ContactIdMissingAccount;
    QTest::newRow("blank account") << u"  "_s << u"42"_s << IdentityRejection::ContactIdMissingAccount;
    QTest::newRow("no id") << u"chatwoot-1"_s << u" "_s << IdentityRejection::Empty;
    QTest::newRow("control") << u"chatwoot-1"_s << u"4\u00002"_s << IdentityRejection::ControlCharacters;
    QTest::newRow("too long") << u"chatwoot-1"_s << QString(256, u'9') << IdentityRejection::TooLong;
}

void TestIdentityHandles::contactIdsRejected()
{
    QFETCH(QString, account);
    QFETCH(QString, remoteId);
    QFETCH(IdentityRejection, reason);

    const IdentityResult result = normalizeContactId(account, remoteId);
    QVERIFY(!result.isAccepted());
    QCOMPARE(rejectionKey(*result.rejection()), rejectionKey(reason));
}

QTEST_GUILESS_MAIN(TestIdentityHandles)
#include "tst_identity_handles.moc"
