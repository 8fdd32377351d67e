// The email test fixture (tests/email/fixture) against KDE's own clients: Dovecot 2.4 starts on loopback with
// a certificate made for the run; KIMAP logs in over STARTTLS and implicit TLS only when that certificate is
// trusted, selects INBOX and sees CONDSTORE, QRESYNC and IDLE; KSMTP sends a message that arrives in the
// customer's mailbox with its headers intact; the server restarts under a connected client; a folder's
// UIDVALIDITY changes.
#include "ImapClient.h"
#include "MailFixture.h"

#include <KSMTP/LoginJob>
#include <KSMTP/SendJob>
#include <KSMTP/Session>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace kontor::test;

namespace {

QByteArray sampleMessage(const QByteArray &messageId, const QByteArray &subject)
{
    return "From: Anna <anna@customer.test>\r\nTo: support@example.test\r\nSubject: " + subject +
           "\r\nMessage-ID: <" + messageId + ">\r\nDate: Mon, 07 Dec 2026 10:00:00 +0000\r\n\r\nHello\r\n";
}

} // namespace

class TestEmailFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer clock;
        clock.start();
        fixture_ = std::make_unique<MailFixture>();
        QVERIFY2(fixture_->start(), qPrintable(fixture_->error()));
        qInfo("fixture started in %lld ms", clock.elapsed());
        QVERIFY(fixture_->certificate().sha256Fingerprint().size() == 32);
    }

    void cleanupTestCase() { fixture_.reset(); }

    void init() { trustCertificates({fixture_->certificate().certificate()}); }

    void refusesTheCertificateUnlessTrusted_data()
    {
        QTest::addColumn<bool>("implicitTls");
        QTest::newRow("STARTTLS") << false;
        QTest::newRow("implicit TLS") << true;
    }

    void refusesTheCertificateUnlessTrusted()
    {
        QFETCH(bool, implicitTls);
        trustCertificates({});
        DovecotServer &dovecot = fixture_->dovecot();
        ImapClient client(implicitTls ? dovecot.imapsPort() : dovecot.imapPort(),
                          implicitTls ? KIMAP::LoginJob::SSLorTLS : KIMAP::LoginJob::STARTTLS);
        QVERIFY(!client.login(MailFixture::kSupport, MailFixture::kSupportPassword));
    }

    void logsInAndSelects_data()
    {
        QTest::addColumn<bool>("implicitTls");
        QTest::newRow("STARTTLS") << false;
        QTest::newRow("implicit TLS") << true;
    }

    void logsInAndSelects()
    {
        QFETCH(bool, implicitTls);
        DovecotServer &dovecot = fixture_->dovecot();
        ImapClient client(implicitTls ? dovecot.imapsPort() : dovecot.imapPort(),
                          implicitTls ? KIMAP::LoginJob::SSLorTLS : KIMAP::LoginJob::STARTTLS);
        QVERIFY2(client.login(MailFixture::kSupport, MailFixture::kSupportPassword),
                 qPrintable(client.lastError()));
        const QStringList capabilities = client.capabilities();
        for (const char *needed : {"CONDSTORE", "QRESYNC", "IDLE", "UIDPLUS"})
            QVERIFY2(capabilities.contains(QLatin1String(needed)), needed);
        const auto inbox = client.select(QStringLiteral("INBOX"));
        QVERIFY2(inbox, qPrintable(client.lastError()));
        QVERIFY(inbox->uidValidity > 0);
    }

    void refusesAWrongPassword()
    {
        ImapClient client(fixture_->dovecot().imapPort(), KIMAP::LoginJob::STARTTLS);
        QVERIFY(!client.login(MailFixture::kSupport, QStringLiteral("wrong")));
        QVERIFY(!client.lastError().isEmpty());
    }

    void deliversStraightIntoAMailbox()
    {
        DovecotServer &dovecot = fixture_->dovecot();
        const int before = dovecot.messages(MailFixture::kSupport).size();
        QVERIFY2(dovecot.deliver(MailFixture::kSupport, sampleMessage("direct@customer.test", "Direct")),
                 qPrintable(dovecot.error()));
        QVERIFY(
            dovecot.writeMaildir(MailFixture::kSupport, {sampleMessage("bulk-1@customer.test", "Bulk 1"),
                                                         sampleMessage("bulk-2@customer.test", "Bulk 2")}));
        QCOMPARE(dovecot.messages(MailFixture::kSupport).size(), before + 3);
        ImapClient client(dovecot.imapPort(), KIMAP::LoginJob::STARTTLS);
        QVERIFY(client.login(MailFixture::kSupport, MailFixture::kSupportPassword));
        const auto inbox = client.select(QStringLiteral("INBOX"));
        QVERIFY(inbox);
        QCOMPARE(inbox->messageCount, before + 3);
    }

    void sendsThroughSmtpIntoTheSecondMailbox_data()
    {
        QTest::addColumn<bool>("implicitTls");
        QTest::newRow("STARTTLS") << false;
        QTest::newRow("implicit TLS") << true;
    }

    void sendsThroughSmtpIntoTheSecondMailbox()
    {
        QFETCH(bool, implicitTls);
        SmtpRelay &smtp = fixture_->smtp();
        DovecotServer &dovecot = fixture_->dovecot();
        const int sentBefore = smtp.received().size();
        const int inboxBefore = dovecot.messages(MailFixture::kCustomer).size();
        const QByteArray messageId = implicitTls ? "reply-tls@example.test" : "reply-starttls@example.test";
        const QByteArray message = "From: Support Team <support@example.test>\r\n"
                                   "To: Anna <anna@customer.test>\r\n"
                                   "Subject: =?UTF-8?Q?Re:_Bestellung_=C3=BCber_100_=E2=82=AC?=\r\n"
                                   "Message-ID: <" +
                                   messageId +
                                   ">\r\n"
                                   "In-Reply-To: <order-1@customer.test>\r\n"
                                   "References: <order-1@customer.test>\r\n"
                                   "Date: Mon, 07 Dec 2026 10:05:00 +0000\r\n"
                                   "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                                   "Thank you, Anna.\r\n";

        KSmtp::Session session(QStringLiteral("127.0.0.1"),
                               implicitTls ? smtp.tlsPort() : smtp.starttlsPort());
        session.setUseNetworkProxy(false);
        session.setEncryptionMode(implicitTls ? KSmtp::Session::TLS : KSmtp::Session::STARTTLS);
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), KSmtp::Session::NotAuthenticated, 10'000);
        auto *login = new KSmtp::LoginJob(&session);
        login->setUserName(MailFixture::kSupport);
        login->setPassword(MailFixture::kSupportPassword);
        login->setPreferedAuthMode(KSmtp::LoginJob::Plain);
        QVERIFY2(login->exec(), qPrintable(login->errorString()));
        auto *send = new KSmtp::SendJob(&session);
        send->setFrom(MailFixture::kSupport);
        send->setTo({MailFixture::kCustomer});
        send->setBcc({QStringLiteral("archive@elsewhere.test")});
        send->setData(message);
        QVERIFY2(send->exec(), qPrintable(send->errorString()));
        session.quit();

        // Exactly one message reached the SMTP server, for both envelope recipients.
        const QList<SmtpRelay::Received> sent = smtp.received();
        QCOMPARE(sent.size(), sentBefore + 1);
        QCOMPARE(sent.constLast().recipients,
                 (QStringList{MailFixture::kCustomer, QStringLiteral("archive@elsewhere.test")}));
        // And it arrived once in the customer's mailbox with its headers as they were sent.
        const QList<QByteArray> arrived = dovecot.messages(MailFixture::kCustomer);
        QCOMPARE(arrived.size(), inboxBefore + 1);
        // Found by its Message-ID: Maildir file names do not sort in arrival order within one second.
        QByteArray stored;
        for (const QByteArray &candidate : arrived) {
            if (candidate.contains(QByteArray("<" + messageId + ">")))
                stored = candidate;
        }
        stored.replace("\r\n", "\n");
        for (const QByteArray &header :
             {QByteArray("Message-ID: <" + messageId + ">"),
              QByteArray("In-Reply-To: <order-1@customer.test>"),
              QByteArray("References: <order-1@customer.test>"),
              QByteArray("Subject: =?UTF-8?Q?Re:_Bestellung_=C3=BCber_100_=E2=82=AC?="),
              QByteArray("From: Support Team <support@example.test>")})
            QVERIFY2(stored.contains(header), header.constData());
        QVERIFY(!stored.contains("archive@elsewhere.test"));
    }

    void smtpRefusesAWrongPassword()
    {
        SmtpRelay &smtp = fixture_->smtp();
        KSmtp::Session session(QStringLiteral("127.0.0.1"), smtp.starttlsPort());
        session.setUseNetworkProxy(false);
        session.setEncryptionMode(KSmtp::Session::STARTTLS);
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), KSmtp::Session::NotAuthenticated, 10'000);
        auto *login = new KSmtp::LoginJob(&session);
        login->setUserName(MailFixture::kSupport);
        login->setPassword(QStringLiteral("wrong"));
        login->setPreferedAuthMode(KSmtp::LoginJob::Plain);
        QVERIFY(!login->exec());
        session.quit();
    }

    void restartsUnderAConnectedClient()
    {
        DovecotServer &dovecot = fixture_->dovecot();
        ImapClient client(dovecot.imapPort(), KIMAP::LoginJob::STARTTLS);
        QVERIFY(client.login(MailFixture::kSupport, MailFixture::kSupportPassword));
        const auto before = client.select(QStringLiteral("INBOX"));
        QVERIFY(before);
        QSignalSpy lost(&client.session(), &KIMAP::Session::connectionLost);
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(dovecot.restart(), qPrintable(dovecot.error()));
        qInfo("restarted in %lld ms", clock.restart());
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 10'000);
        qInfo("connection lost seen in %lld ms", clock.elapsed());
        // The same server again: same ports, same messages, same UIDVALIDITY.
        ImapClient again(dovecot.imapPort(), KIMAP::LoginJob::STARTTLS);
        QVERIFY2(again.login(MailFixture::kSupport, MailFixture::kSupportPassword),
                 qPrintable(again.lastError()));
        const auto after = again.select(QStringLiteral("INBOX"));
        QVERIFY(after);
        QCOMPARE(after->messageCount, before->messageCount);
        QCOMPARE(after->uidValidity, before->uidValidity);
    }

    void changesUidValidity()
    {
        DovecotServer &dovecot = fixture_->dovecot();
        QVERIFY(dovecot.createFolder(MailFixture::kSupport, QStringLiteral("Orders")));
        QVERIFY(dovecot.deliver(MailFixture::kSupport, sampleMessage("o-1@customer.test", "Order"),
                                QStringLiteral("Orders")));
        ImapClient client(dovecot.imapPort(), KIMAP::LoginJob::STARTTLS);
        QVERIFY(client.login(MailFixture::kSupport, MailFixture::kSupportPassword));
        const auto before = client.select(QStringLiteral("Orders"));
        QVERIFY(before);
        QCOMPARE(before->messageCount, 1);
        const auto known = dovecot.uidValidity(MailFixture::kSupport, QStringLiteral("Orders"));
        QVERIFY2(known, qPrintable(dovecot.error()));
        QCOMPARE(qint64(*known), before->uidValidity);

        const quint32 changed = *known + 1000;
        QVERIFY2(dovecot.setUidValidity(MailFixture::kSupport, changed, QStringLiteral("Orders")),
                 qPrintable(dovecot.error()));
        ImapClient again(dovecot.imapPort(), KIMAP::LoginJob::STARTTLS);
        QVERIFY(again.login(MailFixture::kSupport, MailFixture::kSupportPassword));
        const auto after = again.select(QStringLiteral("Orders"));
        QVERIFY(after);
        QCOMPARE(after->uidValidity, qint64(changed));
        QCOMPARE(after->messageCount, 1);
    }

private:
    std::unique_ptr<MailFixture> fixture_;
};

QTEST_GUILESS_MAIN(TestEmailFixture)
#include "tst_email_fixture.moc"
