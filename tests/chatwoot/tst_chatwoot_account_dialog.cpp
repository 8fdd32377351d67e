// The account dialog against the fake Chatwoot, driven by the keyboard: server, email and password, the
// two-factor code, the account choice with its connection test, and the token in the keychain at the end.
// Screenshots of each step go to the test artifacts.
#include "fake/FakeChatwoot.h"
#include "secrets/MemorySecretStore.h"
#include "ui/accounts/ChatwootAccountDialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace kontor;
using kontor::chatwoot::fake::FakeChatwoot;

class TestChatwootAccountDialog : public QObject
{
    Q_OBJECT

    void screenshot(QWidget &widget, const QString &name)
    {
        QDir().mkpath(QStringLiteral(KONTOR_TEST_ARTIFACTS));
        widget.grab().save(QStringLiteral(KONTOR_TEST_ARTIFACTS "/chatwoot-account-dialog-") + name +
                           QStringLiteral(".png"));
    }

    template<typename T>
    T *child(QWidget &dialog, const char *name)
    {
        T *found = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

private Q_SLOTS:
    void addsAnAccountWithTwoFactorAuthentication()
    {
        FakeChatwoot fake(FakeChatwoot::Seed{3, 2, 1, false});
        fake.setMfaEnabled(true);
        QVERIFY(fake.listen());
        MemorySecretStore secrets;
        ui::ChatwootAccountDialog dialog(secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QTest::keyClicks(child<QLineEdit>(dialog, "server"), fake.url());
        QTest::keyClicks(child<QLineEdit>(dialog, "email"), FakeChatwoot::email());
        QTest::keyClicks(child<QLineEdit>(dialog, "password"), FakeChatwoot::password());
        screenshot(dialog, QStringLiteral("1-server"));
        QTest::keyClick(child<QLineEdit>(dialog, "password"), Qt::Key_Return);
        QTRY_COMPARE(dialog.step(), 1);
        QTest::keyClicks(child<QLineEdit>(dialog, "code"), FakeChatwoot::oneTimeCode());
        screenshot(dialog, QStringLiteral("2-code"));
        QTest::keyClick(child<QLineEdit>(dialog, "code"), Qt::Key_Return);
        QTRY_COMPARE(dialog.step(), 2);
        QCOMPARE(child<QListWidget>(dialog, "accounts")->count(), 2);
        child<QPushButton>(dialog, "test")->click();
        QTRY_VERIFY(dialog.statusText().startsWith(QStringLiteral("Connected as Ada Agent")));
        screenshot(dialog, QStringLiteral("3-account"));
        QTest::keyClick(child<QListWidget>(dialog, "accounts"), Qt::Key_Return);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.account());
        QCOMPARE(dialog.account()->accountName, QStringLiteral("Acme Support"));
        QCOMPARE(secrets.contents().value(dialog.account()->secretKey()), FakeChatwoot::token());
        // The password field was emptied once it had been sent.
        QVERIFY(child<QLineEdit>(dialog, "password")->text().isEmpty());
    }

    void showsWhatWentWrong()
    {
        FakeChatwoot fake(FakeChatwoot::Seed{3, 2, 1, false});
        QVERIFY(fake.listen());
        MemorySecretStore secrets;
        ui::ChatwootAccountDialog dialog(secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QRadioButton>(dialog, "useToken")->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(dialog, "server"), fake.url());
        QTest::keyClicks(child<QLineEdit>(dialog, "token"), QStringLiteral("not-the-token"));
        child<QPushButton>(dialog, "next")->click();
        QTRY_COMPARE(dialog.statusText(), QStringLiteral("The access token was not accepted."));
        QCOMPARE(dialog.step(), 0);
        screenshot(dialog, QStringLiteral("error"));
        // Adding an account tests it first: a refused test adds nothing.
        child<QLineEdit>(dialog, "token")->setText(FakeChatwoot::token());
        child<QPushButton>(dialog, "next")->click();
        QTRY_COMPARE(dialog.step(), 2);
        fake.revokeToken();
        child<QPushButton>(dialog, "next")->click();
        QTRY_COMPARE(dialog.statusText(), QStringLiteral("The access token was not accepted."));
        QVERIFY(secrets.contents().isEmpty());
        QVERIFY(dialog.isVisible());
    }
};

QTEST_MAIN(TestChatwootAccountDialog)
#include "tst_chatwoot_account_dialog.moc"
