// The search's filters (Ctrl+K): channel, status, assignee, date range and inbox narrow the conversations and
// messages found; customers, who have none of these, are left out while a filter is set.
#include "WorkspaceTestSupport.h"
#include "models/SearchResultsModel.h"
#include "ui/search/SearchDialog.h"
#include "ui/search/SearchFilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;
using Kind = models::SearchResultsModel::Kind;

namespace {
// The conversations the results lead to (from conversation and message rows), and whether customers showed.
struct Found
{
    QSet<qint64> conversations;
    bool customers = false;
};

Found found(SearchDialog &search)
{
    Found f;
    models::SearchResultsModel *model = search.model();
    for (int i = 0; i < model->rowCount(); ++i) {
        const auto &r = model->resultAt(i);
        if (r.kind == Kind::Conversation || r.kind == Kind::Message)
            f.conversations.insert(r.conversationId);
        if (r.kind == Kind::Customer)
            f.customers = true;
    }
    return f;
}

void choose(QComboBox *box, const QString &text)
{
    const int at = box->findText(text);
    QVERIFY2(at >= 0, qPrintable(text));
    box->setCurrentIndex(at);
}
} // namespace

class TestSearchFilters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init() { QSettings().clear(); }

    void filtersNarrowWhatIsFound()
    {
        uitest::Workspace w;
        w.window->show();
        SearchDialog *search = w.window->searchDialog();
        w.window->openSearch();
        search->field()->setText(u"grinder"_s);
        search->searchNow();
        const qint64 featured = w.id(u"featured"_s);
        const qint64 chat = w.id(u"anna-chat"_s);
        Found all = found(*search);
        QVERIFY(all.conversations.contains(featured));
        QVERIFY(all.conversations.contains(chat));

        SearchFilterBar *filters = search->filters();
        choose(filters->channel(), u"Email"_s);
        Found f = found(*search);
        QVERIFY(f.conversations.contains(featured));
        QVERIFY(!f.conversations.contains(chat));
        QVERIFY(!f.customers);
        choose(filters->channel(), u"Any channel"_s);

        choose(filters->status(), u"Pending"_s);
        f = found(*search);
        QCOMPARE(f.conversations, QSet<qint64>{chat});
        choose(filters->status(), u"Any status"_s);

        choose(filters->assignee(), u"Me"_s);
        QCOMPARE(found(*search).conversations, QSet<qint64>{featured});
        choose(filters->assignee(), u"Nobody"_s);
        QVERIFY(!found(*search).conversations.contains(featured));
        QVERIFY(found(*search).conversations.contains(chat));
        choose(filters->assignee(), u"Jonas Weber"_s); // has neither
        QVERIFY(!found(*search).conversations.contains(featured));
        QVERIFY(!found(*search).conversations.contains(chat));
        choose(filters->assignee(), u"Anyone"_s);

        choose(filters->inbox(), u"Website chat"_s);
        QCOMPARE(found(*search).conversations, QSet<qint64>{chat});
        choose(filters->inbox(), u"Any inbox"_s);

        // The range: from tomorrow finds nothing; up to today everything again.
        filters->from()->setDate(QDate::currentDate().addDays(1));
        QVERIFY(found(*search).conversations.isEmpty());
        filters->from()->setDate(filters->from()->minimumDate()); // "Any"
        QCOMPARE(filters->from()->text(), u"Any"_s);
        filters->to()->setDate(QDate::currentDate());
        QCOMPARE(found(*search).conversations, all.conversations);
        // The featured email is two days old: a range ending three days ago leaves it out.
        filters->to()->setDate(QDate::currentDate().addDays(-3));
        QVERIFY(!found(*search).conversations.contains(chat));

        // Every filter back to "any": the customers come back.
        filters->to()->setDate(filters->to()->minimumDate());
        QVERIFY(search->model()->filter().isEmpty());
        QCOMPARE(found(*search).customers, all.customers);
    }
};

QTEST_MAIN(TestSearchFilters)
#include "tst_ui_search_filters.moc"
