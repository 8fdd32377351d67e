// Search results: customers, conversations and messages under headings, marked snippets, more messages as
// the view scrolls.
#include "WorkspaceFixture.h"
#include "models/SearchResultsModel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::models;
using namespace Qt::StringLiterals;

namespace {
constexpr UtcMillis kNow = 1'760'000'000'000;
using Kind = SearchResultsModel::Kind;

QList<Kind> kindsOf(const SearchResultsModel &model)
{
    QList<Kind> kinds;
    for (int i = 0; i < model.rowCount(); ++i)
        kinds.append(model.resultAt(i).kind);
    return kinds;
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        store_ = fixture::openFilledStore(dir_.path(), kNow);
    }
    void cleanupTestCase() { store_.reset(); }

    void groupsResultsUnderHeadings()
    {
        SearchResultsModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(u"anna"_s);
        const QList<Kind> kinds = kindsOf(model);
        QCOMPARE(kinds.first(), Kind::Heading);
        QVERIFY(kinds.contains(Kind::Customer));
        const int firstCustomer = int(kinds.indexOf(Kind::Customer));
        QVERIFY(model.resultAt(firstCustomer).title.contains(searchMatchStart));
        QCOMPARE(SearchResultsModel::withoutMarks(model.resultAt(firstCustomer).title), u"Anna Schmidt"_s);
        QCOMPARE(model.index(0).flags() & (Qt::ItemIsEnabled | Qt::ItemIsSelectable), Qt::ItemFlags());
        QCOMPARE(model.firstResultRow(), firstCustomer);
    }

    void findsMessagesWithSnippets()
    {
        SearchResultsModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(u"grinder"_s);
        const QList<Kind> kinds = kindsOf(model);
        QVERIFY(kinds.contains(Kind::Conversation));
        QVERIFY(kinds.contains(Kind::Message));
        const int conversation = int(kinds.indexOf(Kind::Conversation));
        QCOMPARE(model.resultAt(conversation).conversationId,
                 fixture::conversationId(*store_, u"featured"_s));
        QCOMPARE(model.index(conversation).data(SearchResultsModel::SnippetRole).toString(),
                 u"Anna Schmidt"_s);
        const int message = int(kinds.indexOf(Kind::Message));
        const SearchResultsModel::Result hit = model.resultAt(message);
        QVERIFY(hit.messageId > 0 && hit.conversationId > 0);
        QVERIFY(hit.snippet.contains(searchMatchStart + u"grinder"_s, Qt::CaseInsensitive));
        QVERIFY(!model.index(message).data().toString().contains(searchMatchStart));
    }

    void readsMoreMessagesOnScroll()
    {
        SearchResultsModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLimits(0, 0, 5);
        model.setQuery(u"order"_s);
        QVERIFY(model.canFetchMore({}));
        QSet<qint64> seen;
        while (model.canFetchMore({}))
            model.fetchMore({});
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.resultAt(i).kind == Kind::Message) {
                QVERIFY(!seen.contains(model.resultAt(i).messageId));
                seen.insert(model.resultAt(i).messageId);
            }
        }
        QVERIFY(seen.size() > 5);
    }

    void oddInputNeverFails_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("mayFind"); // words like "not" occur in the messages
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("quotes") << u"\"unbalanced"_s << false;
        QTest::newRow("operators") << u"AND OR NOT * NEAR("_s << true;
        QTest::newRow("nothing found") << u"xylophonequartet"_s << false;
    }

    void oddInputNeverFails()
    {
        QFETCH(QString, text);
        QFETCH(bool, mayFind);
        SearchResultsModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(text);
        if (!mayFind)
            QCOMPARE(model.firstResultRow(), -1);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_models_search.moc"
