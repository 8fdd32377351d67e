// The settings window: every page stores what the agent set, a new window (as after a restart) reads it
// back, the look changes at once, and Ctrl+, opens it from the workspace.
#include "WorkspaceTestSupport.h"
#include "sync/NetworkPolicy.h"
#include "ui/ConversationCommands.h"
#include "ui/Theme.h"
#include "ui/WorkspaceActions.h"
#include "ui/composer/Composer.h"
#include "ui/composer/ComposerEditor.h"
#include "ui/inbox/ConversationDelegate.h"
#include "ui/notifications/NotificationSettings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/WorkspaceSettings.h"

#include <KKeySequenceWidget>
#include <KPageWidgetItem>
#include <KSharedConfig>
#include <KShortcutsDialog>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

namespace {
template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1StringView(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}
} // namespace

class TestSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"KontorTest"_s);
        QCoreApplication::setApplicationName(u"ui_settings"_s);
        store_ = fixture::openFilledStore(dir_.path(), nowUtcMillis());
        // Shortcuts are kept in KDE's configuration, apart from the settings.
        KSharedConfig::openConfig()->deleteGroup(u"Shortcuts"_s);
        KSharedConfig::openConfig()->sync();
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase()
    {
        QSettings().clear();
        store_.reset();
    }

    void defaultsWithNothingStored()
    {
        QCOMPARE(WorkspaceSettings::colorScheme(), WorkspaceSettings::ColorScheme::System);
        QCOMPARE(WorkspaceSettings::density(), WorkspaceSettings::Density::Comfortable);
        QCOMPARE(WorkspaceSettings::language(), QString());
        QVERIFY(WorkspaceSettings::spellChecking());
        QCOMPARE(WorkspaceSettings::signature(1), QString());
        QVERIFY(NotificationSettings::silencedInboxes().isEmpty());
    }

    void everyPageIsStoredAndReadBack()
    {
        const QList<InboxRow> inboxes = store_->reader().directory().inboxes();
        QVERIFY(inboxes.size() >= 2);
        const qint64 firstInbox = inboxes.at(0).id;
        const qint64 secondInbox = inboxes.at(1).id;
        WorkspaceActions actions;
        const QKeySequence send(Qt::ALT | Qt::Key_S);
        {
            SettingsDialog dialog(store_.get(), actions);
            dialog.show();
            child<QRadioButton>(dialog, "schemeDark")->setChecked(true);
            child<QRadioButton>(dialog, "densityCompact")->setChecked(true);
            auto *language = child<QComboBox>(dialog, "languageChoice");
            language->setCurrentIndex(language->findData(u"da"_s));
            child<QCheckBox>(dialog, "spellChecking")->setChecked(false);
            auto *inbox = child<QComboBox>(dialog, "signatureInbox");
            inbox->setCurrentIndex(inbox->findData(secondInbox));
            child<QPlainTextEdit>(dialog, "signature")->setPlainText(u"Mia Berger\nNordlicht Versand"_s);
            inbox->setCurrentIndex(inbox->findData(firstInbox));
            QCOMPARE(child<QPlainTextEdit>(dialog, "signature")->toPlainText(), QString());
            child<KKeySequenceWidget>(dialog, "sendShortcut")->setKeySequence(send);
            auto *silenced = child<QListWidget>(dialog, "silencedInboxes");
            silenced->item(1)->setCheckState(Qt::Checked);
            // Nothing is stored before OK or Apply.
            QCOMPARE(WorkspaceSettings::colorScheme(), WorkspaceSettings::ColorScheme::System);
            dialog.button(QDialogButtonBox::Ok)->click();
        }
        QCOMPARE(WorkspaceSettings::colorScheme(), WorkspaceSettings::ColorScheme::Dark);
        QCOMPARE(WorkspaceSettings::density(), WorkspaceSettings::Density::Compact);
        QCOMPARE(WorkspaceSettings::language(), u"da"_s);
        QVERIFY(!WorkspaceSettings::spellChecking());
        QCOMPARE(WorkspaceSettings::signature(secondInbox), u"Mia Berger\nNordlicht Versand"_s);
        QCOMPARE(WorkspaceSettings::signature(firstInbox), QString());
        QCOMPARE(NotificationSettings::silencedInboxes(), QSet<qint64>{secondInbox});
        QCOMPARE(actions.send->shortcut(), send);
        // Applied while Kontor runs: the look at once.
        QVERIFY(isDarkScheme());
        QVERIFY(ConversationDelegate::isCompact());

        // A new window, as after a restart, shows what was stored.
        WorkspaceActions restarted;
        QCOMPARE(restarted.send->shortcut(), send); // kept with the other shortcuts
        SettingsDialog dialog(store_.get(), restarted);
        QVERIFY(child<QRadioButton>(dialog, "schemeDark")->isChecked());
        QVERIFY(child<QRadioButton>(dialog, "densityCompact")->isChecked());
        QCOMPARE(child<QComboBox>(dialog, "languageChoice")->currentData().toString(), u"da"_s);
        QVERIFY(!child<QCheckBox>(dialog, "spellChecking")->isChecked());
        auto *inbox = child<QComboBox>(dialog, "signatureInbox");
        inbox->setCurrentIndex(inbox->findData(secondInbox));
        QCOMPARE(child<QPlainTextEdit>(dialog, "signature")->toPlainText(),
                 u"Mia Berger\nNordlicht Versand"_s);
        QCOMPARE(child<QListWidget>(dialog, "silencedInboxes")->item(1)->checkState(), Qt::Checked);
        QCOMPARE(child<QListWidget>(dialog, "silencedInboxes")->item(0)->checkState(), Qt::Unchecked);
        QCOMPARE(child<KKeySequenceWidget>(dialog, "sendShortcut")->keySequence(), send);

        // Back to the system's look and comfortable rows, by Apply.
        child<QRadioButton>(dialog, "schemeSystem")->setChecked(true);
        child<QRadioButton>(dialog, "densityComfortable")->setChecked(true);
        dialog.button(QDialogButtonBox::Apply)->click();
        QCOMPARE(WorkspaceSettings::colorScheme(), WorkspaceSettings::ColorScheme::System);
        QVERIFY(!ConversationDelegate::isCompact());
    }

    void cancelStoresNothing()
    {
        WorkspaceActions actions;
        SettingsDialog dialog(store_.get(), actions);
        dialog.show();
        child<QRadioButton>(dialog, "schemeLight")->setChecked(true);
        dialog.button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(WorkspaceSettings::colorScheme(), WorkspaceSettings::ColorScheme::System);
    }

    void signatureGoesBelowRepliesOnly()
    {
        const ConversationRow lars =
            *store_->reader().inbox().conversation(fixture::conversationId(*store_, u"lars-sms"_s));
        QVERIFY(lars.inboxId.has_value());
        WorkspaceSettings::setSignature(*lars.inboxId, u"Mia, Nordlicht Versand"_s);
        NetworkPolicy network;
        network.setWorkOffline(true); // what is sent waits in the outbox, as stored
        const WorkspaceContext context{store_.get(), nullptr, &network, nullptr};
        ConversationCommands commands(context);
        Composer composer(context, commands, nullptr, nullptr);
        composer.show();
        composer.setConversation(lars);
        composer.editor()->insertPlainText(u"Hej Lars, pakken er på vej."_s);
        composer.send();
        QTRY_COMPARE(uitest::newestMessage(*store_, lars.id)->body,
                     u"Hej Lars, pakken er på vej.\n\nMia, Nordlicht Versand"_s);
        // Notes stay among colleagues: no signature.
        composer.startNote();
        composer.editor()->insertPlainText(u"He called twice"_s);
        composer.send();
        QTRY_COMPARE(uitest::newestMessage(*store_, lars.id)->body, u"He called twice"_s);
    }

    void openedByKeyboardFromTheWorkspace()
    {
        MainWindow window(WorkspaceContext{store_.get(), nullptr, nullptr, nullptr});
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(window.settingsDialog() && window.settingsDialog()->isVisible());
        SettingsDialog *dialog = window.settingsDialog();
        const QStringList pages = {u"Accounts"_s, u"Notifications"_s, u"Appearance"_s,
                                   u"Language"_s, u"Composer"_s,      u"Shortcuts"_s};
        for (int page = 0; page < pages.size(); ++page) {
            window.showSettings(page);
            QCOMPARE(dialog->currentPage()->name(), pages.at(page));
        }
        // The Shortcuts page opens the shortcut editor.
        window.showSettings(int(SettingsDialog::Page::Shortcuts));
        child<QPushButton>(*dialog, "actionConfigureShortcutsButton")->click();
        QTRY_VERIFY(window.shortcutsDialog());
        window.shortcutsDialog()->close();
        dialog->close();
    }
};

QTEST_MAIN(TestSettings)
#include "tst_ui_settings.moc"
