#include "identity/PhoneFormatter.h"
#include "identity/PhoneNormalizer.h"
#include "identity/PhoneRegion.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

Q_DECLARE_METATYPE(kontor::IdentityRejection)
Q_DECLARE_METATYPE(kontor::IdentityConfidence)

namespace {
PhoneRegion region(const QString &code)
{
    return code.isEmpty() ? PhoneRegion() : PhoneRegion::fromCode(code).value();
}
} // namespace

class TestIdentityPhone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void whatsAppBareDigits_data();
    void whatsAppBareDigits();
    void regions();
    void formatting_data();
    void formatting();
    void telUri();
};

void TestIdentityPhone::accepted_data()
{
    QTest::addColumn<QString>("regionCode");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<IdentityConfidence>("confidence");

    const auto certain = IdentityConfidence::Certain;
    const auto plausible = IdentityConfidence::Plausible;

    // Germany: a mobile and a Berlin landline in the ways they are written.
    QTest::newRow("DE mobile national")
        << u"DE"_s << u"0171 1234567"_s << u"+491711234567"_s << QString() << certain;
    QTest::newRow("DE mobile slash") << u"DE"_s << u"0171/1234567"_s << u"+491711234567"_s << QString()
                                     << certain;
    QTest::newRow("DE mobile dashes")
        << u"DE"_s << u"0171-123 45 67"_s << u"+491711234567"_s << QString() << certain;
    QTest::newRow("DE mobile international")
        << u"DE"_s << u"+49 171 1234567"_s << u"+491711234567"_s << QString() << certain;
    QTest::newRow("DE mobile (0) trunk")
        << u"DE"_s << u"+49 (0)171 1234567"_s << u"+491711234567"_s << QString() << certain;
    QTest::newRow("DE landline (0) trunk")
        << u"DE"_s << u"+49 (0)30 1234567"_s << u"+49301234567"_s << QString() << certain;
    QTest::newRow("DE landline 0049")
        << u"DE"_s << u"0049 30 1234567"_s << u"+49301234567"_s << QString() << certain;
    QTest::newRow("DE landline 0049 dashes")
        << u"DE"_s << u"0049-30-1234567"_s << u"+49301234567"_s << QString() << certain;
    QTest::newRow("DE landline parentheses")
        << u"DE"_s << u"(030) 123 45 67"_s << u"+49301234567"_s << QString() << certain;
    QTest::newRow("DE no-break spaces")
        << u"DE"_s << u"+49\u00a030\u00a01234567"_s << u"+49301234567"_s << QString() << certain;
    QTest::newRow("DE full-width digits")
        << u"DE"_s << u"\uff10\uff13\uff10 \uff11\uff12\uff13\uff14\uff15\uff16\uff17"_s << u"+49301234567"_s
        << QString() << certain;
    // DIN 5008 writes a direct-dial number with a hyphen; it is one dialable number, not an extension.
    QTest::newRow("DE direct dial hyphen")
        << u"DE"_s << u"030 1234567-12"_s << u"+4930123456712"_s << QString() << certain;
    QTest::newRow("DE ext.") << u"DE"_s << u"+49 30 1234567 ext. 12"_s << u"+49301234567"_s << u"12"_s
                             << certain;
    QTest::newRow("DE x") << u"DE"_s << u"+49 30 1234567 x12"_s << u"+49301234567"_s << u"12"_s << certain;
    QTest::newRow("DE hash") << u"DE"_s << u"030 1234567 #12"_s << u"+49301234567"_s << u"12"_s << certain;
    QTest::newRow("DE tel URI") << u"DE"_s << u"tel:+49-30-1234567"_s << u"+49301234567"_s << QString()
                                << certain;
    QTest::newRow("DE tel URI ext") << u"DE"_s << u"TEL:+49-30-1234567;ext=12"_s << u"+49301234567"_s
                                    << u"12"_s << certain;
    // Italian numbers keep their leading zero after the country code: it is part of the number.
    QTest::newRow("DE to Italy keeps the zero")
        << u"DE"_s << u"+39 02 1234 5678"_s << u"+390212345678"_s << QString() << certain;
    QTest::newRow("DE to Denmark 00 45")
        << u"DE"_s << u"00 45 32 12 34 56"_s << u"+4532123456"_s << QString() << certain;
    // 0171 numbers have seven digits after the prefix; eight is a possible length, but not an assigned range.
    QTest::newRow("DE unassigned range")
        << u"DE"_s << u"+49 171 12345678"_s << u"+4917112345678"_s << QString() << plausible;
    QTest::newRow("WhatsApp jid") << u"DE"_s << u"4917112345678@s.whatsapp.net"_s << u"+4917112345678"_s
                                  << QString() << plausible;
    QTest::newRow("WhatsApp jid assigned")
        << u"DE"_s << u"491711234567@s.whatsapp.net"_s << u"+491711234567"_s << QString() << certain;
    QTest::newRow("WhatsApp jid device")
        << u"DE"_s << u"491711234567:12@s.whatsapp.net"_s << u"+491711234567"_s << QString() << certain;
    QTest::newRow("WhatsApp web jid")
        << u"DK"_s << u"4532123456@c.us"_s << u"+4532123456"_s << QString() << certain;
    QTest::newRow("WhatsApp gateway")
        << u"DE"_s << u"whatsapp:+491711234567"_s << u"+491711234567"_s << QString() << certain;
    QTest::newRow("WhatsApp gateway upper case")
        << u"DK"_s << u"WhatsApp:+49 171 1234567"_s << u"+491711234567"_s << QString() << certain;

    // Denmark: eight digits in pairs, no trunk prefix.
    QTest::newRow("DK landline pairs")
        << u"DK"_s << u"32 12 34 56"_s << u"+4532123456"_s << QString() << certain;
    QTest::newRow("DK landline fours")
        << u"DK"_s << u"3212 3456"_s << u"+4532123456"_s << QString() << certain;
    QTest::newRow("DK mobile dashes")
        << u"DK"_s << u"20-12-34-56"_s << u"+4520123456"_s << QString() << certain;
    QTest::newRow("DK international")
        << u"DK"_s << u"+45 32 12 34 56"_s << u"+4532123456"_s << QString() << certain;
    QTest::newRow("DK 0045") << u"DK"_s << u"0045 32123456"_s << u"+4532123456"_s << QString() << certain;
    QTest::newRow("DK 00 45 spaced") << u"DK"_s << u"00 45 20 12 34 56"_s << u"+4520123456"_s << QString()
                                     << certain;
    QTest::newRow("DK to Germany") << u"DK"_s << u"00 49 171 1234567"_s << u"+491711234567"_s << QString()
                                   << certain;
    // Well-formed, but 1x is not a subscriber range in the Danish plan: kept, flagged as plausible only.
    QTest::newRow("DK placeholder") << u"DK"_s << u"12 34 56 78"_s << u"+4512345678"_s << QString()
                                    << plausible;

    // United Kingdom.
    QTest::newRow("GB mobile") << u"GB"_s << u"07911 123456"_s << u"+447911123456"_s << QString() << certain;
    QTest::newRow("GB mobile (0)") << u"GB"_s << u"+44 (0)7911 123456"_s << u"+447911123456"_s << QString()
                                   << certain;
    QTest::newRow("GB 0044") << u"GB"_s << u"0044 7911 123456"_s << u"+447911123456"_s << QString()
                             << certain;
    QTest::newRow("GB London") << u"GB"_s << u"020 7946 0018"_s << u"+442079460018"_s << QString() << certain;
    QTest::newRow("GB London (0) ext")
        << u"GB"_s << u"+44 (0)20 7946 0018 ext 123"_s << u"+442079460018"_s << u"123"_s << certain;

    // United States.
    QTest::newRow("US parentheses") << u"US"_s << u"(415) 555-2671"_s << u"+14155552671"_s << QString()
                                    << certain;
    QTest::newRow("US dots") << u"US"_s << u"415.555.2671"_s << u"+14155552671"_s << QString() << certain;
    QTest::newRow("US leading 1") << u"US"_s << u"1-415-555-2671"_s << u"+14155552671"_s << QString()
                                  << certain;
    QTest::newRow("US x extension") << u"US"_s << u"+1 415 555 2671 x12"_s << u"+14155552671"_s << u"12"_s
                                    << certain;
    QTest::newRow("US ext comma") << u"US"_s << u"(415) 555-2671, ext. 204"_s << u"+14155552671"_s << u"204"_s
                                  << certain;
    QTest::newRow("US 011 to Germany")
        << u"US"_s << u"011 49 30 1234567"_s << u"+49301234567"_s << QString() << certain;

    // Without a region, numbers that carry their country code still read.
    QTest::newRow("no region international")
        << QString() << u"+49 30 1234567"_s << u"+49301234567"_s << QString() << certain;
    QTest::newRow("no region WhatsApp jid")
        << QString() << u"4532123456@s.whatsapp.net"_s << u"+4532123456"_s << QString() << certain;
}

