// Opens the real main window on a real (virtual) display, checks its regions and saves a screenshot.
#include "ui/ConversationPane.h"
#include "ui/CustomerPanel.h"
#include "ui/InboxPane.h"
#include "ui/MainWindow.h"
#include "ui/NavigationPane.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QScreen>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace kontor::ui;

class TestAppSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(*qApp);
    }

    void mainWindowShowsItsRegions()
    {
        MainWindow window;
        window.resize(1480, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Kontor"));
        QVERIFY(!window.windowIcon().isNull());

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
        auto *outbox = statusBar->findChild<QLabel *>(QStringLiteral("outboxStatus"));
        QVERIFY(connectors && connectors->isVisible() && !connectors->text().isEmpty());
        QVERIFY(outbox && outbox->isVisible() && !outbox->text().isEmpty());

        // Navigation lists the six views and the nine channels.
        auto *nav = window.navigation()->view();
        QCOMPARE(nav->model()->rowCount(nav->model()->index(0, 0)), 6);
        QCOMPARE(nav->model()->rowCount(nav->model()->index(1, 0)), 9);

        QTest::qWait(100);
        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7) {
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, "the window painted next to nothing");
        QDir().mkpath(QStringLiteral(KONTOR_TEST_ARTIFACTS));
        QVERIFY(shot.save(QStringLiteral(KONTOR_TEST_ARTIFACTS "/main-window.png")));
    }
};

QTEST_MAIN(TestAppSmoke)
#include "tst_app_smoke.moc"
