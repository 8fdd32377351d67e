// The navigation: views, channels, teams, inboxes, labels and saved filters, with counts read off the GUI
// thread that match the store's and follow its changes.
#include "WorkspaceFixture.h"
#include "models/NavigationModel.h"
#include "models/SavedFilters.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::models;
using namespace Qt::StringLiterals;

namespace {
constexpr UtcMillis kNow = 1'760'000'000'000;

qint64 countOf(const NavigationModel &model, const QString &key)
{
    const QVariant count = model.indexOfKey(key).data(NavigationModel::CountRole);
    return count.isValid() ? count.toLongLong() : -1;
}
} // namespace

class TestNavigation : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    int run_ = 0;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        SavedFilters::save({});
        store_ = fixture::openFilledStore(dir_.path() + u"/run-%1"_s.arg(++run_), kNow);
    }
    void cleanup() { store_.reset(); }

    void listsSectionsAndEntries()
    {
        NavigationModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList sections;
        for (int s = 0; s < model.rowCount(); ++s)
            sections.append(model.index(s, 0).data(NavigationModel::KeyRole).toString());
        QCOMPARE(sections, (QStringList{u"section:views"_s, u"section:channels"_s, u"section:teams"_s,
                                        u"section:inboxes"_s, u"section:labels"_s}));
        QCOMPARE(model.rowCount(model.index(0, 0)), 6);
        QCOMPARE(model.rowCount(model.index(1, 0)), 8); // the channels of the inboxes: all but API
        QVERIFY(model.indexOfKey(u"channel:whatsapp"_s).isValid());
        QVERIFY(!model.indexOfKey(u"channel:api"_s).isValid());
        QCOMPARE(model.index(0, 0).flags() & Qt::ItemIsSelectable, Qt::ItemFlags());
        QVERIFY(model.indexOfKey(u"view:mine"_s).flags() & Qt::ItemIsSelectable);
        QVERIFY(!model.indexOfKey(u"view:mine"_s).data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void countsMatchTheStore()
    {
        NavigationModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(countOf(model, u"view:all"_s) >= 0);
        QTRY_VERIFY(!model.isCounting());
        for (const QString &key : {u"view:mine"_s, u"view:unassigned"_s, u"view:all"_s, u"view:mentions"_s,
                                   u"view:snoozed"_s, u"channel:email"_s, u"channel:sms"_s}) {
            const InboxFilter filter = model.entry(key)->filter;
            QCOMPARE(countOf(model, key), store_->reader().inbox().counts(filter).conversations);
            QCOMPARE(model.indexOfKey(key).data(NavigationModel::UnreadRole).toLongLong(),
                     store_->reader().inbox().counts(filter).unread);
        }
        QCOMPARE(countOf(model, u"view:resolved"_s), -1); // not counted: it only grows
    }

    void countsFollowChanges()
    {
        NavigationModel model(*store_);
        QTRY_VERIFY(!model.isCounting() && countOf(model, u"view:unassigned"_s) >= 0);
        const qint64 unassigned = countOf(model, u"view:unassigned"_s);
        const qint64 mine = countOf(model, u"view:mine"_s);
        const qint64 lars = fixture::conversationId(*store_, u"lars-sms"_s);
        fixture::await(store_->apply(AssignConversation{lars, fixture::selfAgentId(*store_), std::nullopt}));
        QTRY_COMPARE(countOf(model, u"view:unassigned"_s), unassigned - 1);
        QTRY_COMPARE(countOf(model, u"view:mine"_s), mine + 1);
    }

    void savedFiltersAndNewLabelsAppear()
    {
        NavigationModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        InboxFilter urgentSms;
        urgentSms.channel = Channel::Sms;
        SavedFilters::add({u"SMS, open"_s, urgentSms});
        model.rebuild();
        const QModelIndex saved = model.indexOfKey(u"saved:0"_s);
        QVERIFY(saved.isValid());
        QCOMPARE(saved.data().toString(), u"SMS, open"_s);
        QCOMPARE(saved.data(NavigationModel::FilterRole).value<InboxFilter>().channel,
                 std::optional(Channel::Sms));
        QTRY_COMPARE(countOf(model, u"saved:0"_s), store_->reader().inbox().counts(urgentSms).conversations);

        // A new label from an agent's action shows up as a view.
        const qint64 lars = fixture::conversationId(*store_, u"lars-sms"_s);
        fixture::await(store_->apply(AddConversationLabel{lars, u"callback"_s}));
        bool found = false;
        const QModelIndex labels = model.index(4, 0);
        for (int i = 0; i < model.rowCount(labels); ++i)
            found = found || model.index(i, 0, labels).data().toString() == u"callback"_s;
        QVERIFY(found);
    }

    void savedFiltersRoundTrip()
    {
        InboxFilter filter;
        filter.view = InboxView::Mentions;
        filter.statuses = {ConversationStatus::Open, ConversationStatus::Snoozed};
        filter.teamId = 3;
        filter.labelId = 9;
        const InboxFilter back = inboxFilterFromVariant(inboxFilterToVariant(filter));
        QCOMPARE(back.view, filter.view);
        QCOMPARE(back.statuses, filter.statuses);
        QCOMPARE(back.teamId, filter.teamId);
        QCOMPARE(back.labelId, filter.labelId);
        QCOMPARE(back.channel, std::nullopt);
        SavedFilters::add({u"a"_s, filter});
        SavedFilters::add({u"b"_s, InboxFilter{}});
        SavedFilters::remove(0);
        QCOMPARE(SavedFilters::load().size(), 1);
        QCOMPARE(SavedFilters::load().first().name, u"b"_s);
    }
};

QTEST_MAIN(TestNavigation)
#include "tst_models_navigation.moc"
