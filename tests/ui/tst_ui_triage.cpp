// Triage beyond the basics: Pending, snooze until a chosen date and time (and never a past one), bulk
// priority, team and snooze on a selection, and moving one conversation to another team from its header. Each
// ends in the store, as an action the outbox delivers.
#include "WorkspaceTestSupport.h"
#include "models/ConversationListModel.h"
#include "ui/WorkspaceActions.h"
#include "ui/conversation/ConversationHeader.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/SnoozeUntilDialog.h"
#include "ui/inbox/BulkActionBar.h"
#include "ui/inbox/InboxPane.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

namespace {
// Fills a button's menu as showing it would, without a popup.
QMenu *filledMenu(QToolButton *button)
{
    QMetaObject::invokeMethod(button->menu(), "aboutToShow");
    return button->menu();
}

QAction *entry(QMenu *menu, const QString &textOrName)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == textOrName || QString(action->text()).remove(u'&') == textOrName)
            return action;
    }
    return nullptr;
}

ConversationRow row(Store &store, qint64 id)
{
    return *store.reader().inbox().conversation(id);
}

std::optional<qint64> teamId(Store &store, const QString &name)
{
    for (const TeamRow &team : store.reader().directory().teams()) {
        if (team.name == name)
            return team.id;
    }
    return std::nullopt;
}
} // namespace

