// About Kontor: the application's KAboutData says what Kontor is (version, licence, homepage, authors, the
// names it registers under), keeps the application name its settings and store are found under, and Help →
// About Kontor shows it in KDE's About dialog.
#include "core/Version.h"
#include "ui/AboutKontor.h"
#include "ui/MainWindow.h"

#include <KAboutApplicationDialog>
#include <KAboutData>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace kontor;
using namespace Qt::StringLiterals;

class TestUiAbout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aboutDataDescribesKontor();
    void applicationKeepsItsNames();
    void helpMenuShowsTheAboutDialog();
};

void TestUiAbout::initTestCase()
{
    QApplication::setApplicationName(u"Kontor"_s);
    QApplication::setOrganizationName(u"Kontor"_s);
    ui::registerAboutKontor();
}

void TestUiAbout::aboutDataDescribesKontor()
{
    const KAboutData about = KAboutData::applicationData();
    QCOMPARE(about.displayName(), u"Kontor"_s);
    QCOMPARE(about.version(), QString::fromLatin1(kVersion));
    QVERIFY(!about.shortDescription().isEmpty());
    QCOMPARE(about.homepage(), u"https://kontor.org"_s);
    QCOMPARE(about.bugAddress(), u"developers@kontor.org"_s);
    QCOMPARE(about.licenses().size(), 1);
    QCOMPARE(about.licenses().first().key(), KAboutLicense::GPL_V3);
    // "Or later", as in the metainfo's GPL-3.0-or-later; KAboutLicense spells it the older SPDX way.
    QCOMPARE(about.licenses().first().spdx(), u"GPL-3.0+"_s);
    QVERIFY(about.copyrightStatement().contains(u"Kontor"_s));
    QCOMPARE(about.authors().size(), 1);
    QCOMPARE(about.authors().first().emailAddress(), u"developers@kontor.org"_s);
    // Not KDE's defaults (kde.org, org.kde.*, KDE's bug tracker): crash reports and the session bus use
    // these.
    QCOMPARE(about.organizationDomain(), u"kontor.org"_s);
    QCOMPARE(about.desktopFileName(), QString::fromLatin1(kAppId));
}

void TestUiAbout::applicationKeepsItsNames()
{
    // KAboutData sets the application's names from its own: the component name is the application name the
    // settings, the data folder and the store have always been found under.
    QCOMPARE(QCoreApplication::applicationName(), u"Kontor"_s);
    QCOMPARE(QCoreApplication::organizationDomain(), u"kontor.org"_s);
    QCOMPARE(QCoreApplication::applicationVersion(), QString::fromLatin1(kVersion));
    QCOMPARE(QGuiApplication::desktopFileName(), QString::fromLatin1(kAppId));
}

void TestUiAbout::helpMenuShowsTheAboutDialog()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *about = window.findChild<QAction *>(u"actionAbout"_s);
    QVERIFY(about);
    QVERIFY(about->isEnabled()); // with no store too
    about->trigger();
    KAboutApplicationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<KAboutApplicationDialog *>()) && dialog->isVisible());
    bool showsVersion = false;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        showsVersion = showsVersion || label->text().contains(QString::fromLatin1(kVersion));
    QVERIFY(showsVersion);
    dialog->close();
    QTRY_VERIFY(!window.findChild<KAboutApplicationDialog *>()); // closed dialogs are deleted
}

QTEST_MAIN(TestUiAbout)
#include "tst_ui_about.moc"
