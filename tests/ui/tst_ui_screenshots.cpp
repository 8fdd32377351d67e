// Screenshots of the workspace in light and dark, on a real (virtual) display, for people to look at: the
// featured conversation (HTML email, Markdown reply, highlighted note and payloads, a failed reply), the
// customer's timeline across channels, the search, the shortcut sheet and the command palette.
#include "WorkspaceTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/WorkspaceActions.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/TimelineView.h"
#include "ui/search/SearchDialog.h"
#include "ui/shortcuts/ShortcutSheet.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleHints>
#include <QTest>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

namespace {
QString artifact(const QString &name)
{
    QDir().mkpath(QStringLiteral(KONTOR_TEST_ARTIFACTS));
    return QStringLiteral(KONTOR_TEST_ARTIFACTS "/") + name;
}

bool saveShot(QWidget &widget, const QString &name)
{
    QTest::qWait(200);
    return widget.grab().toImage().save(artifact(name));
}
} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        applyTheme(*qApp);
    }

    void workspace_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void workspace()
    {
        QFETCH(bool, dark);
        setPreferredColorScheme(dark ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light);
        QCOMPARE(isDarkScheme(), dark);
        const QString suffix = dark ? u"dark"_s : u"light"_s;
        uitest::Workspace w;
        w.window->resize(1600, 1000);
        w.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        w.window->showView(u"view:mine"_s);
        w.window->openConversation(w.id(u"featured"_s));
        // Scroll to show the email and the reply.
        TimelineView *timeline = w.window->conversation()->timeline();
        QTest::qWait(100);
        timeline->scrollToTop();
        QVERIFY(saveShot(*w.window, u"workspace-%1.png"_s.arg(suffix)));

        timeline->scrollToNewest();
        QVERIFY(saveShot(*w.window, u"workspace-%1-newest.png"_s.arg(suffix)));

        w.window->conversation()->setAllChannels(true);
        QTest::qWait(100);
        timeline->scrollToNewest();
        QVERIFY(saveShot(*w.window, u"workspace-%1-all-channels.png"_s.arg(suffix)));

        w.window->showView(u"view:all"_s);
        w.window->openConversation(w.id(u"lars-sms"_s));
        QVERIFY(saveShot(*w.window, u"workspace-%1-all-open.png"_s.arg(suffix)));

        SearchDialog *search = w.window->searchDialog();
        w.window->openSearch();
        search->field()->setText(u"grinder"_s);
        search->searchNow();
        QVERIFY(saveShot(*search, u"search-%1.png"_s.arg(suffix)));
        search->hide();

        ShortcutSheet sheet(*w.window->actions(), w.window.get());
        sheet.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sheet));
        QVERIFY(saveShot(sheet, u"shortcuts-%1.png"_s.arg(suffix)));
        sheet.hide();

        w.window->activateWindow();
        w.window->actions()->commandPalette->trigger();
        QVERIFY(w.window->commandPalette());
        QVERIFY(saveShot(*w.window, u"palette-%1.png"_s.arg(suffix)));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_ui_screenshots.moc"
