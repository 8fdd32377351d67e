// The agent's own availability: chosen in the status bar or from the command palette, kept for the next
// start, away by itself after the idle time of the settings (through an injected idle source) and back at the
// next input; a status the agent chose is never undone by the idle time.
#include "WorkspaceTestSupport.h"
#include "ui/WorkspaceActions.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/WorkspaceSettings.h"
#include "ui/status/AgentAvailability.h"
#include "ui/status/AvailabilityButton.h"
#include "ui/status/IdleSource.h"
#include "ui/status/WorkspaceStatusBar.h"

#include <KCommandBar>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

namespace {
class FakeIdleSource : public IdleSource
{
public:
    using IdleSource::IdleSource;
    void watch(std::chrono::milliseconds after) override { watched.append(after); }
    void becomeIdle() { Q_EMIT idle(); }
    void input() { Q_EMIT resumed(); }
    QList<std::chrono::milliseconds> watched;
};

QAction *menuEntry(AvailabilityButton *button, Presence presence)
{
    for (QAction *action : button->menu()->actions()) {
        if (action->data().toInt() == int(presence))
            return action;
    }
    return nullptr;
}
} // namespace

class TestAvailability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void statusBarShowsAndChangesTheStatus()
    {
        FakeIdleSource idle;
        uitest::Workspace w;
        w.window->availability()->setIdleSource(&idle);
        AgentAvailability *availability = w.window->availability();
        AvailabilityButton *button = w.window->workspaceStatusBar()->availabilityButton();
        QVERIFY(button);
        QCOMPARE(availability->status(), Presence::Online);
        QCOMPARE(button->text(), u"Online"_s);
        QCOMPARE(button->accessibleName(), u"Your status: Online"_s);

        menuEntry(button, Presence::Busy)->trigger();
        QCOMPARE(availability->status(), Presence::Busy);
        QCOMPARE(button->text(), u"Busy"_s);
        QVERIFY(menuEntry(button, Presence::Busy)->isChecked());
        QVERIFY(!menuEntry(button, Presence::Online)->isChecked());
        // The palette's actions show the same.
        for (QAction *action : w.window->actions()->availability)
            QCOMPARE(action->isChecked(), action->data().toInt() == int(Presence::Busy));
        QCOMPARE(WorkspaceSettings::availability(), Presence::Busy);
    }

    void paletteSetsTheStatus()
    {
        FakeIdleSource idle;
        uitest::Workspace w;
        w.window->availability()->setIdleSource(&idle);
        w.window->show();
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        QTest::keyClick(w.window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<KCommandBar> palette = w.window->commandPalette();
        QVERIFY(palette);
        QTRY_VERIFY(palette->isVisible());
        auto *field = palette->findChild<QLineEdit *>();
        QVERIFY(field);
        QTest::keyClicks(field, u"status away"_s);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(w.window->availability()->status(), Presence::Away);
        QVERIFY(!w.window->availability()->isAutoAway());
        QCOMPARE(w.window->workspaceStatusBar()->availabilityButton()->text(), u"Away"_s);
    }

    void theChoiceIsKeptForTheNextStart()
    {
        {
            AgentAvailability availability(nullptr);
            availability.setStatus(Presence::Busy);
        }
        AgentAvailability again(nullptr);
        QCOMPARE(again.status(), Presence::Busy);
        // Offline is not a choice while Kontor runs.
        again.setStatus(Presence::Offline);
        QCOMPARE(again.status(), Presence::Busy);
    }

    void idleMakesAwayAndInputBringsBack_data()
    {
        QTest::addColumn<int>("chosen");
        QTest::addColumn<int>("whileIdle");
        QTest::addColumn<bool>("automatic");
        QTest::newRow("online") << int(Presence::Online) << int(Presence::Away) << true;
        QTest::newRow("busy") << int(Presence::Busy) << int(Presence::Away) << true;
        // Away by choice stays a choice: input does not make the agent online.
        QTest::newRow("away by choice") << int(Presence::Away) << int(Presence::Away) << false;
    }
    void idleMakesAwayAndInputBringsBack()
    {
        QFETCH(int, chosen);
        QFETCH(int, whileIdle);
        QFETCH(bool, automatic);
        FakeIdleSource idle;
        AgentAvailability availability(&idle);
        QCOMPARE(idle.watched, QList<std::chrono::milliseconds>{std::chrono::minutes(10)}); // the default
        availability.setStatus(Presence(chosen));
        QSignalSpy changes(&availability, &AgentAvailability::statusChanged);
        idle.becomeIdle();
        QCOMPARE(availability.status(), Presence(whileIdle));
        QCOMPARE(availability.isAutoAway(), automatic);
        QCOMPARE(changes.size(), automatic ? 1 : 0);
        idle.input();
        QCOMPARE(availability.status(), Presence(chosen));
        QVERIFY(!availability.isAutoAway());
        QCOMPARE(changes.size(), automatic ? 2 : 0);
        // What was chosen is what is kept, not the automatic away.
        QCOMPARE(WorkspaceSettings::availability(), Presence(chosen));
    }

    void statusBarSaysWhenAwayByIdleness()
    {
        FakeIdleSource idle;
        uitest::Workspace w;
        w.window->availability()->setIdleSource(&idle);
        AvailabilityButton *button = w.window->workspaceStatusBar()->availabilityButton();
        idle.becomeIdle();
        QCOMPARE(button->text(), u"Away (idle)"_s);
        QVERIFY(menuEntry(button, Presence::Away)->isChecked());
        // Choosing while away by idleness is a real choice.
        menuEntry(button, Presence::Online)->trigger();
        QCOMPARE(button->text(), u"Online"_s);
        QVERIFY(!w.window->availability()->isAutoAway());
    }

    void neverAwayWhenTheIdleTimeIsOff()
    {
        FakeIdleSource idle;
        AgentAvailability availability(&idle);
        availability.setAutoAwayMinutes(0);
        QCOMPARE(idle.watched.last(), std::chrono::milliseconds(0));
        idle.becomeIdle();
        QCOMPARE(availability.status(), Presence::Online);
    }

    void settingsChangeTheIdleTime()
    {
        FakeIdleSource idle;
        uitest::Workspace w;
        w.window->availability()->setIdleSource(&idle);
        w.window->showSettings(int(SettingsDialog::Page::Availability));
        SettingsDialog *dialog = w.window->settingsDialog();
        QVERIFY(dialog);
        auto *minutes = dialog->findChild<QSpinBox *>(u"autoAwayMinutes"_s);
        QVERIFY(minutes);
        QCOMPARE(minutes->value(), 10);
        QCOMPARE(minutes->text(), u"10 min"_s);
        minutes->setValue(3);
        dialog->apply();
        QCOMPARE(WorkspaceSettings::autoAwayMinutes(), 3);
        QCOMPARE(idle.watched.last(), std::chrono::milliseconds(std::chrono::minutes(3)));
        QCOMPARE(w.window->availability()->autoAwayMinutes(), 3);
        minutes->setValue(0);
        QCOMPARE(minutes->text(), u"Never"_s);
        dialog->close();
    }
};

QTEST_MAIN(TestAvailability)
#include "tst_ui_availability.moc"
