// The agent's main flows through the real main window, asserting what the store holds afterwards: open a
// conversation, reply, write a note with a mention, answer on another channel, resolve, snooze, search and
// jump to a message, assign several conversations at once, move through the list by keyboard.
#include "WorkspaceTestSupport.h"
#include "models/ConversationListModel.h"
#include "models/SearchResultsModel.h"
#include "models/TimelineModel.h"
#include "ui/WorkspaceActions.h"
#include "ui/composer/Composer.h"
#include "ui/composer/ComposerEditor.h"
#include "ui/composer/DraftStore.h"
#include "ui/conversation/ConversationHeader.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/TimelineView.h"
#include "ui/customer/CustomerPanel.h"
#include "ui/inbox/BulkActionBar.h"
#include "ui/inbox/InboxPane.h"
#include "ui/search/SearchDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;
using uitest::Workspace;

namespace {
QAction *actionStartingWith(QMenu *menu, const QString &text)
{
    Q_EMIT menu->aboutToShow();
    for (QAction *action : menu->actions()) {
        if (QString(action->text()).remove(u'&').startsWith(text))
            return action;
    }
    return nullptr;
}

void typeAndSend(ComposerEditor *editor, const QString &text)
{
    editor->setFocus();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
}
} // namespace

class TestWorkspaceFlows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        // Every test starts from the same desk: no drafts, no remembered view.
        QSettings().clear();
    }

    void opensAConversation()
    {
        Workspace w;
        w.window->show();
        const qint64 featured = w.id(u"featured"_s);
        w.window->showView(u"view:mine"_s);
        QVERIFY(w.window->inbox()->model()->rowOf(featured) >= 0);
        w.window->openConversation(featured);
        ConversationPane *pane = w.window->conversation();
        QCOMPARE(pane->conversationId(), featured);
        QCOMPARE(w.window->inbox()->currentConversationId(), featured);
        QCOMPARE(pane->header()->findChild<QLabel *>(u"headerCustomer"_s)->text(), u"Anna Schmidt"_s);
        QVERIFY(pane->header()->findChild<QLabel *>(u"headerDetails"_s)->text().contains(u"Mia Berger"_s));
        QCOMPARE(pane->timelineModel()->messageCount(), 9);
        QCOMPARE(w.window->customer()->profile()->customer.name, u"Anna Schmidt"_s);
        // Opening it read it.
        QTRY_COMPARE(w.store->reader().inbox().conversation(featured)->unreadCount, 0);
    }

    void comesBackWhereTheAgentLeftOff()
    {
        Workspace w;
        const qint64 featured = w.id(u"featured"_s);
        QSettings().setValue(u"workspace/conversation"_s, featured);
        QSignalSpy shown(w.window.get(), &MainWindow::firstShown);
        // Nothing but the inbox is read before the window is on screen.
        QCOMPARE(w.window->conversation()->conversationId(), 0);
        w.window->show();
        QVERIFY(shown.wait(1000)); // painted, long before the latest start
        QCOMPARE(w.window->conversation()->conversationId(), featured);
        w.window->repaint();
        QTest::qWait(20);
        QCOMPARE(shown.size(), 1);
    }

    void startsUpWhenNothingPaintsTheWindow()
    {
        Workspace w;
        w.window->setUpdatesEnabled(false); // as when minimised: shown, never painted
        QSignalSpy shown(w.window.get(), &MainWindow::firstShown);
        QElapsedTimer clock;
        clock.start();
        w.window->show();
        QVERIFY(shown.wait(5000));
        QVERIFY(clock.elapsed() >= 1000);
        w.window->setUpdatesEnabled(true);
        w.window->repaint();
        QTest::qWait(20);
        QCOMPARE(shown.size(), 1);
    }

    void repliesWithControlEnter()
    {
        Workspace w;
        w.window->show();
        const qint64 featured = w.id(u"featured"_s);
        w.window->openConversation(featured);
        Composer *composer = w.window->conversation()->composer();
        QVERIFY(!composer->isNote());
        const QString text = u"Yes, the courier takes the broken grinder back on Friday."_s;
        typeAndSend(composer->editor(), text);
        QTRY_COMPARE(uitest::newestMessage(*w.store, featured)->body, text);
        const MessageRow sent = *uitest::newestMessage(*w.store, featured);
        QCOMPARE(sent.kind, MessageKind::Outgoing);
        QCOMPARE(sent.deliveryState, DeliveryState::Queued); // no sync engine here: it waits in the outbox
        QVERIFY(composer->editor()->toPlainText().isEmpty());
        QVERIFY(!DraftStore::load(featured));
        // The timeline shows it at the end, queued.
        models::TimelineModel *timeline = w.window->conversation()->timelineModel();
        QTRY_COMPARE(timeline->itemAt(timeline->rowCount() - 1).message.id, sent.id);
        QCOMPARE(w.store->reader().outbox().countsByState().value(OutboxState::Queued) > 0, true);
    }

    void writesANoteWithAMention()
    {
        Workspace w;
        w.window->show();
        const qint64 featured = w.id(u"featured"_s);
        w.window->openConversation(featured);
        w.window->actions()->note->trigger();
        Composer *composer = w.window->conversation()->composer();
        QVERIFY(composer->isNote());
        ComposerEditor *editor = composer->editor();
        editor->setFocus();
        QTest::keyClicks(editor, u"@Jon"_s);
        QTRY_VERIFY(editor->isCompleting());
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(editor->toPlainText().startsWith(u"@Jonas Weber "_s));
        typeAndSend(editor, u"can you book the pickup?"_s);
        QTRY_VERIFY(uitest::newestMessage(*w.store, featured)->body.endsWith(u"book the pickup?"_s));
        const MessageRow note = *uitest::newestMessage(*w.store, featured);
        QCOMPARE(note.kind, MessageKind::Note);
        QVERIFY(uitest::mentions(*w.store, note.id, fixture::agentId(*w.store, u"Jonas Weber"_s)));
    }

    void answersOnAnotherChannel()
    {
        Workspace w;
        w.window->show();
        const qint64 featured = w.id(u"featured"_s);
        const qint64 whatsapp = w.id(u"anna-wa"_s);
        w.window->openConversation(featured);
        Composer *composer = w.window->conversation()->composer();
        QComboBox *channels = composer->channelSelector();
        const int wa = channels->findData(channelKey(Channel::WhatsApp));
        const int sms = channels->findData(channelKey(Channel::Sms));
        QVERIFY(wa > 0 && sms > 0);
        // SMS reaches her number but she has no SMS conversation: choosing it starts one (said in the tip).
        auto *items = qobject_cast<QStandardItemModel *>(channels->model());
        QVERIFY(items->item(sms)->isEnabled());
        QVERIFY(items->item(sms)->toolTip().contains(u"new conversation"_s));
        channels->setCurrentIndex(wa);
        QCOMPARE(composer->targetConversation(), std::optional(whatsapp));
        typeAndSend(composer->editor(),
                    u"Hi Anna, writing here as it is quicker: the replacement left today."_s);
        QTRY_VERIFY(uitest::newestMessage(*w.store, whatsapp)->body.startsWith(u"Hi Anna, writing here"_s));
        QCOMPARE(uitest::newestMessage(*w.store, whatsapp)->channel, Channel::WhatsApp);
        QVERIFY(!uitest::newestMessage(*w.store, featured)->body.startsWith(u"Hi Anna, writing here"_s));
        // The timeline now shows the customer across channels, so the agent sees where it went.
        QCOMPARE(w.window->conversation()->timelineModel()->mode(), models::TimelineModel::Mode::Customer);
    }

    void resolvesWithTheKeyboard()
    {
        Workspace w;
        w.window->show();
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        w.window->showView(u"view:all"_s);
        const qint64 lars = w.id(u"lars-sms"_s);
        w.window->openConversation(lars);
        w.window->inbox()->list()->setFocus();
        QTest::keyClick(w.window->inbox()->list(), Qt::Key_E);
        QTRY_COMPARE(w.store->reader().inbox().conversation(lars)->status, ConversationStatus::Resolved);
        // It leaves "All open"; the next conversation opens in its place.
        QTRY_COMPARE(w.window->inbox()->model()->rowOf(lars), -1);
    }

    void snoozesWithAPreset()
    {
        Workspace w;
        w.window->show();
        const qint64 lars = w.id(u"lars-sms"_s);
        w.window->openConversation(lars);
        auto *button = w.window->conversation()->header()->findChild<QToolButton *>(u"snoozeButton"_s);
        QAction *hour = button->menu()->actions().isEmpty() ? nullptr : nullptr;
        Q_EMIT button->menu()->aboutToShow();
        hour = button->menu()->actions().first();
        const UtcMillis before = nowUtcMillis();
        hour->trigger();
        QTRY_COMPARE(w.store->reader().inbox().conversation(lars)->status, ConversationStatus::Snoozed);
        const UtcMillis until = *w.store->reader().inbox().conversation(lars)->snoozedUntil;
        QVERIFY(until >= before + 3600'000 - 1000 && until <= nowUtcMillis() + 3600'000 + 1000);
        // "Until the customer replies" has no end.
        QAction *untilReply = nullptr;
        for (QAction *action : button->menu()->actions()) {
            if (action->text() == u"Until the customer replies"_s)
                untilReply = action;
        }
        QVERIFY(untilReply);
        untilReply->trigger();
        QTRY_VERIFY(!w.store->reader().inbox().conversation(lars)->snoozedUntil.has_value());
    }

    void searchesAndJumpsToTheMessage()
    {
        Workspace w;
        w.window->show();
        SearchDialog *search = w.window->searchDialog();
        w.window->openSearch();
        search->field()->setText(u"Aeropress"_s);
        search->searchNow();
        models::SearchResultsModel *results = search->model();
        int row = -1;
        for (int i = 0; i < results->rowCount(); ++i) {
            if (results->resultAt(i).kind == models::SearchResultsModel::Kind::Message)
                row = i;
        }
        QVERIFY(row >= 0);
        const qint64 messageId = results->resultAt(row).messageId;
        search->results()->setCurrentIndex(results->index(row));
        search->openCurrent();
        QVERIFY(!search->isVisible());
        QCOMPARE(w.window->conversation()->conversationId(), w.id(u"anna-wa"_s));
        QCOMPARE(w.window->conversation()->timeline()->currentMessageId(), messageId);
    }

    void assignsSeveralAtOnce()
    {
        Workspace w;
        w.window->show();
        w.window->showView(u"view:unassigned"_s);
        QListView *list = w.window->inbox()->list();
        QVERIFY(list->model()->rowCount() >= 3);
        QList<qint64> picked;
        for (int i = 0; i < 3; ++i) {
            list->selectionModel()->select(list->model()->index(i, 0), QItemSelectionModel::Select);
            picked.append(list->model()
                              ->index(i, 0)
                              .data(models::ConversationListModel::ConversationIdRole)
                              .toLongLong());
        }
        QVERIFY(w.window->inbox()->bulkActions()->isVisibleTo(w.window.get()));
        QAction *jonas =
            actionStartingWith(w.window->inbox()->bulkActions()->assignButton()->menu(), u"Jonas Weber"_s);
        QVERIFY(jonas);
        jonas->trigger();
        const qint64 jonasId = fixture::agentId(*w.store, u"Jonas Weber"_s);
        for (qint64 id : picked)
            QTRY_COMPARE(w.store->reader().inbox().conversation(id)->assigneeId, std::optional(jonasId));
        // They left "Unassigned".
        for (qint64 id : picked)
            QTRY_COMPARE(w.window->inbox()->model()->rowOf(id), -1);
    }

    void movesThroughTheListByKeyboard()
    {
        Workspace w;
        w.window->show();
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        w.window->showView(u"view:all"_s);
        QListView *list = w.window->inbox()->list();
        list->setFocus();
        auto idAt = [list](int row) {
            return list->model()
                ->index(row, 0)
                .data(models::ConversationListModel::ConversationIdRole)
                .toLongLong();
        };
        const int start =
            qMax(0, list->currentIndex().row()); // focusing the list makes its first row current
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(w.window->conversation()->conversationId(), idAt(start + 1));
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(w.window->conversation()->conversationId(), idAt(start + 2));
        QTest::keyClick(list, Qt::Key_K);
        QCOMPARE(w.window->conversation()->conversationId(), idAt(start + 1));
        // R goes to the composer, Esc back to the list.
        QTest::keyClick(list, Qt::Key_R);
        QVERIFY(w.window->conversation()->composer()->editor()->hasFocus());
        QTest::keyClick(w.window->conversation()->composer()->editor(), Qt::Key_Escape);
        QVERIFY(list->hasFocus());
    }
};

QTEST_MAIN(TestWorkspaceFlows)
#include "tst_ui_workspace_flows.moc"