void TestIdentityPhone::accepted()
{
    QFETCH(QString, regionCode);
    QFETCH(QString, input);
    QFETCH(QString, e164);
    QFETCH(QString, extension);
    QFETCH(IdentityConfidence, confidence);

    const PhoneNormalizer normalizer(region(regionCode));
    const IdentityResult result = normalizer.normalize(input);
    QVERIFY2(result.isAccepted(), qPrintable(result.errorMessage()));
    QCOMPARE(result.identity().kind(), IdentityKind::Phone);
    QCOMPARE(result.identity().value(), e164);
    QCOMPARE(result.extension(), extension);
    QCOMPARE(result.confidence(), confidence);
    QVERIFY(result.identity().isStrong());
    QCOMPARE(result.supportsAutomaticMerge(), confidence == IdentityConfidence::Certain);
    // E.164 is a fixed point in any region.
    for (const QString &other : {u"DE"_s, u"DK"_s, u"GB"_s, u"US"_s, QString()})
        QCOMPARE(PhoneNormalizer(region(other)).normalize(e164).identity().value(), e164);
}

void TestIdentityPhone::rejected_data()
{
    QTest::addColumn<QString>("regionCode");
    QTest::addColumn<QString>("input");
    QTest::addColumn<IdentityRejection>("reason");

    QTest::newRow("empty") << u"DE"_s << QString() << IdentityRejection::Empty;
    QTest::newRow("spaces") << u"DE"_s << u"   "_s << IdentityRejection::Empty;
    QTest::newRow("keypad word") << u"DE"_s << u"0800 FLOWERS"_s << IdentityRejection::PhoneContainsLetters;
    QTest::newRow("US keypad word") << u"US"_s << u"1-800-FLOWERS"_s
                                    << IdentityRejection::PhoneContainsLetters;
    QTest::newRow("note after number")
        << u"DE"_s << u"+49 171 1234567 call me"_s << IdentityRejection::PhoneContainsLetters;
    QTest::newRow("note in parentheses")
        << u"DE"_s << u"0171 1234567 (mobil)"_s << IdentityRejection::PhoneContainsLetters;
    QTest::newRow("German extension word")
        << u"DE"_s << u"030 1234567 Durchwahl 12"_s << IdentityRejection::PhoneContainsLetters;
    QTest::newRow("letters only") << u"DE"_s << u"n/a"_s << IdentityRejection::PhoneContainsLetters;
    QTest::newRow("tel URI letters") << u"DE"_s << u"tel:0800-FLOWERS"_s
                                     << IdentityRejection::PhoneContainsLetters;
    QTest::newRow("punctuation only") << u"DE"_s << u"--"_s << IdentityRejection::PhoneNotANumber;
    QTest::newRow("email address") << u"DE"_s << u"anna@example.com"_s << IdentityRejection::PhoneNotANumber;
    QTest::newRow("control character")
        << u"DE"_s << u"030\u0007 1234567"_s << IdentityRejection::ControlCharacters;
    QTest::newRow("country code only") << u"DE"_s << u"+49 1"_s << IdentityRejection::PhoneTooShort;
    QTest::newRow("DK too short") << u"DK"_s << u"32 12 34"_s << IdentityRejection::PhoneTooShort;
    QTest::newRow("DK too long") << u"DK"_s << u"32 12 34 56 7"_s << IdentityRejection::PhoneTooLong;
    QTest::newRow("GB too short") << u"GB"_s << u"+44 20 7946"_s << IdentityRejection::PhoneTooShort;
    QTest::newRow("US too short") << u"US"_s << u"555-26"_s << IdentityRejection::PhoneTooShort;
    QTest::newRow("US local only") << u"US"_s << u"555-2671"_s << IdentityRejection::PhoneMissingAreaCode;
    QTest::newRow("DE too long") << u"DE"_s << u"+49 30 12345678901234"_s << IdentityRejection::PhoneTooLong;
    QTest::newRow("unknown country code")
        << u"DE"_s << u"+999 1234567"_s << IdentityRejection::PhoneInvalidCountryCode;
    QTest::newRow("no region national")
        << QString() << u"030 1234567"_s << IdentityRejection::PhoneMissingCountryCode;
    QTest::newRow("no region 00 prefix")
        << QString() << u"0049 30 1234567"_s << IdentityRejection::PhoneMissingCountryCode;
    // 00 is not the international prefix of the United States (011 is), so this reads as one long US number.
    QTest::newRow("US reads 00 nationally")
        << u"US"_s << u"0049 30 1234567"_s << IdentityRejection::PhoneTooLong;
    // The trunk prefix, then zeros that DE would strip again from "+49 0…": no stable E.164 form.
    QTest::newRow("DE zeros after the trunk prefix")
        << u"DE"_s << u"0000001354903403"_s << IdentityRejection::PhoneNotANumber;
    QTest::newRow("WhatsApp group") << u"DE"_s << u"120363012345678901@g.us"_s
                                    << IdentityRejection::PhoneWhatsAppGroup;
    QTest::newRow("WhatsApp empty jid") << u"DE"_s << u"@s.whatsapp.net"_s << IdentityRejection::Empty;
}

