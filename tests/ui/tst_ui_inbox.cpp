// The inbox pane: rows painted by one delegate at one height, sorting, the SLA badge's colours, keyboard
// movement that reads further pages, the bulk bar with a selection, and the navigation's counts.
#include "WorkspaceTestSupport.h"
#include "models/ConversationListModel.h"
#include "models/NavigationModel.h"
#include "ui/common/WorkspaceColors.h"
#include "ui/inbox/BulkActionBar.h"
#include "ui/inbox/ConversationDelegate.h"
#include "ui/inbox/InboxPane.h"
#include "ui/navigation/NavigationPane.h"
#include "ui/navigation/SavedFilterDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

namespace {
constexpr UtcMillis kMinute = 60'000;
}

class TestInbox : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        store_ = fixture::openFilledStore(dir_.path(), nowUtcMillis());
    }
    void cleanupTestCase() { store_.reset(); }

    void rowsArePaintedAtOneHeight()
    {
        models::ConversationListModel model(*store_);
        InboxFilter filter;
        filter.statuses.clear(); // every status: open, pending, snoozed, resolved rows all get painted
        model.setFilter(filter);
        InboxPane pane(&model);
        pane.resize(420, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QListView *list = pane.list();
        QVERIFY(list->uniformItemSizes());
        const int height = ConversationDelegate::rowHeight(list->font());
        QVERIFY(height >= 50 && height <= 110);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(list->visualRect(model.index(i)).height(), height);
        const QImage shot = pane.grab().toImage();
        QVERIFY(!shot.isNull());
    }

    void slaBadgeTurnsAmberThenRed()
    {
        const QPalette palette;
        const QColor ok = slaColor(models::SlaState::Level::Ok, palette);
        const QColor warning = slaColor(models::SlaState::Level::Warning, palette);
        const QColor breached = slaColor(models::SlaState::Level::Breached, palette);
        QVERIFY(ok != warning && warning != breached && ok != breached);
        QVERIFY(breached.red() > breached.green()); // red
        QVERIFY(warning.red() > warning.blue());    // amber
        // The breached SMS of Lars is painted red: find a red-ish pixel in its row.
        models::ConversationListModel model(*store_);
        InboxFilter filter;
        filter.view = InboxView::Unassigned;
        model.setFilter(filter);
        InboxPane pane(&model);
        pane.resize(420, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const int row = model.rowOf(fixture::conversationId(*store_, u"lars-sms"_s));
        QVERIFY(row >= 0);
        pane.list()->scrollTo(model.index(row));
        const QRect rect = pane.list()->visualRect(model.index(row));
        const QImage shot = pane.list()->viewport()->grab(rect).toImage();
        bool red = false;
        for (int y = 0; y < shot.height() && !red; ++y) {
            for (int x = shot.width() / 2; x < shot.width() && !red; ++x) {
                const QColor c = shot.pixelColor(x, y);
                red = qAbs(c.red() - breached.red()) < 12 && qAbs(c.green() - breached.green()) < 12 &&
                      qAbs(c.blue() - breached.blue()) < 12;
            }
        }
        QVERIFY2(red, "the late SLA badge is not red");
    }

    void sortsAsChosen()
    {
        models::ConversationListModel model(*store_);
        model.setFilter(InboxFilter{});
        InboxPane pane(&model);
        QComboBox *sort = pane.sortSelector();
        QCOMPARE(sort->count(), 4);
        sort->setCurrentIndex(sort->findData(int(InboxSort::SlaDue)));
        QCOMPARE(model.inboxSort(), InboxSort::SlaDue);
        // The most overdue comes first: Lars' SMS was due 20 minutes ago, nothing is older in the fixture
        // except bulk conversations due even earlier — the first row is at least overdue.
        const QVariant due = model.index(0).data(models::ConversationListModel::SlaDeadlineRole);
        QVERIFY(due.isValid() && due.toLongLong() < nowUtcMillis() - 19 * kMinute);
    }

    void keyboardMovesAndReadsOn()
    {
        models::ConversationListModel model(*store_);
        model.setPageSize(5);
        InboxFilter filter;
        filter.statuses.clear();
        model.setFilter(filter);
        InboxPane pane(&model);
        QSignalSpy opened(&pane, &InboxPane::conversationActivated);
        for (int i = 0; i < 8; ++i)
            pane.moveCurrent(+1);
        QCOMPARE(pane.list()->currentIndex().row(), 7); // past the first page
        QVERIFY(model.rowCount() >= 8);
        QCOMPARE(opened.size(), 8);
        pane.moveCurrent(-1);
        QCOMPARE(pane.list()->currentIndex().row(), 6);
        QCOMPARE(pane.currentConversationId(), model.conversationIdAt(6));
    }

    void selectionShowsBulkActions()
    {
        models::ConversationListModel model(*store_);
        model.setFilter(InboxFilter{});
        InboxPane pane(&model);
        pane.show();
        QVERIFY(!pane.bulkActions()->isVisible());
        pane.list()->selectionModel()->select(model.index(0), QItemSelectionModel::Select);
        QVERIFY(!pane.bulkActions()->isVisible());
        pane.list()->selectionModel()->select(model.index(1), QItemSelectionModel::Select);
        pane.list()->selectionModel()->select(model.index(2), QItemSelectionModel::Select);
        QVERIFY(pane.bulkActions()->isVisible());
        QCOMPARE(pane.selectedConversationIds().size(), 3);
        QVERIFY(pane.bulkActions()->findChild<QLabel *>()->text().contains(u'3'));
        pane.clearSelection();
        QVERIFY(!pane.bulkActions()->isVisible());
    }

    void navigationShowsCountsAndSwitchesViews()
    {
        models::NavigationModel model(*store_);
        NavigationPane pane(&model);
        pane.resize(240, 700);
        pane.show();
        QTRY_VERIFY(model.indexOfKey(u"view:all"_s).data(models::NavigationModel::CountRole).isValid());
        QSignalSpy activated(&pane, &NavigationPane::entryActivated);
        pane.selectKey(u"channel:sms"_s);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), u"channel:sms"_s);
        QCOMPARE(activated.first().at(1).value<InboxFilter>().channel, std::optional(Channel::Sms));
        QCOMPARE(pane.currentKey(), u"channel:sms"_s);
        QVERIFY(!pane.grab().toImage().isNull());
    }

    void savesAComposedFilter()
    {
        InboxFilter start; // All open
        SavedFilterDialog dialog(models::FilterChoices::read(*store_), start, u"All open"_s);
        dialog.nameEdit()->setText(u"WhatsApp, waiting on us"_s);
        dialog.channelCombo()->setCurrentIndex(dialog.channelCombo()->findData(int(Channel::WhatsApp)));
        dialog.statusBox(ConversationStatus::Pending)->setChecked(false);
        dialog.statusBox(ConversationStatus::Snoozed)->setChecked(false);
        dialog.statusBox(ConversationStatus::Resolved)->setChecked(false);
        QVERIFY(dialog.labelCombo()->count() > 1);
        dialog.labelCombo()->setCurrentIndex(1);
        const models::SavedFilter saved = dialog.savedFilter();
        QCOMPARE(saved.name, u"WhatsApp, waiting on us"_s);
        QCOMPARE(saved.filter.channel, std::optional(Channel::WhatsApp));
        QCOMPARE(saved.filter.statuses, QList<ConversationStatus>{ConversationStatus::Open});
        QCOMPARE(saved.filter.labelId, std::optional(dialog.labelCombo()->itemData(1).toLongLong()));
        QCOMPARE(saved.filter.teamId, std::nullopt);

        // The filter it saves shows exactly what it says.
        models::ConversationListModel model(*store_);
        model.setFilter(saved.filter);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(models::ConversationListModel::ChannelRole).toInt(),
                     int(Channel::WhatsApp));

        // Without a name, or without any status, there is nothing sensible to save.
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        dialog.statusBox(ConversationStatus::Open)->setChecked(false);
        QVERIFY(!save->isEnabled());
        dialog.statusBox(ConversationStatus::Open)->setChecked(true);
        dialog.nameEdit()->clear();
        QVERIFY(!save->isEnabled());
    }
};

QTEST_MAIN(TestInbox)
#include "tst_ui_inbox.moc"
