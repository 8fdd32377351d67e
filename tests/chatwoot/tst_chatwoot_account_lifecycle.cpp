// A Chatwoot account's life in the running workspace, against the fake Chatwoot: started at start-up from the
// settings, signed in again from the status bar after the server revoked its token (the outbox waits, then
// goes out), removed from the accounts list (connector stopped, token deleted, its conversations kept) and
// added again; and the supervisor's live figures from Chatwoot for administrators only.
#include "ChatwootWorkspaceRig.h"

#include "connectors/chatwoot/ChatwootConnector.h"
#include "connectors/chatwoot/reports/LiveReportFeed.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/accounts/ChatwootAccountDialog.h"
#include "ui/accounts/ChatwootLiveReportPanel.h"
#include "ui/accounts/SignInAgainButton.h"
#include "ui/supervisor/SupervisorEntry.h"
#include "ui/supervisor/SupervisorView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTreeWidget>

using namespace kontor;
using namespace kontor::chatwoot;
using kontor::chatwoot::fake::FakeChatwoot;
using kontor::chatwoot::test::ChatwootWorkspaceRig;

namespace {
template<typename T>
T await(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.result();
}
} // namespace

class TestChatwootAccountLifecycle : public QObject
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

    // What an earlier run of the app left: the account in the settings and its token in the keychain.
    static void configure(ChatwootWorkspaceRig &rig)
    {
        QSettings settings;
        rememberChatwootAccount(settings, rig.fakeAccount());
        rig.secrets().write(rig.fakeAccount().secretKey(), FakeChatwoot::token(), [](const QString &) {});
    }

    static void startOnline(ChatwootWorkspaceRig &rig)
    {
        configure(rig);
        rig.accounts().startConfigured();
        QTRY_COMPARE_WITH_TIMEOUT(rig.accounts().state(rig.fakeAccount()).phase,
                                  ConnectorState::Phase::Online, 20000);
        rig.settle();
    }

    static OutboxState stateOf(ChatwootWorkspaceRig &rig, const QString &uuid)
    {
        const auto entry = rig.store().reader().outbox().entry(uuid);
        return entry ? entry->state : OutboxState(-1);
    }

    static int copiesOf(ChatwootWorkspaceRig &rig, qint64 conversation, const QString &text)
    {
        int copies = 0;
        for (const QJsonValue &m : rig.fake().messagesOf(conversation))
            copies += m.toObject().value(QLatin1StringView("content")).toString() == text;
        return copies;
    }