void TestIdentityPhone::rejected()
{
    QFETCH(QString, regionCode);
    QFETCH(QString, input);
    QFETCH(IdentityRejection, reason);

    const IdentityResult result = PhoneNormalizer(region(regionCode)).normalize(input);
    QVERIFY2(!result.isAccepted(), qPrintable(result.identity().value()));
    QVERIFY(result.rejection());
    QCOMPARE(rejectionKey(*result.rejection()), rejectionKey(reason));
    QVERIFY(result.identity().isNull());
    QCOMPARE(result.errorMessage(), rejectionMessage(reason));
    QVERIFY(!result.errorMessage().isEmpty());
}

void TestIdentityPhone::whatsAppBareDigits_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");

    // WhatsApp's APIs report the international number without "+" (wa_id).
    QTest::newRow("wa_id German") << u"491711234567"_s << u"+491711234567"_s;
    QTest::newRow("wa_id Danish") << u"4532123456"_s << u"+4532123456"_s;
    QTest::newRow("wa_id American") << u"14155552671"_s << u"+14155552671"_s;
    QTest::newRow("with plus") << u"+44 7911 123456"_s << u"+447911123456"_s;
    // A national number typed into a WhatsApp field still reads nationally (the region here is DE).
    QTest::newRow("national typed") << u"0171 1234567"_s << u"+491711234567"_s;
    QTest::newRow("jid") << u"4532123456@s.whatsapp.net"_s << u"+4532123456"_s;
}

