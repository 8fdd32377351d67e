// Adding a Chatwoot account from the main window, end to end against the fake Chatwoot: the Accounts menu
// opens the dialog, the agent signs in by keyboard, and the account is kept (settings without the token, the
// token in the keychain only), its connector runs in the sync engine beside the others and its conversations
// arrive in the store. Every failed attempt keeps nothing.
#include "ChatwootWorkspaceRig.h"

#include "connectors/chatwoot/ChatwootConnector.h"
#include "ui/accounts/ChatwootAccountDialog.h"
#include "ui/accounts/SignInAgainButton.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace kontor;
using namespace kontor::chatwoot;
using kontor::chatwoot::fake::FakeChatwoot;
using kontor::chatwoot::test::ChatwootWorkspaceRig;

class TestChatwootAddAccount : public QObject
{
    Q_OBJECT

    template<typename T>
    static T *child(QWidget &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    static ui::ChatwootAccountDialog *openDialogFromMenu(ChatwootWorkspaceRig &rig)
    {
        rig.entry().addChatwoot->trigger();
        auto *dialog =
            rig.window().findChild<ui::ChatwootAccountDialog *>(QStringLiteral("chatwootAccountDialog"));
        // Keys go to the active window: the workspace's own shortcuts (Enter opens a conversation) must not
        // take them.
        if (dialog && !QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }))
            qWarning("the account dialog did not become active");
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { ChatwootWorkspaceRig::useTestSettings("tst_chatwoot_add_account"); }
    void init() { QSettings().clear(); }

    void theAccountsMenuSitsBeforeHelp()
    {
        ChatwootWorkspaceRig rig;
        const QList<QAction *> menus = rig.window().menuBar()->actions();
        qsizetype accounts = -1, help = -1;
        for (qsizetype i = 0; i < menus.size(); ++i) {
            if (menus[i]->menu() && menus[i]->menu()->objectName() == QLatin1StringView("accountsMenu"))
                accounts = i;
            if (menus[i]->menu() && menus[i]->menu()->objectName() == QLatin1StringView("helpMenu"))
                help = i;
        }
        QVERIFY(accounts >= 0);
        QCOMPARE(help, accounts + 1);
        QCOMPARE(rig.entry().manage->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        // Nothing waits for a new sign-in, so neither the menu entry nor the status bar offers one.
        QVERIFY(!rig.entry().signInAgain->isEnabled());
        QVERIFY(rig.entry().statusButton->isHidden());
    }

    void addsAnAccountAndItsConversationsArrive()
    {
        ChatwootWorkspaceRig rig;
        rig.window().show();
        QTRY_COMPARE(QApplication::activeWindow(), &rig.window());
        const qsizetype connectorsBefore = rig.engine().connectors().size();

        QPointer<ui::ChatwootAccountDialog> dialog = openDialogFromMenu(rig);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(*dialog, "server"), rig.fake().url());
        QTest::keyClicks(child<QLineEdit>(*dialog, "email"), FakeChatwoot::email());
        QTest::keyClicks(child<QLineEdit>(*dialog, "password"), FakeChatwoot::password());
        QTest::keyClick(child<QLineEdit>(*dialog, "password"), Qt::Key_Return);
        QTRY_VERIFY2(dialog->step() == 2, qPrintable(dialog->statusText()));
        QCOMPARE(child<QListWidget>(*dialog, "accounts")->currentItem()->text(),
                 QStringLiteral("Acme Support — administrator"));
        // Enter on the account: tested, the token saved in the keychain, and the dialog closes itself.
        QTest::keyClick(child<QListWidget>(*dialog, "accounts"), Qt::Key_Return);
        QTRY_VERIFY(!dialog);

        // Kept: the account in the settings, the token in the keychain and nowhere else.
        const QList<ChatwootAccount> kept = rig.accounts().accounts();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first(), rig.fakeAccount());
        QCOMPARE(rig.secrets().contents(),
                 (QHash<QString, QString>{{kept.first().secretKey(), FakeChatwoot::token()}}));
        QVERIFY(!rig.settingsContain(FakeChatwoot::token()));
        QVERIFY(rig.settingsContain(QStringLiteral("Acme Support")));

        // Started at once, beside the connectors already running.
        QCOMPARE(rig.engine().connectors().size(), connectorsBefore + 1);
        ChatwootConnector *connector = rig.accounts().connector(kept.first());
        QVERIFY(connector);
        QTRY_COMPARE_WITH_TIMEOUT(rig.accounts().state(kept.first()).phase, ConnectorState::Phase::Online,
                                  20000);
        rig.settle();
        QCOMPARE(rig.chatwootConversations(), qint64(rig.fake().conversationIds().size()));
        QVERIFY(rig.chatwootConversations() >= 12);
        QVERIFY(!rig.storeFilesContain(FakeChatwoot::token()));
        // The status line names the new account.
        QTRY_VERIFY(rig.window()
                        .statusBar()
                        ->findChild<QLabel *>(QStringLiteral("connectorStatus"))
                        ->text()
                        .contains(QStringLiteral("Acme Support: online")));

        // A customer writes: the running connector brings it in live.
        const qint64 conversation = rig.fake().conversationIds().first();
        rig.fake().customerWrites(conversation, QStringLiteral("Hello from the customer"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.number("SELECT COUNT(*) FROM messages WHERE body = ?",
                                             QStringLiteral("Hello from the customer")),
                                  qint64(1), 10000);
    }

