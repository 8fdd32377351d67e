#include "identity/EmailAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

Q_DECLARE_METATYPE(kontor::IdentityRejection)

class TestIdentityEmail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void displayName_data();
    void displayName();
    void display_data();
    void display();
    void equalSpellingsAreOneIdentity();
};

void TestIdentityEmail::accepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("plain") << u"anna.schmidt@example.com"_s << u"anna.schmidt@example.com"_s;
    QTest::newRow("surrounding space") << u"  anna@example.com \t\n"_s << u"anna@example.com"_s;
    QTest::newRow("whole address lower-cased")
        << u"Anna.Schmidt@Example.COM"_s << u"anna.schmidt@example.com"_s;
    QTest::newRow("plus tag kept") << u"anna+shop@example.com"_s << u"anna+shop@example.com"_s;
    QTest::newRow("gmail dots kept") << u"a.n.n.a@gmail.com"_s << u"a.n.n.a@gmail.com"_s;
    QTest::newRow("hyphenated subdomain")
        << u"kundenservice@mail.stadtwerke-muenchen.de"_s << u"kundenservice@mail.stadtwerke-muenchen.de"_s;
    QTest::newRow("danish domain") << u"Soeren@Firma.DK"_s << u"soeren@firma.dk"_s;
    QTest::newRow("british second level") << u"j.smith@nhs.net.uk"_s << u"j.smith@nhs.net.uk"_s;
    QTest::newRow("atext specials") << u"o'brien!#$%&*=?^_`{|}~-/@example.ie"_s
                                    << u"o'brien!#$%&*=?^_`{|}~-/@example.ie"_s;
    QTest::newRow("digits only local part") << u"12345@example.com"_s << u"12345@example.com"_s;
    QTest::newRow("IDN German") << u"info@bücher.de"_s << u"info@xn--bcher-kva.de"_s;
    QTest::newRow("IDN German upper case") << u"INFO@BÜCHER.DE"_s << u"info@xn--bcher-kva.de"_s;
    QTest::newRow("IDN Danish") << u"kontakt@blåbærsyltetøj.dk"_s << u"kontakt@xn--blbrsyltetj-y8ao3x.dk"_s;
    QTest::newRow("IDN sharp s kept (non-transitional)") << u"post@straße.de"_s << u"post@xn--strae-oqa.de"_s;
    QTest::newRow("IDN already ASCII") << u"info@XN--BCHER-KVA.de"_s << u"info@xn--bcher-kva.de"_s;
    QTest::newRow("unicode local part") << u"JÜRGEN@example.de"_s << u"jürgen@example.de"_s;
    QTest::newRow("decomposed accent composed") << u"rene\u0301@example.fr"_s << u"ren\u00e9@example.fr"_s;
    QTest::newRow("header form") << u"Anna Schmidt <Anna@Example.com>"_s << u"anna@example.com"_s;
    QTest::newRow("quoted header form") << u"\"Schmidt, Anna\" <anna@example.com>"_s << u"anna@example.com"_s;
    QTest::newRow("bare angle brackets") << u"<anna@example.com>"_s << u"anna@example.com"_s;
    QTest::newRow("mailto") << u"mailto:anna@example.com"_s << u"anna@example.com"_s;
    QTest::newRow("mailto upper case with query")
        << u"MAILTO:Anna@Example.com?subject=Rechnung%20123"_s << u"anna@example.com"_s;
    QTest::newRow("mailto percent-encoded") << u"mailto:info@b%C3%BCcher.de"_s << u"info@xn--bcher-kva.de"_s;
    QTest::newRow("local part at 64")
        << QString(64, u'a') + u"@example.com"_s << QString(64, u'a') + u"@example.com"_s;
}

void TestIdentityEmail::accepted()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);

    const IdentityResult result = normalizeEmail(input);
    QVERIFY2(result.isAccepted(), qPrintable(result.errorMessage()));
    QCOMPARE(result.identity().kind(), IdentityKind::Email);
    QCOMPARE(result.identity().value(), canonical);
    QCOMPARE(result.identity().scope(), QString());
    QCOMPARE(result.confidence(), IdentityConfidence::Certain);
    QVERIFY(result.identity().isStrong());
    QVERIFY(result.supportsAutomaticMerge());
    QVERIFY(result.errorMessage().isEmpty());
    // Canonical is a fixed point: normalising it again changes nothing.
    QCOMPARE(normalizeEmail(canonical).identity().value(), canonical);
}

