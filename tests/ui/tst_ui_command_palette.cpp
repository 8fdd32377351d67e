// Every action of the workspace in one collection: the command palette lists them and runs the one picked,
// shortcuts changed in the shortcut editor act at once and are still there after a restart, the "?" sheet is
// made from the actions (changed keys included), and no two actions share a key.
#include "WorkspaceTestSupport.h"
#include "sync/NetworkPolicy.h"
#include "ui/WorkspaceActions.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/customer/CustomerPanel.h"
#include "ui/inbox/InboxPane.h"
#include "ui/navigation/NavigationPane.h"
#include "ui/shortcuts/ShortcutSheet.h"
#include "ui/status/WorkspaceStatusBar.h"
#include "ui/supervisor/SupervisorEntry.h"

#include <KActionCollection>
#include <KCommandBar>
#include <KConfig>
#include <KConfigGroup>
#include <KSharedConfig>
#include <KShortcutsDialog>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

namespace {

const QKeySequence kChangedKey(Qt::CTRL | Qt::SHIFT | Qt::Key_U);

// The actions the palette offers now, in its order.
QList<QAction *> paletteActions(KCommandBar &palette)
{
    QList<QAction *> actions;
    auto *list = palette.findChild<QTreeView *>();
    if (!list)
        return actions;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        actions.append(list->model()->index(row, 0).data(Qt::UserRole).value<QAction *>());
    return actions;
}

QString shortcutsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/' +
           QCoreApplication::applicationName() + u"rc"_s;
}

// Every key that two actions of the collection share, with both actions' names.
QStringList shortcutCollisions(const KActionCollection &collection)
{
    QHash<QKeySequence, QString> owner;
    QStringList collisions;
    for (QAction *action : collection.actions()) {
        for (const QKeySequence &key : action->shortcuts()) {
            if (owner.contains(key))
                collisions.append(
                    u"%1: %2 and %3"_s.arg(key.toString(), owner.value(key), action->objectName()));
            else
                owner.insert(key, action->objectName());
        }
    }
    return collisions;
}

// The agent's own shortcuts start empty in every test.
void forgetChangedShortcuts()
{
    KSharedConfig::Ptr config = KSharedConfig::openConfig();
    config->deleteGroup(u"Shortcuts"_s);
    config->sync();
}

void showAndActivate(QWidget &window)
{
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

} // namespace

class TestCommandPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { forgetChangedShortcuts(); }

    void paletteListsEveryEnabledActionWithItsShortcut()
    {
        uitest::Workspace w;
        installSupervisorEntry(*w.window, *w.store);
        w.window->actions()->adopt(w.window->findChild<QAction *>(u"openSupervisorView"_s),
                                   WorkspaceActions::Section::Workspace);
        showAndActivate(*w.window);
        w.window->actions()->commandPalette->trigger();
        KCommandBar *palette = w.window->commandPalette();
        QVERIFY(palette);
        QVERIFY(palette->isVisible());

        const QList<QAction *> listed = paletteActions(*palette);
        const QList<QAction *> all = w.window->actions()->collection()->actions();
        int expected = 0;
        for (QAction *action : all) {
            if (!action->isEnabled() || action == w.window->actions()->commandPalette)
                continue;
            ++expected;
            QVERIFY2(listed.contains(action), qPrintable(action->objectName()));
        }
        // Besides them only the palette's own "Clear History".
        QCOMPARE(std::count_if(listed.begin(), listed.end(), [&all](QAction *a) { return all.contains(a); }),
                 expected);
        QVERIFY(listed.size() <= expected + 1);
        // Views, sorting, the customer and the supervisor are all there, each with its key beside it.
        auto *list = palette->findChild<QTreeView *>();
        const auto shortcutShown = [list](const QString &name) {
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                const auto *action = list->model()->index(row, 0).data(Qt::UserRole).value<QAction *>();
                if (action && action->objectName() == name)
                    return list->model()->index(row, 1).data().toString();
            }
            return u"(not listed)"_s;
        };
        QCOMPARE(shortcutShown(u"actionViewUnassigned"_s), u"Ctrl+2"_s);
        QCOMPARE(shortcutShown(u"actionSortPriority"_s), u"Alt+4"_s);
        QCOMPARE(shortcutShown(u"actionMergeCustomer"_s), u"Ctrl+Shift+M"_s);
        QCOMPARE(shortcutShown(u"actionSaveView"_s), u"Ctrl+Shift+S"_s);
        QCOMPARE(shortcutShown(u"actionCustomerPanel"_s), u"Ctrl+I"_s);
        QCOMPARE(shortcutShown(u"openSupervisorView"_s), u"Ctrl+Shift+L"_s);
        QCOMPARE(shortcutShown(u"actionConfigureShortcuts"_s), u"Ctrl+Alt+,"_s);
        QCOMPARE(shortcutShown(u"actionCommandPalette"_s), u"(not listed)"_s);
    }

    void paletteRunsThePickedAction_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("view");
        QTest::addColumn<int>("sort");
        QTest::newRow("a view") << u"unassigned"_s << u"view:unassigned"_s << int(InboxSort::LastActivity);
        QTest::newRow("another view") << u"resolved"_s << u"view:resolved"_s << int(InboxSort::LastActivity);
        QTest::newRow("a sort order") << u"sort by priority"_s << u"view:mine"_s << int(InboxSort::Priority);
        // Nothing matches: Enter runs nothing and the workspace stays as it was.
        QTest::newRow("no match") << u"zzqx no such command"_s << u"view:mine"_s
                                  << int(InboxSort::LastActivity);
    }

    void paletteRunsThePickedAction()
    {
        QFETCH(QString, typed);
        QFETCH(QString, view);
        QFETCH(int, sort);
        uitest::Workspace w;
        showAndActivate(*w.window);
        w.window->showView(u"view:mine"_s);
        QCOMPARE(w.window->navigation()->currentKey(), u"view:mine"_s);

        QTest::keyClick(w.window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<KCommandBar> palette = w.window->commandPalette();
        QVERIFY(palette);
        QTRY_VERIFY(palette->isVisible());
        auto *field = palette->findChild<QLineEdit *>();
        QVERIFY(field);
        QTest::keyClicks(field, typed);
        QTest::keyClick(field, Qt::Key_Return);

        QCOMPARE(w.window->navigation()->currentKey(), view);
        QCOMPARE(w.window->inbox()->sortSelector()->currentData().toInt(), sort);
        for (QAction *order : w.window->actions()->sortOrders)
            QCOMPARE(order->isChecked(), order->data().toInt() == sort);
        QTRY_VERIFY(!palette); // gone once Enter was pressed
    }

    void escapeClosesThePaletteAndNothingElse()
    {
        uitest::Workspace w;
        showAndActivate(*w.window);
        QSignalSpy backToList(w.window->actions()->focusList, &QAction::triggered);
        w.window->actions()->commandPalette->trigger();
        QPointer<KCommandBar> palette = w.window->commandPalette();
        QVERIFY(palette);
        auto *field = palette->findChild<QLineEdit *>();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClick(field, Qt::Key_Escape);
        QTRY_VERIFY(!palette);
        QCOMPARE(backToList.count(), 0);
        // Outside the palette Esc still goes back to the list.
        QTest::keyClick(w.window->conversation(), Qt::Key_Escape);
        QCOMPARE(backToList.count(), 1);
    }

    void customerActionsActOnTheCurrentCustomer_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("conversationOpen");
        QTest::addColumn<QString>("dialog");
        QTest::newRow("merge") << u"actionMergeCustomer"_s << true << u"mergeCustomerDialog"_s;
        QTest::newRow("edit") << u"actionEditCustomer"_s << true << u"customerEditDialog"_s;
        QTest::newRow("split") << u"actionSplitCustomer"_s << true << u"customerEditDialog"_s;
        // No conversation open, so no customer: nothing opens.
        QTest::newRow("merge, no customer") << u"actionMergeCustomer"_s << false << QString();
        QTest::newRow("split, no customer") << u"actionSplitCustomer"_s << false << QString();
    }

    void customerActionsActOnTheCurrentCustomer()
    {
        QFETCH(QString, action);
        QFETCH(bool, conversationOpen);
        QFETCH(QString, dialog);
        uitest::Workspace w;
        showAndActivate(*w.window);
        if (conversationOpen) {
            w.window->openConversation(w.id(u"featured"_s));
            QTRY_VERIFY(w.window->customer()->customerId() > 0);
        }
        w.window->findChild<QAction *>(action)->trigger();
        const QList<QDialog *> open = w.window->findChildren<QDialog *>();
        QStringList shown;
        for (QDialog *d : open) {
            if (d->isVisible())
                shown.append(d->objectName());
        }
        QCOMPARE(shown, dialog.isEmpty() ? QStringList() : QStringList{dialog});
    }

    void workOfflineAndSortStayInStepWithTheirControls()
    {
        NetworkPolicy network;
        network.setWorkOffline(false); // the choice is kept in the settings: start online
        uitest::Workspace w({.network = &network});
        WorkspaceActions &actions = *w.window->actions();
        QToolButton *offline = w.window->workspaceStatusBar()->workOfflineButton();
        QVERIFY(!actions.workOffline->isChecked());
        actions.workOffline->trigger();
        QVERIFY(offline->isChecked());
        QVERIFY(network.workOffline());
        offline->click();
        QVERIFY(!actions.workOffline->isChecked());
        QVERIFY(!network.workOffline());
        network.setWorkOffline(true);
        QVERIFY(actions.workOffline->isChecked());
        QCOMPARE(actions.workOffline->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
        // Without a network policy there is nothing to switch.
        uitest::Workspace without;
        QVERIFY(!without.window->actions()->workOffline->isEnabled());

        QComboBox *sort = w.window->inbox()->sortSelector();
        sort->setCurrentIndex(sort->findData(int(InboxSort::SlaDue)));
        for (QAction *order : actions.sortOrders)
            QCOMPARE(order->isChecked(), order->data().toInt() == int(InboxSort::SlaDue));
        actions.sortOrders.first()->trigger();
        QCOMPARE(sort->currentData().toInt(), int(InboxSort::LastActivity));
    }

    void changedShortcutTakesEffectAndPersists()
    {
        QTemporaryDir schemeDir;
        const QString scheme = schemeDir.filePath(u"scheme.shortcuts"_s);
        {
            KConfig file(scheme, KConfig::SimpleConfig);
            KConfigGroup(&file, u"Shortcuts"_s).writeEntry("actionViewUnassigned", kChangedKey.toString());
            file.sync();
        }
        {
            uitest::Workspace w;
            showAndActivate(*w.window);
            QAction *unassigned = w.window->findChild<QAction *>(u"actionViewUnassigned"_s);
            QVERIFY(unassigned);
            QCOMPARE(unassigned->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));

            // The agent changes the key in the shortcut editor and confirms it.
            w.window->actions()->configureShortcuts->trigger();
            KShortcutsDialog *dialog = w.window->shortcutsDialog();
            QVERIFY(dialog);
            QVERIFY(dialog->isVisible());
            dialog->importConfiguration(scheme);
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(buttons && buttons->button(QDialogButtonBox::Ok));
            buttons->button(QDialogButtonBox::Ok)->click();
            QTRY_VERIFY(!w.window->shortcutsDialog());
            QCOMPARE(unassigned->shortcut(), kChangedKey);
            QCOMPARE(KActionCollection::defaultShortcut(unassigned), QKeySequence(Qt::CTRL | Qt::Key_2));

            // The new key acts at once; the old one no longer does.
            showAndActivate(*w.window);
            w.window->showView(u"view:mine"_s);
            QTest::keyClick(w.window->inbox()->list(), Qt::Key_2, Qt::ControlModifier);
            QCOMPARE(w.window->navigation()->currentKey(), u"view:mine"_s);
            QTest::keyClick(w.window->inbox()->list(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(w.window->navigation()->currentKey(), u"view:unassigned"_s);
        }
        // Written to the configuration file, only what differs from the defaults.
        KConfig written(shortcutsFile(), KConfig::SimpleConfig);
        const KConfigGroup group(&written, u"Shortcuts"_s);
        QCOMPARE(QKeySequence(group.readEntry("actionViewUnassigned", QString())), kChangedKey);
        QVERIFY(!group.hasKey("actionViewMine"));

        // After a restart, read over the defaults.
        KSharedConfig::openConfig()->reparseConfiguration();
        uitest::Workspace again;
        QCOMPARE(again.window->findChild<QAction *>(u"actionViewUnassigned"_s)->shortcut(), kChangedKey);
        QCOMPARE(again.window->findChild<QAction *>(u"actionViewMine"_s)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_1));
        showAndActivate(*again.window);
        QTest::keyClick(again.window->inbox()->list(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(again.window->navigation()->currentKey(), u"view:unassigned"_s);
    }

    void shortcutSheetShowsEveryActionWithAKey()
    {
        {
            KSharedConfig::Ptr config = KSharedConfig::openConfig();
            config->group(u"Shortcuts"_s).writeEntry("actionOutbox", kChangedKey.toString());
            config->sync();
        }
        uitest::Workspace w;
        installSupervisorEntry(*w.window, *w.store);
        w.window->actions()->adopt(w.window->findChild<QAction *>(u"openSupervisorView"_s),
                                   WorkspaceActions::Section::Workspace);
        ShortcutSheet sheet(*w.window->actions(), w.window.get());

        int keyed = 0;
        for (QAction *action : w.window->actions()->collection()->actions()) {
            auto *keys = sheet.findChild<QLabel *>(u"keys_"_s + action->objectName());
            if (action->shortcuts().isEmpty()) {
                QVERIFY2(!keys, qPrintable(action->objectName()));
                continue;
            }
            ++keyed;
            QVERIFY2(keys, qPrintable(action->objectName()));
            QCOMPARE(keys->text(), ShortcutSheet::keysText(*action));
            auto *what = sheet.findChild<QLabel *>(u"what_"_s + action->objectName());
            QVERIFY(what);
            QCOMPARE(what->text(), QString(action->text()).remove(u'&'));
        }
        // Nothing else: no key the actions do not have.
        int shown = 0;
        for (const QLabel *label : sheet.findChildren<QLabel *>())
            shown += label->objectName().startsWith(u"keys_"_s) ? 1 : 0;
        QCOMPARE(shown, keyed);
        QVERIFY(keyed > 30);
        const auto keysOf = [&sheet](const QString &name) {
            auto *label = sheet.findChild<QLabel *>(u"keys_"_s + name);
            return label ? QKeySequence(label->text(), QKeySequence::NativeText) : QKeySequence();
        };
        // The ones the hand-written sheet missed, and the agent's own key rather than the default.
        QCOMPARE(keysOf(u"actionCustomerPanel"_s), QKeySequence(Qt::CTRL | Qt::Key_I));
        QCOMPARE(keysOf(u"openSupervisorView"_s), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QCOMPARE(keysOf(u"actionOutbox"_s), kChangedKey);
        QCOMPARE(keysOf(u"actionCommandPalette"_s), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    }

    void noTwoActionsShareAShortcut()
    {
        uitest::Workspace w;
        installSupervisorEntry(*w.window, *w.store);
        w.window->actions()->adopt(w.window->findChild<QAction *>(u"openSupervisorView"_s),
                                   WorkspaceActions::Section::Workspace);
        const QStringList collisions = shortcutCollisions(*w.window->actions()->collection());
        QVERIFY2(collisions.isEmpty(), qPrintable(collisions.join(u"; "_s)));
        // The accounts entry, installed by the application beside these, keeps its own key clear of them.
        for (QAction *action : w.window->actions()->collection()->actions())
            QVERIFY(!action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)));
    }

    void sharedShortcutIsFoundAsACollision()
    {
        uitest::Workspace w;
        w.window->actions()->workOffline->setShortcut(w.window->actions()->search->shortcut());
        QCOMPARE(shortcutCollisions(*w.window->actions()->collection()),
                 QStringList{u"Ctrl+K: actionSearch and actionWorkOffline"_s});
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_ui_command_palette.moc"