void TestIdentityPhone::whatsAppBareDigits()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);

    const PhoneNormalizer normalizer(region(u"DE"_s));
    const IdentityResult result = normalizer.normalizeWhatsApp(input);
    QVERIFY2(result.isAccepted(), qPrintable(result.errorMessage()));
    QCOMPARE(result.identity().value(), e164);
}

void TestIdentityPhone::regions()
{
    QCOMPARE(PhoneRegion::fromCode(u"DE"_s)->code(), u"DE"_s);
    QCOMPARE(PhoneRegion::fromCode(u" dk "_s)->code(), u"DK"_s);
    QCOMPARE(PhoneRegion::fromCode(u"gb"_s)->code(), u"GB"_s);
    QVERIFY(!PhoneRegion::fromCode(u"XX"_s));
    QVERIFY(!PhoneRegion::fromCode(u"ZZ"_s));
    QVERIFY(!PhoneRegion::fromCode(u"DEU"_s));
    QVERIFY(!PhoneRegion::fromCode(QString()));

    QCOMPARE(PhoneRegion::fromLocale(QLocale(QLocale::German, QLocale::Germany)).code(), u"DE"_s);
    QCOMPARE(PhoneRegion::fromLocale(QLocale(QLocale::German, QLocale::Switzerland)).code(), u"CH"_s);
    QCOMPARE(PhoneRegion::fromLocale(QLocale(QLocale::Danish, QLocale::Denmark)).code(), u"DK"_s);
    QCOMPARE(PhoneRegion::fromLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)).code(), u"GB"_s);
    QCOMPARE(PhoneRegion::fromLocale(QLocale(QLocale::English, QLocale::UnitedStates)).code(), u"US"_s);
    QVERIFY(!PhoneRegion::fromLocale(QLocale::c()).isKnown());

    QCOMPARE(PhoneRegion::fromSettingOrSystem(u"dk"_s).code(), u"DK"_s);
    QCOMPARE(PhoneRegion::fromSettingOrSystem(QString()), PhoneRegion::system());
    QCOMPARE(PhoneRegion::fromSettingOrSystem(u"nowhere"_s), PhoneRegion::system());
    QCOMPARE(PhoneRegion::system(), PhoneRegion::fromLocale(QLocale::system()));
}

