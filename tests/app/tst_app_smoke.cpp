// Opens the real main window on a real (virtual) display — over an empty context and over a filled store —
// checks its regions and saves a screenshot.
#include "WorkspaceFixture.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/customer/CustomerPanel.h"
#include "ui/inbox/InboxPane.h"
#include "ui/navigation/NavigationPane.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace kontor;
using namespace kontor::ui;

namespace {
void checkRegions(MainWindow &window)
{
    const QStringList regions = {QStringLiteral("navigation"), QStringLiteral("inboxList"),
                                 QStringLiteral("conversationPane"), QStringLiteral("customerPanel")};
    QList<QRect> areas;
    for (const QString &name : regions) {
        auto *region = window.findChild<QWidget *>(name);
        QVERIFY2(region, qPrintable(name));
        QVERIFY2(region->isVisible(), qPrintable(name));
        QVERIFY2(region->width() >= 150 && region->height() >= 400, qPrintable(name));
        areas.append(QRect(region->mapTo(&window, QPoint(0, 0)), region->size()));
    }
    // Left to right, not overlapping: navigation, list, conversation, customer.
    for (qsizetype i = 1; i < areas.size(); ++i)
        QVERIFY(areas[i - 1].right() < areas[i].left());
    auto *statusBar = window.statusBar();
    QVERIFY(statusBar && statusBar->isVisible());
    auto *connectors = statusBar->findChild<QLabel *>(QStringLiteral("connectorStatus"));
    auto *outbox = statusBar->findChild<QToolButton *>(QStringLiteral("outboxStatus"));
    QVERIFY(connectors && connectors->isVisible() && !connectors->text().isEmpty());
    QVERIFY(outbox && outbox->isVisible() && !outbox->text().isEmpty());
}

void checkPainted(MainWindow &window, const QString &file)
{
    QTest::qWait(150);
    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 7) {
        for (int x = 0; x < shot.width(); x += 7)
            colours.insert(shot.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, "the window painted next to nothing");
    QDir().mkpath(QStringLiteral(KONTOR_TEST_ARTIFACTS));
    QVERIFY(shot.save(QStringLiteral(KONTOR_TEST_ARTIFACTS "/") + file));
}
} // namespace

class TestAppSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(*qApp);
    }

    void emptyWorkspaceShowsItsRegions()
    {
        MainWindow window(WorkspaceContext{});
        window.resize(1480, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Kontor"));
        QVERIFY(!window.windowIcon().isNull());
        checkRegions(window);
        checkPainted(window, QStringLiteral("main-window-empty.png"));
    }

    void mainWindowShowsTheWorkspace()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = fixture::openFilledStore(dir.path(), nowUtcMillis());
        MainWindow window(WorkspaceContext{store.get(), nullptr, nullptr, nullptr});
        window.resize(1480, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        checkRegions(window);

        // Navigation lists the six views, the channels of the inboxes, teams, inboxes and labels.
        auto *nav = window.navigation()->view();
        QCOMPARE(nav->model()->rowCount(nav->model()->index(0, 0)), 6);
        QCOMPARE(nav->model()->rowCount(nav->model()->index(1, 0)), 8);
        // "Mine" is the first view; it lists conversations and opens the first on J.
        QVERIFY(window.inbox()->list()->model()->rowCount() > 0);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.inbox()->list()->setFocus();
        QTest::keyClick(window.inbox()->list(), Qt::Key_J);
        QTRY_VERIFY(window.conversation()->conversationId() > 0);
        QTRY_VERIFY(window.customer()->customerId() > 0);
        checkPainted(window, QStringLiteral("main-window.png"));
    }
};

QTEST_MAIN(TestAppSmoke)
#include "tst_app_smoke.moc"
