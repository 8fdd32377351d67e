// The German and Danish catalogues are complete for what the main window shows, and load by language code.
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/status/WorkspaceStatusBar.h"

#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace kontor::ui;

class TestAppTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void catalogueIsEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : translatedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void catalogueIsEmbedded()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("kontor"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language(), language);
    }

    void englishHasItsPluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("C locale") << QStringLiteral("C");
    }

    void englishHasItsPluralForms()
    {
        QFETCH(QString, language);
        installTranslations(language);
        WorkspaceStatusBar bar{WorkspaceContext{}};
        bar.setOutboxCount(1, 0);
        QCOMPARE(bar.outboxText(), QStringLiteral("1 action waiting to send"));
        bar.setOutboxCount(3, 2);
        QCOMPARE(bar.outboxText(), QStringLiteral("3 actions waiting to send · 2 failed"));
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
    }

    void menusFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Gehe zu"),
                                           QStringLiteral("&Konversation"), QStringLiteral("&Ansicht"),
                                           QStringLiteral("&Hilfe")};
        QTest::newRow("da") << QStringLiteral("da")
                            << QStringList{QStringLiteral("&Fil"), QStringLiteral("&Gå"),
                                           QStringLiteral("&Samtale"), QStringLiteral("&Vis"),
                                           QStringLiteral("&Hjælp")};
    }

    void menusFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        const QLocale locale = installTranslations(language);
        QCOMPARE(locale.name().left(2), language);
        MainWindow window;
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        QCOMPARE(titles, menus);
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
    }
};

QTEST_MAIN(TestAppTranslations)
#include "tst_app_translations.moc"
