#include "identity/IdentityNormalizer.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

Q_DECLARE_METATYPE(kontor::Channel)
Q_DECLARE_METATYPE(kontor::IdentityKind)
Q_DECLARE_METATYPE(kontor::NormalizedIdentity)

class TestIdentityNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsChooseTheRegion();
    void dispatchesOnKind();
    void channelAddresses_data();
    void channelAddresses();
    void rejectedChannelAddresses();
    void sameCustomerAcrossChannels();
    void keys_data();
    void keys();
    void malformedKeys_data();
    void malformedKeys();
    void fromStored();
    void hashing();
    void rejectionTable();
};

void TestIdentityNormalizer::settingsChooseTheRegion()
{
    QCOMPARE(IdentityNormalizer(IdentitySettings{u"dk"_s}).phoneRegion().code(), u"DK"_s);
    QCOMPARE(IdentityNormalizer(IdentitySettings{}).phoneRegion(), PhoneRegion::system());
    QCOMPARE(IdentityNormalizer(IdentitySettings{u"unknown"_s}).phoneRegion(), PhoneRegion::system());
    QCOMPARE(IdentityNormalizer(*PhoneRegion::fromCode(u"GB"_s)).phoneRegion().code(), u"GB"_s);

    // The region decides how a national number reads.
    const QString national = u"32 12 34 56"_s;
    QCOMPARE(IdentityNormalizer(IdentitySettings{u"DK"_s}).phone(national).identity().value(),
             u"+4532123456"_s);
    QVERIFY(IdentityNormalizer(IdentitySettings{u"DE"_s}).phone(national).identity().value() !=
            u"+4532123456"_s);
}

void TestIdentityNormalizer::dispatchesOnKind()
{
    const IdentityNormalizer normalizer(IdentitySettings{u"DE"_s});

    const auto email = normalizer.normalize(IdentityInput::email(u"Anna@Example.com"_s));
    QCOMPARE(email.identity(), NormalizedIdentity::email(u"anna@example.com"_s));

    const auto phone = normalizer.normalize(IdentityInput::phone(u"0171 1234567"_s));
    QCOMPARE(phone.identity(), NormalizedIdentity::phone(u"+491711234567"_s));

    const auto waId = normalizer.normalize(IdentityInput::phone(u"4532123456"_s, Channel::WhatsApp));
    QCOMPARE(waId.identity(), NormalizedIdentity::phone(u"+4532123456"_s));

    const auto handle = normalizer.normalize(IdentityInput::handle(Channel::Telegram, u"@Anna_Schmidt"_s));
    QCOMPARE(handle.identity(), NormalizedIdentity::handle(Channel::Telegram, u"anna_schmidt"_s));

    const auto handleWithoutPlatform =
        normalizer.normalize(IdentityInput{IdentityKind::Handle, u"anna"_s, std::nullopt, {}});
    QCOMPARE(handleWithoutPlatform.rejection(), std::optional(IdentityRejection::HandleUnsupportedPlatform));

    const auto contact = normalizer.normalize(IdentityInput::contactId(u"chatwoot-1"_s, u"42"_s));
    QCOMPARE(contact.identity(), NormalizedIdentity::contactId(u"chatwoot-1"_s, u"42"_s));

    const auto contactWithoutAccount = normalizer.normalize(IdentityInput::contactId(QString(), u"42"_s));
    QCOMPARE(contactWithoutAccount.rejection(), std::optional(IdentityRejection::ContactIdMissingAccount));
}

void TestIdentityNormalizer::channelAddresses_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<QString>("address");
    QTest::addColumn<NormalizedIdentity>("identity");

    QTest::newRow("email") << Channel::Email << u"Anna Schmidt <Anna.Schmidt@Example.de>"_s
                           << NormalizedIdentity::email(u"anna.schmidt@example.de"_s);
    QTest::newRow("sms") << Channel::Sms << u"0171 1234567"_s
                         << NormalizedIdentity::phone(u"+491711234567"_s);
    QTest::newRow("voice") << Channel::Voice << u"+49 (0)30 1234567"_s
                           << NormalizedIdentity::phone(u"+49301234567"_s);
    QTest::newRow("whatsapp wa_id") << Channel::WhatsApp << u"491711234567"_s
                                    << NormalizedIdentity::phone(u"+491711234567"_s);
    QTest::newRow("whatsapp jid") << Channel::WhatsApp << u"491711234567@s.whatsapp.net"_s
                                  << NormalizedIdentity::phone(u"+491711234567"_s);
    QTest::newRow("telegram") << Channel::Telegram << u"@Anna_Schmidt"_s
                              << NormalizedIdentity::handle(Channel::Telegram, u"anna_schmidt"_s);
    QTest::newRow("instagram") << Channel::Instagram << u"@Anna.Schmidt"_s
                               << NormalizedIdentity::handle(Channel::Instagram, u"anna.schmidt"_s);
    QTest::newRow("messenger") << Channel::Messenger << u"6543210987654321"_s
                               << NormalizedIdentity::handle(Channel::Messenger, u"6543210987654321"_s);
    QTest::newRow("web chat") << Channel::WebChat << u"visitor-8f3a"_s
                              << NormalizedIdentity::handle(Channel::WebChat, u"visitor-8f3a"_s);
    QTest::newRow("api") << Channel::Api << u"ext-4711"_s
                         << NormalizedIdentity::handle(Channel::Api, u"ext-4711"_s);
}