    void failuresKeepNothing_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        const QString fake = QStringLiteral("FAKE");
        QTest::newRow("wrong password")
            << fake << FakeChatwoot::email() << QStringLiteral("wrong horse") << QString()
            << QStringLiteral("The email address or the password is wrong.");
        QTest::newRow("unknown email")
            << fake << QStringLiteral("eve@example.com") << FakeChatwoot::password() << QString()
            << QStringLiteral("The email address or the password is wrong.");
        QTest::newRow("wrong token") << fake << QString() << QString() << QStringLiteral("not-the-token")
                                     << QStringLiteral("The access token was not accepted.");
        QTest::newRow("not an address")
            << QStringLiteral("ftp://chat.example.com") << FakeChatwoot::email() << FakeChatwoot::password()
            << QString()
            << QStringLiteral(
                   "Enter the address of your Chatwoot server, for example https://chat.example.com.");
        QTest::newRow("http across a network")
            << QStringLiteral("http://chat.example.com") << FakeChatwoot::email() << FakeChatwoot::password()
            << QString() << QStringLiteral("Kontor connects to Chatwoot only over https://");
        QTest::newRow("not Chatwoot")
            << QStringLiteral("NOT-CHATWOOT") << FakeChatwoot::email() << FakeChatwoot::password()
            << QString() << QStringLiteral("No Chatwoot server answers at");
        QTest::newRow("nothing listens") << QStringLiteral("http://127.0.0.1:1") << FakeChatwoot::email()
                                         << FakeChatwoot::password() << QString() << QString();
    }

    void failuresKeepNothing()
    {
        QFETCH(QString, server);
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, token);
        QFETCH(QString, expected);
        ChatwootWorkspaceRig rig;
        rig.window().show();
        QTRY_COMPARE(QApplication::activeWindow(), &rig.window());
        const qsizetype connectorsBefore = rig.engine().connectors().size();
        if (server == QLatin1StringView("NOT-CHATWOOT")) {
            // Some other web server: it knows no sign-in.
            rig.fake().failNext("POST", QStringLiteral(".*"), 404, 5, {}, "<html>Not Found</html>");
            server = rig.fake().url();
        }
        server.replace(QStringLiteral("FAKE"), rig.fake().url());

        QPointer<ui::ChatwootAccountDialog> dialog = openDialogFromMenu(rig);
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(*dialog, "server"), server);
        if (!token.isEmpty()) {
            child<QRadioButton>(*dialog, "useToken")->setChecked(true);
            QTest::keyClicks(child<QLineEdit>(*dialog, "token"), token);
        } else {
            QTest::keyClicks(child<QLineEdit>(*dialog, "email"), email);
            QTest::keyClicks(child<QLineEdit>(*dialog, "password"), password);
        }
        child<QPushButton>(*dialog, "next")->click();
        // The dialog stays on the first step and says what is wrong.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->signIn().isBusy() && !dialog->statusText().isEmpty() &&
                                     !dialog->statusText().endsWith(QStringLiteral("…")),
                                 15000);
        if (!expected.isEmpty())
            QVERIFY2(dialog->statusText().startsWith(expected), qPrintable(dialog->statusText()));
        QCOMPARE(dialog->step(), 0);
        QVERIFY(dialog->isVisible());

        // Nothing kept: no account in the settings, nothing in the keychain, no connector started.
        QVERIFY(rig.accounts().accounts().isEmpty());
        QVERIFY(!QSettings().childGroups().contains(QStringLiteral("chatwoot")));
        QVERIFY(rig.secrets().contents().isEmpty());
        QCOMPARE(rig.engine().connectors().size(), connectorsBefore);
        QCOMPARE(rig.chatwootConversations(), 0);
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QVERIFY(rig.accounts().accounts().isEmpty());
    }

    void withoutAKeychainNothingIsKept()
    {
        ChatwootWorkspaceRig rig;
        const QString noKeychain =
            QStringLiteral("No system keychain is available to keep the sign-in safe.");
        rig.secrets().setFailure(noKeychain);
        rig.window().show();
        QTRY_COMPARE(QApplication::activeWindow(), &rig.window());
        QPointer<ui::ChatwootAccountDialog> dialog = openDialogFromMenu(rig);
        QVERIFY(dialog);
        child<QRadioButton>(*dialog, "useToken")->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(*dialog, "server"), rig.fake().url());
        QTest::keyClicks(child<QLineEdit>(*dialog, "token"), FakeChatwoot::token());
        child<QPushButton>(*dialog, "next")->click();
        QTRY_COMPARE(dialog->step(), 2);
        child<QPushButton>(*dialog, "next")->click();
        QTRY_COMPARE(dialog->statusText(),
                     QStringLiteral("The sign-in could not be kept safe: ") + noKeychain);
        QVERIFY(dialog->isVisible());
        QVERIFY(rig.accounts().accounts().isEmpty());
        QVERIFY(rig.secrets().contents().isEmpty());
        // No other place took the token instead.
        QVERIFY(!rig.settingsContain(FakeChatwoot::token()));
        QVERIFY(!rig.storeFilesContain(FakeChatwoot::token()));
        QCOMPARE(rig.engine().connectors().size(), 0);
    }

    void withoutConnectionsTheAccountIsKeptButNotStarted()
    {
        ChatwootWorkspaceRig rig(ChatwootWorkspaceRig::smallSeed(), false);
        rig.secrets().write(rig.fakeAccount().secretKey(), FakeChatwoot::token(), [](const QString &) {});
        rig.accounts().add(rig.fakeAccount());
        QCOMPARE(rig.accounts().accounts().size(), 1);
        QCOMPARE(rig.engine().connectors().size(), 0);
        QTest::qWait(200);
        QVERIFY(rig.fake().requests().isEmpty());
    }
};

QTEST_MAIN(TestChatwootAddAccount)
#include "tst_chatwoot_add_account.moc"