private Q_SLOTS:
    void initTestCase() { ChatwootWorkspaceRig::useTestSettings("tst_chatwoot_account_lifecycle"); }
    void init() { QSettings().clear(); }

    void configuredAccountsStartAtStartUp()
    {
        ChatwootWorkspaceRig rig;
        configure(rig);
        QCOMPARE(rig.engine().connectors().size(), 0);
        rig.accounts().startConfigured();
        QCOMPARE(rig.engine().connectors().size(), 1);
        QVERIFY(rig.accounts().connector(rig.fakeAccount()));
        QTRY_COMPARE_WITH_TIMEOUT(rig.accounts().state(rig.fakeAccount()).phase,
                                  ConnectorState::Phase::Online, 20000);
        rig.settle();
        QCOMPARE(rig.chatwootConversations(), qint64(rig.fake().conversationIds().size()));
        // Start-up again (an account added from the menu before the deferred start): no second connector.
        rig.accounts().startConfigured();
        QCOMPARE(rig.engine().connectors().size(), 1);
    }

    void withoutConnectionsNothingStarts()
    {
        ChatwootWorkspaceRig rig(ChatwootWorkspaceRig::smallSeed(), false);
        configure(rig);
        rig.accounts().startConfigured();
        QCOMPARE(rig.engine().connectors().size(), 0);
        QCOMPARE(rig.accounts().accounts().size(), 1);
    }

    void aMissingTokenAsksForASignIn()
    {
        ChatwootWorkspaceRig rig;
        QSettings settings;
        rememberChatwootAccount(settings, rig.fakeAccount()); // the keychain lost it
        rig.accounts().startConfigured();
        QTRY_COMPARE(rig.accounts().state(rig.fakeAccount()).phase,
                     ConnectorState::Phase::AuthenticationNeeded);
        QTRY_VERIFY(!rig.entry().statusButton->isHidden());
        QVERIFY(rig.entry().signInAgain->isEnabled());
    }

    void aKeychainThatDoesNotAnswerAtStartUp()
    {
        ChatwootWorkspaceRig rig;
        configure(rig);
        rig.secrets().setFailure(
            QStringLiteral("Failed to reach the secret service over a long chain of words"));
        rig.accounts().startConfigured();
        QTRY_COMPARE(rig.accounts().state(rig.fakeAccount()).phase, ConnectorState::Phase::Error);
        // A short line for the status bar; the server is not asked anything without a token.
        QCOMPARE(rig.accounts().state(rig.fakeAccount()).reason,
                 QStringLiteral("the system keychain did not answer"));
        QTest::qWait(200);
        QVERIFY(rig.fake().requests().isEmpty());
        QVERIFY(rig.entry().statusButton->isHidden());
    }

    void signsInAgainFromTheStatusBarAfterTheTokenWasRevoked()
    {
        ChatwootWorkspaceRig rig;
        rig.window().show();
        QTRY_COMPARE(QApplication::activeWindow(), &rig.window());
        startOnline(rig);
        QVERIFY(rig.entry().statusButton->isHidden());

        // The server revokes the token; the agent's reply meets the 401 and waits in the outbox.
        rig.fake().revokeToken();
        const qint64 remote = rig.fake().conversationIds().first();
        SendMessage reply;
        reply.conversationId =
            rig.number("SELECT id FROM conversations WHERE remote_id = ?", QString::number(remote));
        QVERIFY(reply.conversationId > 0);
        reply.body = QStringLiteral("Sent once signed in again");
        const QString uuid = await(rig.store().apply(reply)).uuid;
        QTRY_COMPARE(rig.accounts().state(rig.fakeAccount()).phase,
                     ConnectorState::Phase::AuthenticationNeeded);
        QTRY_VERIFY(!rig.entry().statusButton->isHidden());
        QCOMPARE(rig.entry().statusButton->text(), QStringLiteral("Sign in to Acme Support again…"));
        QVERIFY(rig.entry().signInAgain->isEnabled());
        QTest::qWait(200);
        QCOMPARE(stateOf(rig, uuid), OutboxState::Queued); // kept, not failed
        QCOMPARE(copiesOf(rig, remote, reply.body), 0);

        // The status bar's button opens the sign-in for that account, its server filled in and fixed.
        QTest::mouseClick(rig.entry().statusButton, Qt::LeftButton);
        QPointer<ui::ChatwootAccountDialog> dialog =
            rig.window().findChild<ui::ChatwootAccountDialog *>(QStringLiteral("chatwootAccountDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isSigningInAgain());
        QTRY_VERIFY(dialog->isVisible());
        QTRY_COMPARE(QApplication::activeWindow(), dialog.data());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Sign in to Acme Support again"));
        QCOMPARE(child<QLineEdit>(*dialog, "server")->text(), rig.fake().url());
        QVERIFY(child<QLineEdit>(*dialog, "server")->isReadOnly());

        rig.fake().restoreToken();
        QTest::keyClicks(child<QLineEdit>(*dialog, "email"), FakeChatwoot::email());
        QTest::keyClicks(child<QLineEdit>(*dialog, "password"), FakeChatwoot::password());
        QTest::keyClick(child<QLineEdit>(*dialog, "password"), Qt::Key_Return);
        // No account to choose: tested, saved, closed.
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog, qPrintable(dialog ? dialog->statusText() : QString()), 10000);

        QTRY_COMPARE_WITH_TIMEOUT(rig.accounts().state(rig.fakeAccount()).phase,
                                  ConnectorState::Phase::Online, 20000);
        QTRY_COMPARE(stateOf(rig, uuid), OutboxState::Confirmed);
        QCOMPARE(copiesOf(rig, remote, reply.body), 1);
        QTRY_VERIFY(rig.entry().statusButton->isHidden());
        QVERIFY(!rig.entry().signInAgain->isEnabled());
        QCOMPARE(rig.accounts().accounts().size(), 1);
        QCOMPARE(rig.engine().connectors().size(), 1);
    }

    void signingInAgainAsSomeoneElseIsRefused()
    {
        ChatwootWorkspaceRig rig;
        ChatwootAccount colleague = rig.fakeAccount();
        colleague.userId = 77;
        colleague.userName = QStringLiteral("Grace Colleague");
        ui::ChatwootAccountDialog dialog(rig.secrets());
        dialog.setSignInAgain(colleague);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(dialog, "email"), FakeChatwoot::email());
        QTest::keyClicks(child<QLineEdit>(dialog, "password"), FakeChatwoot::password());
        QTest::keyClick(child<QLineEdit>(dialog, "password"), Qt::Key_Return);
        QTRY_COMPARE(
            dialog.statusText(),
            QStringLiteral("You signed in as Ada Agent, but this account was added for Grace Colleague. "
                           "Sign in as Grace Colleague."));
        QVERIFY(rig.secrets().contents().isEmpty());
        QVERIFY(dialog.isVisible());
    }

    void removesAnAccountFromTheListAndAddsItAgain()
    {
        ChatwootWorkspaceRig rig;
        rig.window().show();
        QTRY_COMPARE(QApplication::activeWindow(), &rig.window());
        startOnline(rig);
        const qint64 conversations = rig.chatwootConversations();
        QVERIFY(conversations > 0);

        rig.entry().manage->trigger();
        auto *list = rig.window().findChild<ui::AccountsDialog *>(QStringLiteral("accountsDialog"));
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->list()->topLevelItemCount(), 1);
        QCOMPARE(list->list()->topLevelItem(0)->text(0), QStringLiteral("Acme Support"));
        QCOMPARE(list->list()->topLevelItem(0)->text(1), QStringLiteral("Ada Agent"));
        QCOMPARE(list->list()->topLevelItem(0)->text(3), QStringLiteral("online"));

        child<QPushButton>(*list, "removeAccount")->click();
        auto *ask = list->findChild<QMessageBox *>(QStringLiteral("confirmRemoval"));
        QVERIFY(ask);
        QTRY_VERIFY(ask->isVisible());
        QVERIFY(ask->informativeText().contains(QStringLiteral("stay here, readable but no longer updated")));
        // Keeping what it brought (erasing it is privacy_account_removal's).
        child<QCheckBox>(*ask, "eraseAccountData")->setChecked(false);
        child<QPushButton>(*ask, "confirmRemove")->click();

        // Forgotten, its token deleted, its connector gone from the engine.
        QTRY_VERIFY(rig.accounts().accounts().isEmpty());
        QTRY_VERIFY(rig.secrets().contents().isEmpty());
        QVERIFY(!rig.accounts().connector(rig.fakeAccount()));
        QVERIFY(rig.engine().connectors().isEmpty());
        QCOMPARE(rig.accounts().state(rig.fakeAccount()).phase, ConnectorState::Phase::Error);
        QCOMPARE(list->list()->topLevelItemCount(), 0);
        QSettings settings;
        QVERIFY(loadChatwootAccounts(settings).isEmpty());
        // Nothing more is asked of the server; what was synced stays readable.
        rig.fake().clearRequests();
        rig.fake().customerWrites(rig.fake().conversationIds().first(), QStringLiteral("after removal"));
        QTest::qWait(500);
        QVERIFY(rig.fake().requests().isEmpty());
        QCOMPARE(rig.chatwootConversations(), conversations);
        QCOMPARE(rig.number("SELECT COUNT(*) FROM messages WHERE body = ?", QStringLiteral("after removal")),
                 0);

        // Added again in the same session: a new connector in the engine, resuming from where it was.
        rig.secrets().write(rig.fakeAccount().secretKey(), FakeChatwoot::token(), [](const QString &) {});
        rig.accounts().add(rig.fakeAccount());
        QCOMPARE(rig.engine().connectors().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(rig.accounts().state(rig.fakeAccount()).phase,
                                  ConnectorState::Phase::Online, 20000);
        QTRY_COMPARE(
            rig.number("SELECT COUNT(*) FROM messages WHERE body = ?", QStringLiteral("after removal")), 1);
        QTRY_COMPARE(list->list()->topLevelItemCount(), 1);
        // The gap was filled from the saved cursor, not by a second first sync.
        QVERIFY(rig.fake().requestsTo("GET", QStringLiteral(".*/conversations/[0-9]+/messages")).size() <
                rig.fake().conversationIds().size());
        QCOMPARE(rig.chatwootConversations(), conversations);
    }

    void liveFiguresForAdministrators()
    {
        ChatwootWorkspaceRig rig;
        startOnline(rig);
        // Opened from the Supervisor menu, as the app wires it.
        QAction *open =
            ui::installSupervisorEntry(rig.window(), rig.store(), [&rig](ui::SupervisorView &view) {
                view.addSection(new ui::ChatwootLiveReportPanel(rig.accounts()));
            });
        open->trigger();
        ui::SupervisorView *view = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<ui::SupervisorView *>(w))
                view = found;
        }
        QVERIFY(view);
        auto *panel = view->findChild<ui::ChatwootLiveReportPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isHidden(), 10000);
        QTreeWidget *table = panel->table();
        QCOMPARE(table->topLevelItemCount(), 1);
        QTreeWidgetItem *account = table->topLevelItem(0);
        QCOMPARE(account->text(0), QStringLiteral("Acme Support"));
        int open_ = 0, unassigned = 0, pending = 0;
        for (qint64 id : rig.fake().conversationIds()) {
            const QJsonObject c = rig.fake().conversation(id);
            const QString status = c.value(QLatin1StringView("status")).toString();
            open_ += status == QLatin1StringView("open");
            pending += status == QLatin1StringView("pending");
            unassigned +=
                status == QLatin1StringView("open") &&
                !c.value(QLatin1StringView("meta")).toObject().contains(QLatin1StringView("assignee"));
        }
        QCOMPARE(account->text(1), QString::number(open_));
        QCOMPARE(account->text(3), QString::number(unassigned));
        QCOMPARE(account->text(4), QString::number(pending));
        // By agent, with the agents' names.
        QVERIFY(account->childCount() > 0);
        QVERIFY(!account->child(0)->text(0).startsWith(QStringLiteral("Agent ")));
        QVERIFY(
            !rig.fake().requestsTo("GET", QStringLiteral(".*/live_reports/conversation_metrics")).isEmpty());
        view->close();
        delete view;
    }

    void noLiveFiguresForPlainAgents()
    {
        ChatwootWorkspaceRig rig;
        rig.fake().setAdministrator(false);
        startOnline(rig);
        ui::ChatwootLiveReportPanel panel(rig.accounts());
        panel.feed()->refresh();
        QTest::qWait(300);
        QVERIFY(panel.isHidden());
        QVERIFY(panel.feed()->entries().isEmpty());
        QVERIFY(rig.fake().requestsTo("GET", QStringLiteral(".*/live_reports/.*")).isEmpty());
    }
};

QTEST_MAIN(TestChatwootAccountLifecycle)
#include "tst_chatwoot_account_lifecycle.moc"
