// The email account's connection test against the fixture: a certificate that does not verify is refused and
// shown with its fingerprint, then trusted by exactly that certificate; a wrong host, a wrong port, TLS where
// the server has STARTTLS, and wrong passwords for IMAP and SMTP each say what is wrong; the right settings
// pass.
#include "EmailTestRig.h"
#include "FreePorts.h"
#include "connectors/email/account/CertificateTrust.h"
#include "connectors/email/account/EmailConnectionCheck.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using namespace kontor::email;
using namespace kontor::email::test;
using kontor::test::MailFixture;

Q_DECLARE_METATYPE(kontor::email::ConnectionProblem)
Q_DECLARE_METATYPE(kontor::email::EmailCheckResult::Server)

namespace {

EmailCheckResult check(const EmailAccountSettings &settings, const QString &password)
{
    EmailConnectionCheck check(settings, password);
    QSignalSpy finished(&check, &EmailConnectionCheck::finished);
    check.start();
    if (finished.isEmpty() && !finished.wait(40'000)) {
        EmailCheckResult silent;
        silent.problem = ConnectionProblem::ServerRefusal;
        silent.message = QStringLiteral("no answer");
        return silent;
    }
    return finished.at(0).at(0).value<EmailCheckResult>();
}

} // namespace

class TestEmailSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<MailFixture> fixture_;
    std::unique_ptr<EmailTestRig> rig_;
    QByteArray trustedPem_;

    EmailAccountSettings untrustedSettings() const
    {
        EmailAccountSettings settings = rig_->settings();
        settings.trustedCertificatePem.clear();
        return settings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        fixture_ = std::make_unique<MailFixture>();
        QVERIFY2(fixture_->start(), qPrintable(fixture_->error()));
        rig_ = std::make_unique<EmailTestRig>(*fixture_);
    }

    void cleanupTestCase()
    {
        rig_.reset();
        fixture_.reset();
    }

    // First: trust, once given, holds for the rest of the process.
    void untrustedCertificateIsRefusedThenTrustedByFingerprint()
    {
        const EmailAccountSettings settings = untrustedSettings();
        const EmailCheckResult refused = check(settings, MailFixture::kSupportPassword);
        QCOMPARE(refused.problem, ConnectionProblem::Tls);
        QCOMPARE(refused.server, EmailCheckResult::Server::Imap);
        // The certificate shown is the server's, with the fingerprint the agent compares.
        QCOMPARE(refused.certificate.digest(QCryptographicHash::Sha256),
                 fixture_->certificate().sha256Fingerprint());
        QVERIFY(refused.message.contains(fingerprintText(refused.certificate)));

        // The agent trusts exactly that certificate: kept in the settings, and the test passes.
        EmailAccountSettings trusted = settings;
        trusted.trustedCertificatePem = refused.certificate.toPem();
        const EmailCheckResult accepted = check(trusted, MailFixture::kSupportPassword);
        QVERIFY2(accepted.ok(), qPrintable(accepted.message));
        trustedPem_ = trusted.trustedCertificatePem;
    }

    void saysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("imapHost");
        QTest::addColumn<int>("imapPort");
        QTest::addColumn<bool>("imapImplicitTls");
        QTest::addColumn<int>("smtpPort");
        QTest::addColumn<QString>("password");
        QTest::addColumn<ConnectionProblem>("problem");
        QTest::addColumn<EmailCheckResult::Server>("server");

        const int imap = fixture_->dovecot().imapPort();
        const int smtp = fixture_->smtp().starttlsPort();
        const int closed = kontor::test::freeLoopbackPorts(1).value(0);
        const QString host = QStringLiteral("127.0.0.1");
        const QString password = MailFixture::kSupportPassword;
        using Server = EmailCheckResult::Server;
        QTest::newRow("wrong host") << QStringLiteral("no-such-host.invalid") << imap << false << smtp
                                    << password << ConnectionProblem::UnknownHost << Server::Imap;
        QTest::newRow("wrong IMAP port")
            << host << closed << false << smtp << password << ConnectionProblem::Unreachable << Server::Imap;
        QTest::newRow("TLS on the STARTTLS port")
            << host << imap << true << smtp << password << ConnectionProblem::Tls << Server::Imap;
        QTest::newRow("wrong SMTP port")
            << host << imap << false << closed << password << ConnectionProblem::Unreachable << Server::Smtp;
        QTest::newRow("wrong password") << host << imap << false << smtp << QStringLiteral("wrong")
                                        << ConnectionProblem::Credentials << Server::Imap;
        QTest::newRow("everything right")
            << host << imap << false << smtp << password << ConnectionProblem::None << Server::Imap;
    }

    void saysWhatIsWrong()
    {
        QFETCH(QString, imapHost);
        QFETCH(int, imapPort);
        QFETCH(bool, imapImplicitTls);
        QFETCH(int, smtpPort);
        QFETCH(QString, password);
        QFETCH(ConnectionProblem, problem);
        QFETCH(EmailCheckResult::Server, server);
        QVERIFY(!trustedPem_.isEmpty());

        EmailAccountSettings settings = rig_->settings();
        settings.trustedCertificatePem = trustedPem_;
        settings.imap = {imapHost, quint16(imapPort),
                         imapImplicitTls ? TlsMode::Implicit : TlsMode::StartTls};
        settings.smtp.port = quint16(smtpPort);
        const EmailCheckResult result = check(settings, password);
        QCOMPARE(result.problem, problem);
        if (problem != ConnectionProblem::None) {
            QCOMPARE(result.server, server);
            QVERIFY(!result.message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestEmailSetup)
#include "tst_email_setup.moc"
