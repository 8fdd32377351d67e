// Accounts → Add email account… against the fixture, as an agent fills it in: the test refuses the
// self-signed certificate and shows its fingerprint, "Trust this certificate" accepts exactly that one, the
// test passes, and "Add account" keeps the password in the SecretStore only. Screenshots in the test
// artifacts.
#include "MailFixture.h"
#include "connectors/email/account/CertificateTrust.h"
#include "connectors/email/setup/EmailAccounts.h"
#include "secrets/MemorySecretStore.h"
#include "ui/accounts/EmailAccountDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace kontor;
using kontor::test::MailFixture;

namespace {

void saveScreenshot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(KONTOR_TEST_ARTIFACTS));
    widget.grab().save(QStringLiteral(KONTOR_TEST_ARTIFACTS "/email-account-dialog-") + name +
                       QStringLiteral(".png"));
}

} // namespace

class TestEmailAccountDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<MailFixture> fixture_;

private Q_SLOTS:
    void initTestCase()
    {
        fixture_ = std::make_unique<MailFixture>();
        QVERIFY2(fixture_->start(), qPrintable(fixture_->error()));
    }

    void cleanupTestCase() { fixture_.reset(); }

    void addsAnAccountAfterTrustingItsCertificate()
    {
        MemorySecretStore secrets;
        ui::EmailAccountDialog dialog(secrets);
        dialog.show();
        const auto edit = [&](const char *name, const QString &text) {
            auto *field = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
            QVERIFY(field);
            field->setText(text);
        };
        edit("emailAddress", MailFixture::kSupport);
        edit("emailDisplayName", QStringLiteral("Example Support"));
        edit("emailPassword", MailFixture::kSupportPassword);
        edit("imapHost", QStringLiteral("127.0.0.1"));
        edit("smtpHost", QStringLiteral("127.0.0.1"));
        dialog.findChild<QComboBox *>(QStringLiteral("imapTls"))->setCurrentIndex(1); // STARTTLS
        dialog.findChild<QComboBox *>(QStringLiteral("smtpTls"))->setCurrentIndex(1);
        dialog.findChild<QSpinBox *>(QStringLiteral("imapPort"))->setValue(fixture_->dovecot().imapPort());
        dialog.findChild<QSpinBox *>(QStringLiteral("smtpPort"))->setValue(fixture_->smtp().starttlsPort());
        auto *add = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *trust = dialog.findChild<QPushButton *>(QStringLiteral("trustCertificate"));
        QVERIFY(!add->isEnabled());

        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testEmailConnection")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 20'000);
        const QString fingerprint = email::fingerprintText(fixture_->certificate().certificate());
        QVERIFY2(dialog.statusText().contains(fingerprint), qPrintable(dialog.statusText()));
        QVERIFY(!add->isEnabled());
        saveScreenshot(dialog, QStringLiteral("untrusted"));

        QTest::mouseClick(trust, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), 20'000);
        saveScreenshot(dialog, QStringLiteral("passed"));

        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.account().has_value(), 5'000);
        const email::EmailAccountSettings account = *dialog.account();
        QCOMPARE(account.address, MailFixture::kSupport);
        QCOMPARE(account.imap.port, fixture_->dovecot().imapPort());
        QCOMPARE(account.imap.tls, email::TlsMode::StartTls);
        QCOMPARE(account.watchedFolders, QStringList{QStringLiteral("INBOX")});
        QVERIFY(account.trustedCertificatePem.contains("BEGIN CERTIFICATE"));
        // The password is in the SecretStore, nowhere in what the settings keep.
        QCOMPARE(secrets.contents().value(email::emailSecretKey(MailFixture::kSupport)),
                 MailFixture::kSupportPassword);
    }
};

QTEST_MAIN(TestEmailAccountDialog)
#include "tst_email_account_dialog.moc"
