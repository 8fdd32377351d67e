#include "core/NameSimilarity.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

class TestIdentityNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folding_data();
    void folding();
    void similarity_data();
    void similarity();
    void symmetric();
    void boundedOnHostileInput();
};

void TestIdentityNames::folding_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("folded");

    QTest::newRow("German umlauts") << u"Jürgen Müller"_s << u"jurgen muller"_s;
    QTest::newRow("sharp s") << u"Strauß"_s << u"strauss"_s;
    QTest::newRow("Danish letters") << u"Søren Ærø-Ågård"_s << u"soren aero agard"_s;
    QTest::newRow("French accents") << u"Élodie Lefèvre"_s << u"elodie lefevre"_s;
    QTest::newRow("Polish") << u"Łukasz Wałęsa"_s << u"lukasz walesa"_s;
    QTest::newRow("Icelandic") << u"Þóra Guðmundsdóttir"_s << u"thora gudmundsdottir"_s;
    QTest::newRow("decomposed input") << u"Jo\u0308rg"_s << u"jorg"_s;
    QTest::newRow("comma and spaces") << u"  Schmidt,   Anna  "_s << u"schmidt anna"_s;
    QTest::newRow("apostrophe joins") << u"Seán O’Brien"_s << u"sean obrien"_s;
    QTest::newRow("initial") << u"A. Schmidt"_s << u"a schmidt"_s;
    QTest::newRow("ligature") << u"ﬁonn"_s << u"fionn"_s;
    QTest::newRow("emoji dropped") << u"Anna 🌻 Schmidt"_s << u"anna schmidt"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentityNames::folding()
{
    QFETCH(QString, name);
    QFETCH(QString, folded);
    QCOMPARE(foldName(name), folded);
}

void TestIdentityNames::similarity_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::addColumn<bool>("suggested");

    QTest::newRow("identical") << u"Anna Schmidt"_s << u"Anna Schmidt"_s << 1.0 << 1.0 << true;
    QTest::newRow("case and accents") << u"JÜRGEN MÜLLER"_s << u"jurgen muller"_s << 1.0 << 1.0 << true;
    QTest::newRow("word order") << u"Schmidt, Anna"_s << u"Anna Schmidt"_s << 1.0 << 1.0 << true;
    QTest::newRow("Danish transliteration")
        << u"Søren Kierkegaard"_s << u"Soren Kierkegaard"_s << 1.0 << 1.0 << true;
    QTest::newRow("umlaut written out") << u"Jürgen Müller"_s << u"Juergen Mueller"_s << 0.85 << 0.95 << true;
    QTest::newRow("typo") << u"Anna Schmidt"_s << u"Anna Schmitt"_s << 0.85 << 0.95 << true;
    QTest::newRow("initial") << u"A. Schmidt"_s << u"Anna Schmidt"_s << 0.9 << 0.99 << true;
    QTest::newRow("middle name left out")
        << u"Anna Schmidt"_s << u"Anna Maria Schmidt"_s << 0.85 << 0.95 << true;
    QTest::newRow("title") << u"Dr. Anna Schmidt"_s << u"Anna Schmidt"_s << 0.85 << 0.95 << true;
    QTest::newRow("other first name") << u"Anna Schmidt"_s << u"Peter Schmidt"_s << 0.0 << 0.6 << false;
    QTest::newRow("similar first name") << u"Anna Schmidt"_s << u"Hanna Schmidt"_s << 0.0 << 0.6 << false;
    QTest::newRow("other surname") << u"Anna Schmidt"_s << u"Anna Meyer"_s << 0.0 << 0.6 << false;
    QTest::newRow("nothing shared") << u"Anna Schmidt"_s << u"Lars Nielsen"_s << 0.0 << 0.0 << false;
    QTest::newRow("first name only") << u"Anna"_s << u"anna"_s << 1.0 << 1.0 << false;
    QTest::newRow("first name against full") << u"Anna"_s << u"Anna Schmidt"_s << 0.4 << 0.6 << false;
    QTest::newRow("initials only") << u"A. S."_s << u"Anna Schmidt"_s << 0.85 << 0.95 << false;
    QTest::newRow("empty") << QString() << u"Anna Schmidt"_s << 0.0 << 0.0 << false;
    QTest::newRow("punctuation only") << u"--"_s << u"..."_s << 0.0 << 0.0 << false;
}

void TestIdentityNames::similarity()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    QFETCH(bool, suggested);

    const double score = nameSimilarity(first, second);
    QVERIFY2(score >= minimum && score <= maximum, qPrintable(QString::number(score)));
    QCOMPARE(namesSuggestSamePerson(first, second), suggested);
}

void TestIdentityNames::symmetric()
{
    const QStringList names = {u"Anna Schmidt"_s,   u"A. Schmidt"_s,     u"Anna Maria Schmidt"_s,
                               u"Jürgen Mueller"_s, u"Juergen Müller"_s, u"Søren Ærø"_s,
                               u"Hanna Schmitt"_s};
    for (const QString &a : names) {
        for (const QString &b : names) {
            QCOMPARE(nameSimilarity(a, b), nameSimilarity(b, a));
            QCOMPARE(namesSuggestSamePerson(a, b), namesSuggestSamePerson(b, a));
        }
    }
}

void TestIdentityNames::boundedOnHostileInput()
{
    // A backend may send anything as a name; the comparison stays cheap and defined.
    const QString huge = QString(100000, u'a') + u' ' + QString(100000, u'b');
    QVERIFY(nameSimilarity(huge, huge) <= 1.0);
    QVERIFY(foldName(huge).size() <= 200);
    const QString manyWords = QStringList(1000, u"anna"_s).join(u' ');
    QCOMPARE(nameSimilarity(manyWords, manyWords), 1.0);
}

QTEST_GUILESS_MAIN(TestIdentityNames)
#include "tst_identity_names.moc"
