// The supervisor view on a real display, light and dark, saved for a person to look at.
#include "SupervisorFixture.h"

#include "analytics/SupervisorFeed.h"
#include "ui/Theme.h"
#include "ui/supervisor/SupervisorView.h"
#include "ui/supervisor/WallboardTile.h"

#include <QApplication>
#include <QDir>
#include <QStyleHints>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

class TestSupervisorScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void shots()
    {
        QFETCH(bool, dark);
        ui::setPreferredColorScheme(dark ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light);
        ui::applyTheme(*qApp);

        QTemporaryDir dir;
        StoreOpenResult opened = Store::open(dir.filePath(QStringLiteral("s.db")));
        QVERIFY(opened.store);
        testing::SupervisorFixture fixture;
        auto future = opened.store->ingest(fixture.batch());
        future.waitForFinished();

        ui::SupervisorView view(*opened.store);
        view.feed()->setClock([now = fixture.now] { return now; });
        view.feed()->refresh();
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(150);
        QCOMPARE(view.tile(QStringLiteral("tileLongestWait"))->level(), TileLevel::Red);

        const QImage shot = view.grab().toImage();
        QDir().mkpath(QStringLiteral(KONTOR_TEST_ARTIFACTS));
        const QString path = QStringLiteral(KONTOR_TEST_ARTIFACTS "/supervisor-%1.png")
                                 .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
        QVERIFY(shot.save(path));
        // The window follows the scheme: its background is dark in dark mode and light otherwise.
        const QColor background = shot.pixelColor(5, 5);
        QCOMPARE(background.lightness() < 128, dark);
    }
};

QTEST_MAIN(TestSupervisorScreenshot)
#include "tst_supervisor_screenshot.moc"