void TestIdentityEmail::rejected_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<IdentityRejection>("reason");

    QTest::newRow("empty") << QString() << IdentityRejection::Empty;
    QTest::newRow("only spaces") << u"   "_s << IdentityRejection::Empty;
    QTest::newRow("empty header form") << u"Anna Schmidt <>"_s << IdentityRejection::Empty;
    QTest::newRow("no at") << u"anna.example.com"_s << IdentityRejection::EmailMissingAt;
    QTest::newRow("a name only") << u"Anna Schmidt"_s << IdentityRejection::EmailMissingAt;
    QTest::newRow("two ats") << u"anna@schmidt@example.com"_s << IdentityRejection::EmailMultipleAt;
    QTest::newRow("quoted local part with at")
        << u"\"anna@home\"@example.com"_s << IdentityRejection::EmailMultipleAt;
    QTest::newRow("empty local part") << u"@example.com"_s << IdentityRejection::EmailEmptyLocalPart;
    QTest::newRow("empty domain") << u"anna@"_s << IdentityRejection::EmailEmptyDomain;
    QTest::newRow("space inside") << u"anna schmidt@example.com"_s << IdentityRejection::EmailContainsSpace;
    QTest::newRow("space before domain") << u"anna@ example.com"_s << IdentityRejection::EmailContainsSpace;
    QTest::newRow("no-break space") << u"anna\u00a0@example.com"_s << IdentityRejection::EmailContainsSpace;
    QTest::newRow("tab inside") << u"anna\t@example.com"_s << IdentityRejection::EmailContainsSpace;
    QTest::newRow("control character") << u"anna\u0007@example.com"_s << IdentityRejection::ControlCharacters;
    QTest::newRow("double dot local")
        << u"anna..schmidt@example.com"_s << IdentityRejection::EmailConsecutiveDots;
    QTest::newRow("double dot domain") << u"anna@example..com"_s << IdentityRejection::EmailConsecutiveDots;
    QTest::newRow("leading dot") << u".anna@example.com"_s << IdentityRejection::EmailDotAtLocalPartEdge;
    QTest::newRow("trailing dot local")
        << u"anna.@example.com"_s << IdentityRejection::EmailDotAtLocalPartEdge;
    QTest::newRow("comma") << u"anna,schmidt@example.com"_s << IdentityRejection::EmailInvalidCharacter;
    QTest::newRow("parenthesis") << u"anna(work)@example.com"_s << IdentityRejection::EmailInvalidCharacter;
    QTest::newRow("quoted local part")
        << u"\"anna\"@example.com"_s << IdentityRejection::EmailInvalidCharacter;
    QTest::newRow("semicolon list") << u"anna@example.com;bob@example.com"_s
                                    << IdentityRejection::EmailMultipleAt;
    QTest::newRow("local part 65") << QString(65, u'a') + u"@example.com"_s
                                   << IdentityRejection::EmailLocalPartTooLong;
    QTest::newRow("domain literal") << u"anna@[192.168.0.1]"_s << IdentityRejection::EmailDomainLiteral;
    QTest::newRow("bare IP address") << u"anna@192.168.0.1"_s << IdentityRejection::EmailDomainLiteral;
    QTest::newRow("dotless domain") << u"anna@localhost"_s << IdentityRejection::EmailDomainWithoutDot;
    QTest::newRow("underscore in domain")
        << u"anna@mail_server.example.com"_s << IdentityRejection::EmailInvalidDomain;
    QTest::newRow("leading hyphen label") << u"anna@-example.com"_s << IdentityRejection::EmailInvalidDomain;
    QTest::newRow("trailing hyphen label") << u"anna@example-.com"_s << IdentityRejection::EmailInvalidDomain;
    QTest::newRow("leading dot domain") << u"anna@.example.com"_s << IdentityRejection::EmailInvalidDomain;
    QTest::newRow("trailing dot domain") << u"anna@example.com."_s << IdentityRejection::EmailInvalidDomain;
    QTest::newRow("numeric top-level domain")
        << u"anna@example.123"_s << IdentityRejection::EmailInvalidDomain;
    QTest::newRow("symbol in domain") << u"anna@exa$mple.com"_s << IdentityRejection::EmailInvalidDomain;
    QTest::newRow("label 64") << u"anna@"_s + QString(64, u'a') + u".com"_s
                              << IdentityRejection::EmailDomainLabelTooLong;
    // 64 + 1 + 63 + 1 + 63 + 1 + 59 + 3 = 255 characters, every part within its own limit.
    QTest::newRow("address 255") << QString(64, u'a') + u"@"_s + QString(63, u'b') + u"."_s +
                                        QString(63, u'c') + u"."_s + QString(59, u'd') + u".de"_s
                                 << IdentityRejection::EmailTooLong;
    QTest::newRow("mailto without address") << u"mailto:"_s << IdentityRejection::Empty;
}