void TestIdentityNormalizer::channelAddresses()
{
    QFETCH(Channel, channel);
    QFETCH(QString, address);
    QFETCH(NormalizedIdentity, identity);

    const IdentityNormalizer normalizer(IdentitySettings{u"DE"_s});
    const IdentityResult result = normalizer.channelAddress(channel, address);
    QVERIFY2(result.isAccepted(), qPrintable(result.errorMessage()));
    QCOMPARE(result.identity(), identity);
}

void TestIdentityNormalizer::rejectedChannelAddresses()
{
    const IdentityNormalizer normalizer(IdentitySettings{u"DE"_s});
    QCOMPARE(normalizer.channelAddress(Channel::Email, u"0171 1234567"_s).rejection(),
             std::optional(IdentityRejection::EmailMissingAt));
    QCOMPARE(normalizer.channelAddress(Channel::Sms, u"anna@example.com"_s).rejection(),
             std::optional(IdentityRejection::PhoneNotANumber));
    QCOMPARE(normalizer.channelAddress(Channel::WhatsApp, u"120363012345678901@g.us"_s).rejection(),
             std::optional(IdentityRejection::PhoneWhatsAppGroup));
    QCOMPARE(normalizer.channelAddress(Channel::Messenger, u"Anna Schmidt"_s).rejection(),
             std::optional(IdentityRejection::HandleNotNumericId));
}

void TestIdentityNormalizer::sameCustomerAcrossChannels()
{
    // One person's number as SMS, voice, WhatsApp and a CRM field report it is one identity.
    const IdentityNormalizer normalizer(IdentitySettings{u"DE"_s});
    const NormalizedIdentity expected = NormalizedIdentity::phone(u"+491711234567"_s);
    QCOMPARE(normalizer.channelAddress(Channel::Sms, u"+491711234567"_s).identity(), expected);
    QCOMPARE(normalizer.channelAddress(Channel::Voice, u"0171 / 123 45 67"_s).identity(), expected);
    QCOMPARE(normalizer.channelAddress(Channel::WhatsApp, u"491711234567@s.whatsapp.net"_s).identity(),
             expected);
    QCOMPARE(normalizer.phone(u"tel:+49-171-1234567"_s).identity(), expected);
    // ... also for a Danish agent, who reads the same text with the international prefix.
    QCOMPARE(IdentityNormalizer(IdentitySettings{u"DK"_s}).phone(u"00 49 171 1234567"_s).identity(),
             expected);
}

void TestIdentityNormalizer::keys_data()
{
    QTest::addColumn<NormalizedIdentity>("identity");
    QTest::addColumn<QString>("key");

    QTest::newRow("email") << NormalizedIdentity::email(u"anna@example.com"_s) << u"email:anna@example.com"_s;
    QTest::newRow("phone") << NormalizedIdentity::phone(u"+491711234567"_s) << u"phone:+491711234567"_s;
    QTest::newRow("handle") << NormalizedIdentity::handle(Channel::Telegram, u"anna_schmidt"_s)
                            << u"handle:telegram:anna_schmidt"_s;
    QTest::newRow("contact") << NormalizedIdentity::contactId(u"chatwoot-1"_s, u"42"_s)
                             << u"contact:chatwoot-1:42"_s;
    QTest::newRow("contact with colons")
        << NormalizedIdentity::contactId(u"zammad:support"_s, u"gid://crm/4711"_s)
        << u"contact:zammad%3Asupport:gid://crm/4711"_s;
    QTest::newRow("api handle with colon")
        << NormalizedIdentity::handle(Channel::Api, u"crm:4711"_s) << u"handle:api:crm:4711"_s;
}

