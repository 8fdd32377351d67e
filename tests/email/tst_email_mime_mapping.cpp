// The email mapping (src/connectors/email/mapping): raw RFC 5322 messages, as a mailbox holds them, to what
// the store takes. Headers and encoded words, identities, character sets, bodies and attachments, threading
// into conversations, and a corpus of hostile and broken messages — each read into a clear record or refused
// with its reason.
#include "connectors/email/mapping/EmailParser.h"
#include "connectors/email/mapping/EmailRecords.h"
#include "connectors/email/mapping/EmailThreader.h"
#include "connectors/email/mapping/ReplySubject.h"
#include "core/InputLimits.h"

#include <QTest>

using namespace kontor;
using namespace kontor::email;

namespace {

constexpr UtcMillis kDay = 24LL * 60 * 60 * 1000;

QByteArray message(const QByteArray &headers, const QByteArray &body)
{
    return headers + "\n\n" + body;
}

ParsedEmail parsed(const QByteArray &raw)
{
    EmailParseResult result = parseEmail(raw);
    if (!result.email)
        qFatal("refused: %s", qPrintable(emailRefusalKey(*result.refusal)));
    return *result.email;
}

QByteArray nestedMultiparts(int depth)
{
    QByteArray raw = "From: a@example.com\nMessage-ID: <deep@example.com>\n";
    for (int level = 0; level < depth; ++level) {
        // "b1" would be a prefix of "b10": every boundary ends in "x".
        raw += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(level) + "x\"\n\n";
        raw += "--b" + QByteArray::number(level) + "x\n";
    }
    raw += "Content-Type: text/plain\n\ninnermost\n";
    for (int level = depth - 1; level >= 0; --level)
        raw += "--b" + QByteArray::number(level) + "x--\n";
    return raw;
}

ParsedEmail threadMessage(const QString &id, const QString &subject, const QString &inReplyTo = {},
                          const QStringList &references = {})
{
    ParsedEmail email;
    email.messageId = id;
    email.subject = subject;
    email.inReplyTo = inReplyTo;
    email.references = references;
    return email;
}

} // namespace

class TestEmailMimeMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHeadersAndEncodedWords()
    {
        const ParsedEmail email = parsed(
            message("From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <Juergen.Mueller@Example.COM>\n"
                    "To: Support <support@example.test>, \"Eva\" <eva@example.org>\n"
                    "Cc: =?ISO-8859-1?Q?S=F8ren?= <soren@example.dk>\n"
                    "Subject: =?UTF-8?B?QmVzdGVsbHVuZyDDvGJlciAxMDAg4oKs?= =?ISO-8859-1?Q?_f=FCr_Anna?=\n"
                    "Date: Mon, 07 Dec 2026 10:15:00 +0100\n"
                    "Message-ID: <abc.123@mail.example.com>\n"
                    "In-Reply-To: <parent@example.test>\n"
                    "References: <root@example.test>\n <parent@example.test>\n"
                    "Content-Type: text/plain; charset=utf-8",
                    "Hallo"));
        QCOMPARE(email.messageId, QStringLiteral("abc.123@mail.example.com"));
        QCOMPARE(email.subject, QStringLiteral("Bestellung über 100 € für Anna"));
        QVERIFY(email.from);
        QCOMPARE(email.from->address, QStringLiteral("juergen.mueller@example.com"));
        QCOMPARE(email.from->displayName, QStringLiteral("Jürgen Müller"));
        QCOMPARE(email.recipients.size(), 3);
        QCOMPARE(email.recipients.at(2).displayName, QStringLiteral("Søren"));
        QCOMPARE(email.inReplyTo, QStringLiteral("parent@example.test"));
        QCOMPARE(email.references,
                 (QStringList{QStringLiteral("root@example.test"), QStringLiteral("parent@example.test")}));
        QVERIFY(email.date);
        QCOMPARE(*email.date,
                 QDateTime(QDate(2026, 12, 7), QTime(9, 15), QTimeZone::UTC).toMSecsSinceEpoch());
        QCOMPARE(email.plainText, QStringLiteral("Hallo"));
        QVERIFY(email.issues.isEmpty());
    }

    void decodesCharsets_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("issue");

        QTest::newRow("utf-8") << QByteArray("Content-Type: text/plain; charset=utf-8")
                               << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                             "e")
                               << QStringLiteral("Grüße") << QString();
        QTest::newRow("latin-1") << QByteArray("Content-Type: text/plain; charset=ISO-8859-1")
                                 << QByteArray("Gr\xfc\xdf"
                                               "e")
                                 << QStringLiteral("Grüße") << QString();
        QTest::newRow("windows-1252 euro") << QByteArray("Content-Type: text/plain; charset=windows-1252")
                                           << QByteArray("100 \x80") << QStringLiteral("100 €") << QString();
        QTest::newRow("quoted-printable") << QByteArray("Content-Type: text/plain; charset=utf-8\n"
                                                        "Content-Transfer-Encoding: quoted-printable")
                                          << QByteArray("Gr=C3=BC=C3=9Fe=\n aus K=C3=B8benhavn")
                                          << QStringLiteral("Grüße aus København") << QString();
        QTest::newRow("base64") << QByteArray("Content-Type: text/plain; charset=utf-8\n"
                                              "Content-Transfer-Encoding: base64")
                                << QByteArray("R3LDvMOfZQ==") << QStringLiteral("Grüße") << QString();
        QTest::newRow("no charset, utf-8 bytes") << QByteArray("Content-Type: text/plain")
                                                 << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                                               "e")
                                                 << QStringLiteral("Grüße") << QString();
        QTest::newRow("no content type at all")
            << QByteArray() << QByteArray("plain") << QStringLiteral("plain") << QString();
        QTest::newRow("utf-8 label, latin-1 bytes")
            << QByteArray("Content-Type: text/plain; charset=utf-8")
            << QByteArray("Gr\xfc\xdf"
                          "e")
            << QStringLiteral("Grüße") << QStringLiteral("mislabelled-charset");
        QTest::newRow("us-ascii label, latin-1 bytes")
            << QByteArray("Content-Type: text/plain; charset=us-ascii")
            << QByteArray("Gr\xfc\xdf"
                          "e")
            << QStringLiteral("Grüße") << QStringLiteral("mislabelled-charset");
        QTest::newRow("unknown charset, utf-8 bytes")
            << QByteArray("Content-Type: text/plain; charset=x-klingon")
            << QByteArray("Gr\xc3\xbc\xc3\x9f"
                          "e")
            << QStringLiteral("Grüße") << QStringLiteral("unknown-charset");
        QTest::newRow("unknown charset, latin-1 bytes")
            << QByteArray("Content-Type: text/plain; charset=x-does-not-exist")
            << QByteArray("Gr\xfc\xdf"
                          "e")
            << QStringLiteral("Grüße") << QStringLiteral("unknown-charset");
    }

    void decodesCharsets()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QFETCH(QString, issue);
        const ParsedEmail email =
            parsed(message("From: a@example.com\nMessage-ID: <c@example.com>\n" + headers, body));
        QCOMPARE(email.plainText.trimmed(), text);
        if (issue.isEmpty()) {
            QVERIFY(email.issues.isEmpty());
        } else {
            QCOMPARE(email.issues.size(), 1);
            QCOMPARE(emailIssueKey(email.issues.constFirst()), issue);
            QVERIFY(!emailIssueMessage(email.issues.constFirst()).isEmpty());
        }
    }

    void readsAlternativesAndAttachments()
    {
        const ParsedEmail email =
            parsed(message("From: Anna <anna@example.com>\nMessage-ID: <m@example.com>\nMIME-Version: 1.0\n"
                           "Content-Type: multipart/mixed; boundary=outer",
                           "--outer\n"
                           "Content-Type: multipart/alternative; boundary=inner\n\n"
                           "--inner\nContent-Type: text/plain; charset=utf-8\n\nPlain text\n"
                           "--inner\nContent-Type: text/html; charset=utf-8\n\n<p>HTML <b>text</b></p>\n"
                           "--inner--\n"
                           "--outer\n"
                           "Content-Type: application/pdf; name=\"=?UTF-8?Q?Rechnung_M=C3=A4rz.pdf?=\"\n"
                           "Content-Disposition: attachment; filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf\n"
                           "Content-Transfer-Encoding: base64\n\n"
                           "JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwv\n"
                           "--outer\n"
                           "Content-Type: image/png\nContent-ID: <logo@example.com>\n"
                           "Content-Disposition: inline\nContent-Transfer-Encoding: base64\n\n"
                           "iVBORw0KGgo=\n"
                           "--outer--\n"));
        QCOMPARE(email.plainText.trimmed(), QStringLiteral("Plain text"));
        QCOMPARE(email.html.trimmed(), QStringLiteral("<p>HTML <b>text</b></p>"));
        QCOMPARE(email.attachments.size(), 2);
        const EmailAttachment &pdf = email.attachments.at(0);
        QCOMPARE(pdf.partReference, QStringLiteral("2"));
        QCOMPARE(pdf.fileName, QStringLiteral("Rechnung März.pdf"));
        QCOMPARE(pdf.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(pdf.sizeBytes, 30);
        const EmailAttachment &logo = email.attachments.at(1);
        QCOMPARE(logo.partReference, QStringLiteral("3"));
        QCOMPARE(logo.fileName, QStringLiteral("part-3"));
        QCOMPARE(logo.contentId, QStringLiteral("logo@example.com"));
        QCOMPARE(logo.sizeBytes, 8);
    }

    void listsNestedPartsByTheirImapSection()
    {
        const ParsedEmail email = parsed(message(
            "From: a@example.com\nMessage-ID: <n@example.com>\nContent-Type: multipart/mixed; boundary=a",
            "--a\nContent-Type: text/plain\n\nbody\n"
            "--a\nContent-Type: multipart/mixed; boundary=b\n\n"
            "--b\nContent-Type: application/zip; name=inner.zip\n\nPK\n"
            "--b\nContent-Type: message/rfc822\n\nFrom: x@example.com\nSubject: forwarded\n\nold text\n"
            "--b--\n--a--\n"));
        QCOMPARE(email.attachments.size(), 2);
        QCOMPARE(email.attachments.at(0).partReference, QStringLiteral("2.1"));
        QCOMPARE(email.attachments.at(0).fileName, QStringLiteral("inner.zip"));
        QCOMPARE(email.attachments.at(1).partReference, QStringLiteral("2.2"));
        QCOMPARE(email.attachments.at(1).mimeType, QStringLiteral("message/rfc822"));
        QCOMPARE(email.attachments.at(1).fileName, QStringLiteral("part-2.2.eml"));
        // The attached message is listed, not opened: its text is not the body.
        QCOMPARE(email.plainText.trimmed(), QStringLiteral("body"));
    }

    void identities_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("outgoing");

        QTest::newRow("from") << QByteArray("From: \"Anna Schmidt\" <Anna.Schmidt@Example.com>")
                              << QStringLiteral("anna.schmidt@example.com") << QStringLiteral("Anna Schmidt")
                              << false;
        QTest::newRow("reply-to wins over a no-reply from")
            << QByteArray("From: Web Shop <noreply@shop.example>\nReply-To: Bo <BO@example.dk>")
            << QStringLiteral("bo@example.dk") << QStringLiteral("Bo") << false;
        QTest::newRow("reply-to without a name keeps the from name")
            << QByteArray("From: Carla <form@shop.example>\nReply-To: carla@example.org")
            << QStringLiteral("carla@example.org") << QStringLiteral("Carla") << false;
        QTest::newRow("invalid reply-to falls back to from")
            << QByteArray("From: dan@example.com\nReply-To: not an address")
            << QStringLiteral("dan@example.com") << QString() << false;
        QTest::newRow("idn domain in ascii form")
            << QByteArray("From: ERIK@XN--BCHER-KVA.Example") << QStringLiteral("erik@xn--bcher-kva.example")
            << QString() << false;
        QTest::newRow("outgoing: the customer is the recipient")
            << QByteArray(
                   "From: Support <Support@Example.test>\nTo: support@example.test, Fay <fay@example.com>")
            << QStringLiteral("fay@example.com") << QStringLiteral("Fay") << true;
    }

    void identities()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QString, customer);
        QFETCH(QString, name);
        QFETCH(bool, outgoing);
        const ParsedEmail email = parsed(message("Message-ID: <i@example.com>\n" + headers, "text"));
        const EmailMappingContext context{QStringLiteral("support@example.test"), QStringLiteral("INBOX"), 0};
        QCOMPARE(customerAddressOf(email, context), customer);
        const auto records = mapEmailRecords(email, QStringLiteral("conversation"), context);
        QVERIFY(records);
        QCOMPARE(records->customer.remoteId, customer);
        QCOMPARE(records->customer.name, name);
        QCOMPARE(records->customer.identities.size(), 1);
        QCOMPARE(records->customer.identities.constFirst().value, customer);
        QCOMPARE(records->message.kind, outgoing ? MessageKind::Outgoing : MessageKind::Incoming);
        QCOMPARE(records->conversation.customerRemoteId, customer);
    }

    void aMessageWithoutSenderIsNoRecord()
    {
        const ParsedEmail email = parsed(message("From: undisclosed\nMessage-ID: <s@example.com>", "text"));
        QVERIFY(email.hasIssue(EmailIssue::NoSender));
        QVERIFY(!mapEmailRecords(email, QStringLiteral("c"), {}));
    }

    void mapsRecords()
    {
        const ParsedEmail email =
            parsed(message("From: Anna <anna@example.com>\nMessage-ID: <r@example.com>\nSubject: Order 42\n"
                           "Content-Type: multipart/mixed; boundary=x",
                           "--x\nContent-Type: text/html\n\n<p>Hi</p>\n"
                           "--x\nContent-Type: text/csv; name=items.csv\n\na,b\n--x--\n"));
        const EmailMappingContext context{QStringLiteral("support@example.test"), QStringLiteral("INBOX"),
                                          1'700'000'000'000};
        const auto records = mapEmailRecords(email, QStringLiteral("r@example.com"), context);
        QVERIFY(records);
        QCOMPARE(records->message.remoteId, QStringLiteral("r@example.com"));
        QCOMPARE(records->message.bodyFormat, BodyFormat::Html);
        QCOMPARE(records->message.body.trimmed(), QStringLiteral("<p>Hi</p>"));
        QCOMPARE(records->message.channel, Channel::Email);
        // No Date header: the server's arrival time.
        QCOMPARE(records->message.createdAt, 1'700'000'000'000);
        QCOMPARE(records->conversation.subject, QStringLiteral("Order 42"));
        QCOMPARE(records->conversation.inboxRemoteId, QStringLiteral("INBOX"));
        QCOMPARE(records->conversation.channel, Channel::Email);
        QCOMPARE(records->message.attachments.size(), 1);
        const AttachmentRecord &attachment = records->message.attachments.constFirst();
        QCOMPARE(attachment.remoteId, QStringLiteral("r@example.com#2"));
        QCOMPARE(attachment.fileName, QStringLiteral("items.csv"));
        QCOMPARE(attachment.mimeType, QStringLiteral("text/csv"));
        QCOMPARE(attachment.sizeBytes, 3); // the line break before the boundary belongs to the boundary
        QVERIFY(attachment.remoteUrl.isEmpty());
    }

    void replySubjects_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("isReply");
        QTest::newRow("plain") << QStringLiteral("Order 42") << QStringLiteral("order 42") << false;
        QTest::newRow("re") << QStringLiteral("Re: Order 42") << QStringLiteral("order 42") << true;
        QTest::newRow("stacked") << QStringLiteral("RE: AW: Fwd:  Order   42") << QStringLiteral("order 42")
                                 << true;
        QTest::newRow("counter") << QStringLiteral("Re[2]: Order 42") << QStringLiteral("order 42") << true;
        QTest::newRow("danish") << QStringLiteral("SV: VS: Ordre") << QStringLiteral("ordre") << true;
        QTest::newRow("word that starts like a prefix")
            << QStringLiteral("Reply needed") << QStringLiteral("reply needed") << false;
        QTest::newRow("only a prefix") << QStringLiteral("Re:") << QString() << true;
    }

    void replySubjects()
    {
        QFETCH(QString, subject);
        QFETCH(QString, key);
        QFETCH(bool, isReply);
        const ReplySubject result = replySubject(subject);
        QCOMPARE(result.key, key);
        QCOMPARE(result.isReply, isReply);
    }

    void threadsByMessageIds()
    {
        EmailThreader threader;
        const QString anna = QStringLiteral("anna@example.com");
        const QString root =
            threader.assign(threadMessage(QStringLiteral("1@x"), QStringLiteral("Order")), anna, 0);
        QCOMPARE(root, QStringLiteral("1@x"));
        // A reply naming its parent; one naming only the thread's References; one naming a grandparent.
        QCOMPARE(threader.assign(
                     threadMessage(QStringLiteral("2@x"), QStringLiteral("Re: Order"), QStringLiteral("1@x")),
                     anna, kDay),
                 root);
        QCOMPARE(threader.assign(threadMessage(QStringLiteral("3@x"), QStringLiteral("something else"), {},
                                               {QStringLiteral("1@x"), QStringLiteral("2@x")}),
                                 QStringLiteral("other@example.com"), 2 * kDay),
                 root);
        // The same message again: the same conversation, not a new one.
        QCOMPARE(threader.assign(threadMessage(QStringLiteral("1@x"), QStringLiteral("Order")), anna, 0),
                 root);
        // A message referring to nothing known starts its own conversation.
        QCOMPARE(threader.assign(
                     threadMessage(QStringLiteral("9@x"), QStringLiteral("Order"), QStringLiteral("?@x")),
                     QStringLiteral("bo@example.com"), 0),
                 QStringLiteral("9@x"));
    }

    void threadsMessagesArrivingOutOfOrder()
    {
        EmailThreader threader;
        const QString anna = QStringLiteral("anna@example.com");
        const QString child = threader.assign(
            threadMessage(QStringLiteral("child@x"), QStringLiteral("Re: Q"), QStringLiteral("parent@x"),
                          {QStringLiteral("root@x"), QStringLiteral("parent@x")}),
            anna, 2 * kDay);
        QCOMPARE(threader.assign(threadMessage(QStringLiteral("parent@x"), QStringLiteral("Re: Q"),
                                               QStringLiteral("root@x")),
                                 anna, kDay),
                 child);
        QCOMPARE(threader.assign(threadMessage(QStringLiteral("root@x"), QStringLiteral("Q")), anna, 0),
                 child);
    }

    void threadsBySubjectOnlyWithCare_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<bool>("joined");
        QTest::newRow("reply, same customer")
            << QStringLiteral("Re: order") << QStringLiteral("anna@example.com") << kDay << true;
        QTest::newRow("reply, other sender")
            << QStringLiteral("Re: order") << QStringLiteral("bo@example.com") << kDay << false;
        QTest::newRow("not a reply") << QStringLiteral("order") << QStringLiteral("anna@example.com") << kDay
                                     << false;
        QTest::newRow("reply, months later")
            << QStringLiteral("Re: order") << QStringLiteral("anna@example.com") << 60 * kDay << false;
        QTest::newRow("reply, other subject")
            << QStringLiteral("Re: invoice") << QStringLiteral("anna@example.com") << kDay << false;
    }

    void threadsBySubjectOnlyWithCare()
    {
        QFETCH(QString, subject);
        QFETCH(QString, sender);
        QFETCH(qint64, after);
        QFETCH(bool, joined);
        EmailThreader threader;
        const QString first =
            threader.assign(threadMessage(QStringLiteral("first@x"), QStringLiteral("Order")),
                            QStringLiteral("anna@example.com"), 0);
        const QString second =
            threader.assign(threadMessage(QStringLiteral("second@x"), subject), sender, after);
        QCOMPARE(second == first, joined);
        if (!joined)
            QCOMPARE(second, QStringLiteral("second@x"));
    }

    // Hostile and broken messages, each read into a clear record or refused with its reason.
    void hostileMessages_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("refusal"); // empty: read

        QTest::newRow("empty") << QByteArray() << QStringLiteral("email-empty");
        QTest::newRow("only whitespace") << QByteArray("\r\n \r\n") << QStringLiteral("email-empty");
        QTest::newRow("larger than the bound")
            << QByteArray(limits::emailMessageBytes + 1, 'a') << QStringLiteral("email-too-large");
        QTest::newRow("huge header") << message("From: a@example.com\nX-Junk: " +
                                                    QByteArray(limits::emailHeaderBytes, 'x'),
                                                "body")
                                     << QStringLiteral("email-header-too-large");
        QTest::newRow("huge header in a part")
            << message("From: a@example.com\nContent-Type: multipart/mixed; boundary=z",
                       "--z\nContent-Type: text/plain\nX-Junk: " + QByteArray(limits::emailHeaderBytes, 'x') +
                           "\n\nbody\n--z--\n")
            << QStringLiteral("email-header-too-large");
        QTest::newRow("nested as deep as allowed") << nestedMultiparts(limits::emailMimeDepth) << QString();
        QTest::newRow("nested too deeply")
            << nestedMultiparts(limits::emailMimeDepth + 1) << QStringLiteral("email-nested-too-deeply");
        QTest::newRow("nested ten thousand deep")
            << nestedMultiparts(10'000) << QStringLiteral("email-too-many-parts");
        QByteArray manyParts = "From: a@example.com\nContent-Type: multipart/mixed; boundary=p\n\n";
        for (int part = 0; part < limits::emailMimeParts + 1; ++part)
            manyParts += "--p\nContent-Type: text/plain\n\n" + QByteArray::number(part) + "\n";
        manyParts += "--p--\n";
        QTest::newRow("too many parts") << manyParts << QStringLiteral("email-too-many-parts");
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe\x01\x02 :\n\n\x00", 9) << QString();
        QTest::newRow("NUL in a header name")
            << QByteArrayLiteral(
                   "From: a@example.com\nContent-Type\0: multipart/mixed; boundary=a\n\nhello\n")
            << QString();
        QTest::newRow("header without body") << QByteArray("From: a@example.com\nSubject: x") << QString();
        QTest::newRow("multipart without boundary")
            << message("From: a@example.com\nContent-Type: multipart/mixed", "--x\n\ntext\n--x--")
            << QString();
        QTest::newRow("multipart never closed")
            << message("From: a@example.com\nContent-Type: multipart/mixed; boundary=q",
                       "--q\nContent-Type: text/plain\n\nopen end")
            << QString();
        QTest::newRow("broken base64")
            << message("From: a@example.com\nContent-Type: text/plain\nContent-Transfer-Encoding: base64",
                       "!!!not base64***")
            << QString();
        QTest::newRow("broken encoded word")
            << message("From: a@example.com\nSubject: =?UTF-8?B?////?= =?nonsense?Q?x?=", "x") << QString();
    }

    void hostileMessages()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, refusal);
        const EmailParseResult result = parseEmail(raw);
        if (refusal.isEmpty()) {
            QVERIFY2(result.email, result.refusal ? qPrintable(emailRefusalKey(*result.refusal)) : "");
            QVERIFY(!result.refusal);
            QVERIFY(!result.email->messageId.isEmpty());
        } else {
            QVERIFY(!result.email);
            QVERIFY(result.refusal);
            QCOMPARE(emailRefusalKey(*result.refusal), refusal);
            QVERIFY(!emailRefusalMessage(*result.refusal).isEmpty());
        }
    }

    void aHugeSubjectIsCut()
    {
        const ParsedEmail email =
            parsed(message("From: a@example.com\nSubject: " + QByteArray(100'000, 's') + "\x01\x07", "x"));
        QCOMPARE(email.subject.size(), limits::emailSubjectChars);
    }

    void aZipBombIsListedNeverOpened()
    {
        // A few hundred bytes that claim ten gigabytes: the size listed is the part's own, the claim is kept
        // apart and trusted for nothing; nothing is decompressed.
        const QByteArray zip = QByteArray("PK\x03\x04", 4) + QByteArray(300, '\0');
        const ParsedEmail email = parsed(message(
            "From: a@example.com\nMessage-ID: <bomb@example.com>\nContent-Type: multipart/mixed; boundary=z",
            "--z\nContent-Type: text/plain\n\nsee attached\n"
            "--z\nContent-Type: application/zip\n"
            "Content-Disposition: attachment; filename=\"../../../home/agent/.bashrc\"; size=10737418240\n"
            "Content-Transfer-Encoding: base64\n\n" +
                zip.toBase64() + "\n--z--\n"));
        QCOMPARE(email.attachments.size(), 1);
        const EmailAttachment &bomb = email.attachments.constFirst();
        QCOMPARE(bomb.sizeBytes, zip.size());
        QCOMPARE(bomb.declaredSizeBytes, std::optional<qint64>(10'737'418'240));
        QCOMPARE(bomb.fileName, QStringLiteral("bashrc"));
        QVERIFY(!email.hasIssue(EmailIssue::OversizedAttachment));
        QCOMPARE(email.plainText.trimmed(), QStringLiteral("see attached"));
    }

    void aMissingMessageIdGetsAStableSyntheticOne()
    {
        const QByteArray lf = message("From: a@example.com\nSubject: no id\nMessage-ID: <>", "text\n");
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        const ParsedEmail first = parsed(lf);
        const ParsedEmail again = parsed(crlf);
        QVERIFY(first.hasIssue(EmailIssue::SyntheticMessageId));
        QVERIFY(first.messageId.endsWith(QLatin1String("@synthetic.kontor.invalid")));
        QCOMPARE(again.messageId, first.messageId);
        const ParsedEmail other = parsed(message("From: a@example.com\nSubject: no id", "other text\n"));
        QVERIFY(other.messageId != first.messageId);
    }
};

QTEST_GUILESS_MAIN(TestEmailMimeMapping)
#include "tst_email_mime_mapping.moc"