void TestIdentityEmail::rejected()
{
    QFETCH(QString, input);
    QFETCH(IdentityRejection, reason);

    const IdentityResult result = normalizeEmail(input);
    QVERIFY(!result.isAccepted());
    QVERIFY(!result);
    QVERIFY(result.rejection());
    QCOMPARE(rejectionKey(*result.rejection()), rejectionKey(reason));
    QVERIFY(result.identity().isNull());
    QCOMPARE(result.errorMessage(), rejectionMessage(reason));
    QVERIFY(!result.errorMessage().isEmpty());
    QVERIFY(!result.supportsAutomaticMerge());
}

void TestIdentityEmail::displayName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("displayName");

    QTest::newRow("none") << u"anna@example.com"_s << QString();
    QTest::newRow("plain") << u"Anna Schmidt <anna@example.com>"_s << u"Anna Schmidt"_s;
    QTest::newRow("quoted with comma") << u"\"Schmidt, Anna\" <anna@example.com>"_s << u"Schmidt, Anna"_s;
    QTest::newRow("escaped quote") << u"\"Anna \\\"Annie\\\" Schmidt\" <anna@example.com>"_s
                                   << u"Anna \"Annie\" Schmidt"_s;
    QTest::newRow("danish") << u"Søren Ærø <soeren@example.dk>"_s << u"Søren Ærø"_s;
}

void TestIdentityEmail::displayName()
{
    QFETCH(QString, input);
    QFETCH(QString, displayName);

    const IdentityResult result = normalizeEmail(input);
    QVERIFY(result.isAccepted());
    QCOMPARE(result.displayName(), displayName);
}

void TestIdentityEmail::display_data()
{
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("shown");

    QTest::newRow("ASCII") << u"anna@example.com"_s << u"anna@example.com"_s;
    QTest::newRow("German IDN") << u"info@xn--bcher-kva.de"_s << u"info@bücher.de"_s;
    QTest::newRow("Danish IDN") << u"kontakt@xn--blbrsyltetj-y8ao3x.dk"_s << u"kontakt@blåbærsyltetøj.dk"_s;
    QTest::newRow("not an address") << u"anna"_s << u"anna"_s;
}

void TestIdentityEmail::display()
{
    QFETCH(QString, canonical);
    QFETCH(QString, shown);

    QCOMPARE(emailForDisplay(canonical), shown);
}

void TestIdentityEmail::equalSpellingsAreOneIdentity()
{
    const QStringList spellings = {
        u"Info@Bücher.de"_s,
        u"info@xn--bcher-kva.de"_s,
        u"Bücher-Versand <INFO@BÜCHER.DE>"_s,
        u"mailto:info@b%C3%BCcher.de?subject=Bestellung"_s,
    };
    const NormalizedIdentity first = normalizeEmail(spellings.first()).identity();
    for (const QString &spelling : spellings)
        QCOMPARE(normalizeEmail(spelling).identity(), first);
}

QTEST_GUILESS_MAIN(TestIdentityEmail)
#include "tst_identity_email.moc"
