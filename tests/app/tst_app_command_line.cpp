// The kontor executable's command line: --version, --help, and clear errors for bad options.
#include <QProcess>
#include <QTest>
#include <memory>

class TestAppCommandLine : public QObject
{
    Q_OBJECT
private:
    static QProcess *run(const QStringList &arguments)
    {
        auto *process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(KONTOR_APP_BINARY), arguments);
        process->waitForFinished(30000);
        return process;
    }

private Q_SLOTS:
    void version()
    {
        std::unique_ptr<QProcess> p(run({QStringLiteral("--version")}));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY(QString::fromUtf8(p->readAllStandardOutput()).contains(QStringLiteral("Kontor 0.")));
    }

    void help()
    {
        std::unique_ptr<QProcess> p(run({QStringLiteral("--help")}));
        QCOMPARE(p->exitCode(), 0);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY(out.contains(QStringLiteral("--language")));
        QVERIFY(out.contains(QStringLiteral("--color-scheme")));
    }

    void helpIsTranslated()
    {
        std::unique_ptr<QProcess> p(
            run({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--help")}));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY(QString::fromUtf8(p->readAllStandardOutput()).contains(QStringLiteral("Oberflächensprache")));
    }

    void badOptionsFailClearly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--language"), QStringLiteral("xx")}
                                          << QStringLiteral("Unknown language \"xx\"");
        QTest::newRow("unknown scheme")
            << QStringList{QStringLiteral("--color-scheme"), QStringLiteral("pink")}
            << QStringLiteral("Unknown color scheme \"pink\"");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    }

    void badOptionsFailClearly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        std::unique_ptr<QProcess> p(run(arguments));
        QVERIFY(p->exitCode() != 0);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }
};

QTEST_MAIN(TestAppCommandLine)
#include "tst_app_command_line.moc"
