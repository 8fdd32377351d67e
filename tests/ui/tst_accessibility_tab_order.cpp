// The workspace by keyboard: Tab goes through the screen as it is laid out — navigation, inbox, conversation,
// composer, customer panel, status bar — and round again; every stop says what it is; arriving somewhere by
// Tab changes nothing (tabbing into the inbox opens no conversation); Reply and Note are two tabs.
#include "WorkspaceTestSupport.h"
#include "ui/composer/Composer.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/customer/CustomerPanel.h"
#include "ui/inbox/InboxPane.h"
#include "ui/navigation/NavigationPane.h"
#include "ui/status/WorkspaceStatusBar.h"

#include <QAccessible>
#include <QApplication>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

namespace {
enum Region
{
    NavigationArea,
    InboxArea,
    ConversationArea,
    ComposerArea,
    CustomerArea,
    StatusArea,
    Elsewhere,
};

const char *regionName(int region)
{
    static const char *names[] = {"navigation", "inbox",  "conversation", "composer",
                                  "customer",   "status", "elsewhere"};
    return names[region];
}

Region regionOf(MainWindow &window, QWidget *widget)
{
    const auto within = [widget](QWidget *area) {
        return area && (widget == area || area->isAncestorOf(widget));
    };
    if (within(window.conversation()->composer()))
        return ComposerArea;
    if (within(window.navigation()))
        return NavigationArea;
    if (within(window.inbox()))
        return InboxArea;
    if (within(window.conversation()))
        return ConversationArea;
    if (within(window.customer()))
        return CustomerArea;
    if (within(window.workspaceStatusBar()))
        return StatusArea;
    return Elsewhere;
}

// What a screen reader says for the focused widget: its name, else its value (a text field's text).
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return {};
    QString name = iface->text(QAccessible::Name);
    if (name.isEmpty())
        name = iface->text(QAccessible::Value);
    return name.trimmed();
}

struct Stop
{
    QWidget *widget;
    Region region;
    QString name;
};

// Tabs from the navigation until the focus is back there (or a bound is reached).
QList<Stop> tabRound(MainWindow &window)
{
    QList<Stop> stops;
    window.navigation()->setFocus(Qt::OtherFocusReason);
    QWidget *start = QApplication::focusWidget();
    for (int i = 0; i < 120; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        // Round once: back at where Tab started, or at the first stop it made.
        if (!now || now == start || (!stops.isEmpty() && now == stops.first().widget))
            break;
        stops.append({now, regionOf(window, now), spokenName(now)});
    }
    return stops;
}

QString describe(const QList<Stop> &stops)
{
    QStringList lines;
    for (const Stop &stop : stops)
        lines.append(u"%1 %2 \"%3\""_s.arg(QString::fromLatin1(regionName(stop.region)),
                                           QString::fromLatin1(stop.widget->metaObject()->className()),
                                           stop.name));
    return lines.join(u'\n');
}
} // namespace

class TestAccessibilityTabOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init() { QSettings().clear(); }

    void tabFollowsTheScreenWithNoSilentStop()
    {
        uitest::Workspace w;
        w.window->show();
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        w.window->openConversation(w.id(u"featured"_s));
        QTRY_COMPARE(w.window->conversation()->conversationId(), w.id(u"featured"_s));

        const QList<Stop> stops = tabRound(*w.window);
        QVERIFY2(stops.size() > 6, qPrintable(describe(stops)));
        int last = NavigationArea;
        QList<int> seen;
        for (const Stop &stop : stops) {
            QVERIFY2(stop.region != Elsewhere, qPrintable(describe(stops)));
            QVERIFY2(stop.region >= last, qPrintable(u"out of order:\n"_s + describe(stops)));
            QVERIFY2(!stop.name.isEmpty(), qPrintable(u"silent stop:\n"_s + describe(stops)));
            last = stop.region;
            if (!seen.contains(stop.region))
                seen.append(stop.region);
        }
        QCOMPARE(seen, (QList<int>{int(NavigationArea), int(InboxArea), int(ConversationArea),
                                   int(ComposerArea), int(CustomerArea), int(StatusArea)}));
    }

    void tabbingIntoTheInboxOpensNothing()
    {
        uitest::Workspace w;
        w.window->show();
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        w.window->showView(u"view:all"_s);
        QListView *list = w.window->inbox()->list();
        QTRY_VERIFY(list->model()->rowCount() > 0);
        list->setCurrentIndex({});
        QCOMPARE(w.window->conversation()->conversationId(), 0);

        w.window->navigation()->setFocus(Qt::OtherFocusReason);
        for (int i = 0; i < 10 && QApplication::focusWidget() != list; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), list);
        QCOMPARE(w.window->conversation()->conversationId(), 0); // arriving opened nothing
        QVERIFY(!spokenName(list).isEmpty());

        // Moving in the list does open, and so does Enter on the row the keyboard is at.
        QTest::keyClick(list, Qt::Key_Down);
        QTRY_VERIFY(w.window->conversation()->conversationId() != 0);
    }

    void replyAndNoteAreTwoTabs()
    {
        uitest::Workspace w;
        w.window->show();
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        w.window->openConversation(w.id(u"featured"_s));
        Composer *composer = w.window->conversation()->composer();
        QVERIFY(composer);
        QTabBar *modes = composer->modeTabs();
        QAccessibleInterface *bar = QAccessible::queryAccessibleInterface(modes);
        QCOMPARE(bar->role(), QAccessible::PageTabList);
        // The tabs, besides the bar's scroll buttons.
        QStringList tabs;
        for (int i = 0; i < bar->childCount(); ++i) {
            if (bar->child(i)->role() == QAccessible::PageTab)
                tabs.append(bar->child(i)->text(QAccessible::Name));
        }
        QCOMPARE(tabs, (QStringList{u"Reply"_s, u"Note"_s}));
        QVERIFY(modes->focusPolicy() & Qt::TabFocus);

        modes->setFocus(Qt::TabFocusReason);
        QVERIFY(!composer->isNote());
        QTest::keyClick(modes, Qt::Key_Right);
        QVERIFY(composer->isNote());
        QTest::keyClick(modes, Qt::Key_Left);
        QVERIFY(!composer->isNote());
    }
};

QTEST_MAIN(TestAccessibilityTabOrder)
#include "tst_accessibility_tab_order.moc"