void TestIdentityPhone::formatting_data()
{
    QTest::addColumn<QString>("agentRegion");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("international");
    QTest::addColumn<QString>("forAgent");

    QTest::newRow("German at home") << u"DE"_s << u"+49301234567"_s << QString() << u"+49 30 1234567"_s
                                    << u"030 1234567"_s;
    QTest::newRow("German mobile at home")
        << u"DE"_s << u"+491711234567"_s << QString() << u"+49 171 1234567"_s << u"0171 1234567"_s;
    QTest::newRow("German from Denmark")
        << u"DK"_s << u"+49301234567"_s << QString() << u"+49 30 1234567"_s << u"+49 30 1234567"_s;
    QTest::newRow("Danish at home") << u"DK"_s << u"+4532123456"_s << QString() << u"+45 32 12 34 56"_s
                                    << u"32 12 34 56"_s;
    QTest::newRow("British at home") << u"GB"_s << u"+447911123456"_s << QString() << u"+44 7911 123456"_s
                                     << u"07911 123456"_s;
    QTest::newRow("American at home")
        << u"US"_s << u"+14155552671"_s << QString() << u"+1 415-555-2671"_s << u"(415) 555-2671"_s;
    QTest::newRow("American from Germany")
        << u"DE"_s << u"+14155552671"_s << QString() << u"+1 415-555-2671"_s << u"+1 415-555-2671"_s;
    QTest::newRow("extension") << u"DE"_s << u"+49301234567"_s << u"12"_s << u"+49 30 1234567 ext. 12"_s
                               << u"030 1234567 ext. 12"_s;
    QTest::newRow("no agent region") << QString() << u"+4532123456"_s << QString() << u"+45 32 12 34 56"_s
                                     << u"+45 32 12 34 56"_s;
    QTest::newRow("not E.164 kept") << u"DE"_s << u"030 1234567"_s << QString() << u"030 1234567"_s
                                    << u"030 1234567"_s;
}

void TestIdentityPhone::formatting()
{
    QFETCH(QString, agentRegion);
    QFETCH(QString, e164);
    QFETCH(QString, extension);
    QFETCH(QString, international);
    QFETCH(QString, forAgent);

    const PhoneFormatter formatter(region(agentRegion));
    QCOMPARE(formatter.international(e164, extension), international);
    QCOMPARE(formatter.forAgent(e164, extension), forAgent);
}

void TestIdentityPhone::telUri()
{
    const PhoneFormatter formatter(region(u"DE"_s));
    QCOMPARE(formatter.telUri(u"+49301234567"_s), u"tel:+49-30-1234567"_s);
    QCOMPARE(formatter.telUri(u"+49301234567"_s, u"12"_s), u"tel:+49-30-1234567;ext=12"_s);
    QCOMPARE(formatter.telUri(u"not a number"_s), QString());
    // The URI reads back to the same identity and extension.
    const IdentityResult back =
        PhoneNormalizer(region(u"DK"_s)).normalize(formatter.telUri(u"+49301234567"_s, u"12"_s));
    QCOMPARE(back.identity().value(), u"+49301234567"_s);
    QCOMPARE(back.extension(), u"12"_s);
}

QTEST_GUILESS_MAIN(TestIdentityPhone)
#include "tst_identity_phone.moc"