class TestTriage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void markPendingFromTheHeaderAndThePalette()
    {
        uitest::Workspace w;
        Store &store = *w.store;
        const qint64 featured = w.id(u"featured"_s);
        w.window->openConversation(featured);
        QMenu *menu =
            filledMenu(w.window->conversation()->header()->findChild<QToolButton *>(u"snoozeButton"_s));
        QAction *pending = entry(menu, u"markPending"_s);
        QVERIFY(pending);
        pending->trigger();
        QTRY_COMPARE(row(store, featured).status, ConversationStatus::Pending);

        const qint64 lars = w.id(u"lars-sms"_s);
        w.window->openConversation(lars);
        w.window->actions()->pending->trigger();
        QTRY_COMPARE(row(store, lars).status, ConversationStatus::Pending);
    }

    void snoozeUntilAChosenTime()
    {
        uitest::Workspace w;
        Store &store = *w.store;
        const qint64 featured = w.id(u"featured"_s);
        w.window->openConversation(featured);
        QMenu *menu =
            filledMenu(w.window->conversation()->header()->findChild<QToolButton *>(u"snoozeButton"_s));
        QAction *choose = entry(menu, u"snoozeChooseTime"_s);
        QVERIFY(choose);
        choose->trigger();
        auto *dialog = w.window->findChild<SnoozeUntilDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QDateTime when = QDateTime::currentDateTime().addDays(3);
        const QDateTime chosen(when.date(), QTime(14, 30));
        dialog->editor()->setDateTime(chosen);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(row(store, featured).status, ConversationStatus::Snoozed);
        QCOMPARE(row(store, featured).snoozedUntil, std::optional<UtcMillis>(chosen.toMSecsSinceEpoch()));
    }

    void aPastMomentCannotBeChosen()
    {
        const QDateTime now = QDateTime::currentDateTime();
        SnoozeUntilDialog dialog(now);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // Tomorrow morning at first.
        QCOMPARE(dialog.editor()->dateTime(), QDateTime(now.date().addDays(1), QTime(9, 0)));
        QVERIFY(ok->isEnabled());
        QSignalSpy chosen(&dialog, &SnoozeUntilDialog::chosen);
        dialog.editor()->setDateTime(now.addDays(-1)); // held at the minimum: now, which is not later
        QVERIFY(dialog.editor()->dateTime() <= now);
        QVERIFY(!ok->isEnabled());
        ok->click();
        QCOMPARE(chosen.size(), 0);
        dialog.editor()->setDateTime(now.addSecs(600));
        QVERIFY(ok->isEnabled());
        ok->click();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().value<UtcMillis>(), dialog.until());
        QVERIFY(dialog.until() > now.toMSecsSinceEpoch());
    }

    void bulkPriorityTeamAndSnooze()
    {
        uitest::Workspace w;
        Store &store = *w.store;
        w.window->show();
        w.window->showView(u"view:all"_s);
        QListView *list = w.window->inbox()->list();
        QTRY_VERIFY(list->model()->rowCount() >= 3);
        for (int i = 0; i < 3; ++i)
            list->selectionModel()->select(list->model()->index(i, 0), QItemSelectionModel::Select);
        const QList<qint64> ids = w.window->inbox()->selectedConversationIds();
        QCOMPARE(ids.size(), 3);
        BulkActionBar *bulk = w.window->inbox()->bulkActions();
        QVERIFY(bulk->isVisible());

        entry(filledMenu(bulk->priorityButton()), priorityDisplayName(Priority::Urgent))->trigger();
        for (qint64 id : ids)
            QTRY_COMPARE(row(store, id).priority, Priority::Urgent);

        // Conversations of the second account cannot go to a team of the first: they stay as they were.
        const std::optional<qint64> billing = teamId(store, u"Billing"_s);
        QVERIFY(billing);
        QMenu *teams = filledMenu(bulk->teamButton());
        QVERIFY(entry(teams, u"Billing"_s));
        QVERIFY(entry(teams, u"Shipping"_s));
        entry(teams, u"Billing"_s)->trigger();
        for (qint64 id : ids) {
            const ConversationRow r = row(store, id);
            if (r.accountId == row(store, w.id(u"featured"_s)).accountId)
                QTRY_COMPARE(row(store, id).teamId, billing);
        }

        const std::optional<qint64> assigneeBefore = row(store, ids.first()).assigneeId;
        entry(filledMenu(bulk->teamButton()), u"No team"_s)->trigger();
        for (qint64 id : ids)
            QTRY_COMPARE(row(store, id).teamId, std::nullopt);
        QCOMPARE(row(store, ids.first()).assigneeId, assigneeBefore); // moving teams keeps the assignee

        QMenu *snooze = filledMenu(bulk->snoozeButton());
        snooze->actions().first()->trigger(); // for an hour
        for (qint64 id : ids)
            QTRY_COMPARE(row(store, id).status, ConversationStatus::Snoozed);
    }

    void teamFromTheConversation()
    {
        uitest::Workspace w;
        Store &store = *w.store;
        const qint64 featured = w.id(u"featured"_s);
        const ConversationRow before = row(store, featured);
        QCOMPARE(before.teamId, teamId(store, u"Shipping"_s));
        w.window->openConversation(featured);
        auto *button = w.window->conversation()->header()->findChild<QToolButton *>(u"teamButton"_s);
        QVERIFY(button);
        QMenu *menu = filledMenu(button);
        QVERIFY(entry(menu, u"Shipping"_s)->isChecked());
        QVERIFY(!entry(menu, u"No team"_s)->isChecked());
        // Only the conversation's own account's teams are offered.
        int offered = 0;
        for (QAction *action : menu->actions())
            offered += action->isCheckable() && action != entry(menu, u"No team"_s) ? 1 : 0;
        int ownTeams = 0;
        for (const TeamRow &team : store.reader().directory().teams())
            ownTeams += team.accountId == before.accountId ? 1 : 0;
        QCOMPARE(offered, ownTeams);
        entry(menu, u"Tech support"_s)->trigger();
        QTRY_COMPARE(row(store, featured).teamId, teamId(store, u"Tech support"_s));
        QCOMPARE(row(store, featured).assigneeId, before.assigneeId);
        QTRY_VERIFY(w.window->statusBar()->currentMessage().contains(u"Tech support"_s));
    }
};

QTEST_MAIN(TestTriage)
#include "tst_ui_triage.moc"
