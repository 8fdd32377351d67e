// What a screen reader is told (through QAccessible, as AT-SPI asks): inbox rows with customer, channel,
// unread, time, SLA, priority and assignee; timeline messages with author, kind, time and delivery, their
// text plain (no HTML, no entities); the conversation header in words; the supervisor's figures and the table
// behind its chart.
#include "WorkspaceTestSupport.h"
#include "analytics/SupervisorFeed.h"
#include "models/ConversationListModel.h"
#include "models/TimelineModel.h"
#include "ui/conversation/ConversationHeader.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/TimelineView.h"
#include "ui/inbox/InboxPane.h"
#include "ui/supervisor/SupervisorView.h"
#include "ui/supervisor/TrendChart.h"
#include "ui/supervisor/WallboardTile.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

namespace {
// The names of a list's rows as the accessibility layer gives them.
QStringList rowNames(QAbstractItemView *view)
{
    QStringList names;
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    if (!list)
        return names;
    for (int i = 0; i < list->childCount(); ++i) {
        QAccessibleInterface *child = list->child(i);
        if (child && child->role() != QAccessible::ColumnHeader && child->role() != QAccessible::RowHeader)
            names.append(child->text(QAccessible::Name));
    }
    return names;
}

QString rowContaining(const QStringList &names, const QString &needle)
{
    for (const QString &name : names) {
        if (name.contains(needle))
            return name;
    }
    return {};
}

void expectPlain(const QString &text)
{
    QVERIFY2(!text.contains(u'<') && !text.contains(u'>'), qPrintable(text));
    QVERIFY2(!text.contains(u"&nbsp;"_s) && !text.contains(u"&amp;"_s), qPrintable(text));
}
} // namespace

class TestAccessibilityTexts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().clear();
        QAccessible::setActive(true);
    }

    void inboxRowsSayWhatTheRowShows()
    {
        uitest::Workspace w;
        w.window->show();
        w.window->showView(u"view:all"_s);
        QListView *list = w.window->inbox()->list();
        QTRY_VERIFY(list->model()->rowCount() > 0);
        const QStringList names = rowNames(list);
        QVERIFY(!names.isEmpty());

        const QString anna = rowContaining(names, u"Broken coffee grinder"_s);
        QVERIFY2(!anna.isEmpty(), qPrintable(names.join(u'\n')));
        for (const QString &part : {u"Anna Schmidt"_s, u"Email"_s, u"1 unread"_s, u"last activity"_s,
                                    u"SLA"_s, u"priority High"_s, u"assigned to Mia Berger"_s})
            QVERIFY2(anna.contains(part), qPrintable(anna));

        const QString lars = rowContaining(names, u"Lars Jensen"_s);
        QVERIFY2(!lars.isEmpty(), qPrintable(names.join(u'\n')));
        for (const QString &part :
             {u"SMS"_s, u"2 unread"_s, u"SLA broken"_s, u"priority Urgent"_s, u"unassigned"_s})
            QVERIFY2(lars.contains(part), qPrintable(lars));
        for (const QString &name : names)
            expectPlain(name);
    }

    void timelineItemsSayWhoWhenWhatAndWhetherDelivered()
    {
        uitest::Workspace w;
        w.window->show();
        w.window->openConversation(w.id(u"featured"_s));
        TimelineView *timeline = w.window->conversation()->timeline();
        QVERIFY(timeline);
        QTRY_VERIFY(timeline->model() && timeline->model()->rowCount() > 5);
        const QStringList names = rowNames(timeline);

        // The HTML email: its words, not its markup.
        const QString email = rowContaining(names, u"Guten Tag"_s);
        QVERIFY2(!email.isEmpty(), qPrintable(names.join(u'\n')));
        QVERIFY2(email.startsWith(u"Customer Anna Schmidt"_s), qPrintable(email));
        QVERIFY2(email.contains(u"2 attachment"_s), qPrintable(email));
        QVERIFY(!email.contains(u"document.location"_s)); // the script is no text
        const QString reply = rowContaining(names, u"Reply by Mia Berger"_s);
        QVERIFY2(reply.contains(u"Read"_s), qPrintable(reply));
        const QString note = rowContaining(names, u"courier pickup"_s);
        QVERIFY2(note.startsWith(u"Internal note by Jonas Weber"_s), qPrintable(note));
        const QString failed = rowContaining(names, u"replacement is on its way"_s);
        QVERIFY2(failed.contains(u"not delivered"_s), qPrintable(failed));
        // HTML and Markdown are read as text; a plain-text message that is itself a JSON or XML payload is
        // read as it is.
        for (const QString &text : {email, reply, note, failed})
            expectPlain(text);
        for (const QString &name : names)
            QVERIFY2(!name.contains(u"&nbsp;"_s), qPrintable(name));
    }

    void headerIsReadInWords()
    {
        uitest::Workspace w;
        w.window->show();
        w.window->openConversation(w.id(u"featured"_s));
        auto *details = w.window->conversation()->header()->findChild<QLabel *>(u"headerDetails"_s);
        QVERIFY(details);
        QAccessibleInterface *label = QAccessible::queryAccessibleInterface(details);
        const QString name = label->text(QAccessible::Name);
        expectPlain(name);
        for (const QString &part : {u"Email"_s, u"Open"_s, u"Priority High"_s, u"Assigned to Mia Berger"_s})
            QVERIFY2(name.contains(part), qPrintable(name));
    }

    void supervisorFiguresAndTheTableBehindTheChart()
    {
        uitest::Workspace w;
        SupervisorView view(*w.store);
        view.feed()->refresh();
        view.show();
        QVERIFY(!view.windowTitle().isEmpty());
        const QList<WallboardTile *> tiles = view.findChildren<WallboardTile *>();
        QVERIFY(tiles.size() >= 4);
        for (WallboardTile *tile : tiles) {
            QVERIFY(tile->focusPolicy() & Qt::TabFocus);
            QAccessibleInterface *figure = QAccessible::queryAccessibleInterface(tile);
            QVERIFY(!figure->text(QAccessible::Name).isEmpty());
            QVERIFY2(figure->text(QAccessible::Description).startsWith(tile->valueText()),
                     qPrintable(figure->text(QAccessible::Description)));
        }
        WallboardTile *waiting = view.tile(u"tileWaiting"_s);
        QVERIFY(waiting);
        QCOMPARE(waiting->valueText().isEmpty(), false);

        QVERIFY(view.trend()->focusPolicy() & Qt::TabFocus);
        QStandardItemModel *table = view.trend()->table();
        const QList<TrendBucket> &trend = view.feed()->snapshot().trend;
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->rowCount(), int(trend.size()));
        qint64 offered = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            QCOMPARE(table->item(row, 1)->text(), QLocale().toString(trend[row].offered));
            QCOMPARE(table->item(row, 2)->text(), QLocale().toString(trend[row].answered));
            offered += trend[row].offered;
        }
        QVERIFY(QAccessible::queryAccessibleInterface(view.trend())
                    ->text(QAccessible::Description)
                    .contains(QLocale().toString(offered)));
        QTableView *shown = view.trendTable();
        QVERIFY(!shown->isVisible());
        view.findChild<QAbstractButton *>(u"showTrendTable"_s)->click();
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->model(), table);
    }

    void supervisorWindowClosesWithEscape()
    {
        uitest::Workspace w;
        auto *view = new SupervisorView(*w.store);
        view->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<SupervisorView> guard(view);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QTest::keyClick(view, Qt::Key_Escape);
        QTRY_VERIFY(!guard);
    }
};

QTEST_MAIN(TestAccessibilityTexts)
#include "tst_accessibility_texts.moc"