void TestIdentityNormalizer::keys()
{
    QFETCH(NormalizedIdentity, identity);
    QFETCH(QString, key);

    QCOMPARE(identity.key(), key);
    QCOMPARE(NormalizedIdentity::fromKey(key), std::optional(identity));
}

void TestIdentityNormalizer::malformedKeys_data()
{
    QTest::addColumn<QString>("key");

    QTest::newRow("empty") << QString();
    QTest::newRow("no kind") << u"anna@example.com"_s;
    QTest::newRow("unknown kind") << u"fax:+4930123456"_s;
    QTest::newRow("empty value") << u"email:"_s;
    QTest::newRow("handle without scope") << u"handle:anna"_s;
    QTest::newRow("handle unknown platform") << u"handle:myspace:anna"_s;
    QTest::newRow("contact without account") << u"contact::42"_s;
}

void TestIdentityNormalizer::malformedKeys()
{
    QFETCH(QString, key);
    QCOMPARE(NormalizedIdentity::fromKey(key), std::nullopt);
}

void TestIdentityNormalizer::fromStored()
{
    QCOMPARE(NormalizedIdentity::fromStored(IdentityKind::Email, {}, u"anna@example.com"_s),
             std::optional(NormalizedIdentity::email(u"anna@example.com"_s)));
    QCOMPARE(NormalizedIdentity::fromStored(IdentityKind::Handle, u"instagram", u"anna.s"_s),
             std::optional(NormalizedIdentity::handle(Channel::Instagram, u"anna.s"_s)));
    QCOMPARE(NormalizedIdentity::fromStored(IdentityKind::ContactId, u"chatwoot-1", u"42"_s),
             std::optional(NormalizedIdentity::contactId(u"chatwoot-1"_s, u"42"_s)));
    QCOMPARE(NormalizedIdentity::fromStored(IdentityKind::Email, u"telegram", u"anna@example.com"_s),
             std::nullopt);
    QCOMPARE(NormalizedIdentity::fromStored(IdentityKind::Handle, u"", u"anna"_s), std::nullopt);
    QCOMPARE(NormalizedIdentity::fromStored(IdentityKind::Phone, {}, QString()), std::nullopt);

    // The stored columns of a normalised identity read back to it.
    const IdentityNormalizer normalizer(IdentitySettings{u"DE"_s});
    for (const auto &result :
         {normalizer.email(u"Info@Bücher.de"_s), normalizer.phone(u"030 1234567"_s),
          normalizer.handle(Channel::Telegram, u"@Anna_S"_s), normalizer.contactId(u"zammad:1"_s, u"77"_s)}) {
        const NormalizedIdentity &identity = result.identity();
        QCOMPARE(NormalizedIdentity::fromStored(identity.kind(), identity.scope(), identity.value()),
                 std::optional(identity));
    }
}

void TestIdentityNormalizer::hashing()
{
    QSet<NormalizedIdentity> identities;
    const IdentityNormalizer normalizer(IdentitySettings{u"DE"_s});
    identities.insert(normalizer.email(u"anna@example.com"_s).identity());
    identities.insert(normalizer.email(u"ANNA@EXAMPLE.COM"_s).identity());
    identities.insert(normalizer.phone(u"0171 1234567"_s).identity());
    identities.insert(normalizer.phone(u"+49 171 1234567"_s).identity());
    identities.insert(normalizer.handle(Channel::Telegram, u"anna_schmidt"_s).identity());
    identities.insert(normalizer.handle(Channel::Instagram, u"anna_schmidt"_s).identity());
    QCOMPARE(identities.size(), 4);
    QVERIFY(NormalizedIdentity().isNull());
    QVERIFY(!NormalizedIdentity().isStrong());
    QCOMPARE(NormalizedIdentity().key(), QString());
}

void TestIdentityNormalizer::rejectionTable()
{
    QSet<QString> keys;
    for (const IdentityRejection rejection : allIdentityRejections()) {
        const QString key = rejectionKey(rejection);
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QVERIFY(!rejectionMessage(rejection).isEmpty());
    }
    // Every enumerator is in the table: the last one is there, and the keys are as many as the enumerators.
    QVERIFY(allIdentityRejections().contains(IdentityRejection::ContactIdMissingAccount));
    QCOMPARE(keys.size(), qsizetype(IdentityRejection::ContactIdMissingAccount) + 1);
    QCOMPARE(rejectionMessage(IdentityRejection::EmailMissingAt),
             u"An email address needs an @ between the name and the domain."_s);
}

QTEST_GUILESS_MAIN(TestIdentityNormalizer)
#include "tst_identity_normalizer.moc"
