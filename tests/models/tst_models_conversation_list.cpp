// The inbox list: keyset pages read on demand, the same order as the store's pages under every sort, and live
// updates from the store's changes that leave it exactly as a fresh read would.
#include "WorkspaceFixture.h"
#include "models/ConversationListModel.h"
#include "models/InboxOrdering.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::models;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kontor::InboxSort)

namespace {
constexpr UtcMillis kNow = 1'760'000'000'000;

QList<qint64> idsOf(const ConversationListModel &model)
{
    QList<qint64> ids;
    for (int i = 0; i < model.rowCount(); ++i)
        ids.append(model.conversationIdAt(i));
    return ids;
}

// What a fresh read of the same view shows, as many rows as the model holds.
QList<qint64> freshIds(Store &store, const InboxFilter &filter, InboxSort sort, int rows)
{
    QList<qint64> ids;
    for (const ConversationRow &row :
         store.reader().inbox().page(filter, sort, std::nullopt, qMax(rows, 1)).rows)
        ids.append(row.id);
    return ids.mid(0, rows);
}

InboxFilter openFilter(InboxView view = InboxView::All)
{
    InboxFilter filter;
    filter.view = view;
    filter.statuses = {ConversationStatus::Open};
    return filter;
}
} // namespace

class TestConversationList : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir_.isValid());
    }

    void init()
    {
        // A fresh store for every test and every data row.
        static int run = 0;
        store_ = fixture::openFilledStore(dir_.path() + u"/run-%1"_s.arg(++run), kNow);
    }
    void cleanup() { store_.reset(); }

    void readsPagesOnDemand()
    {
        ConversationListModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        model.setFilter(InboxFilter{{}, {}, {}, {}, {}, {}, {}}); // every status
        const qint64 total = store_->reader().inbox().counts(model.filter()).conversations;
        QVERIFY(model.rowCount() >= 10 && model.rowCount() < total);
        QVERIFY(model.canFetchMore({}));
        int guard = 0;
        while (model.canFetchMore({}) && ++guard < 100)
            model.fetchMore({});
        QCOMPARE(model.rowCount(), int(total));
        QCOMPARE(idsOf(model), freshIds(*store_, model.filter(), model.inboxSort(), int(total)));
    }

    void sortsLikeTheStore_data()
    {
        QTest::addColumn<InboxSort>("sort");
        QTest::newRow("last activity") << InboxSort::LastActivity;
        QTest::newRow("waiting longest") << InboxSort::WaitingLongest;
        QTest::newRow("sla due") << InboxSort::SlaDue;
        QTest::newRow("priority") << InboxSort::Priority;
    }

    void sortsLikeTheStore()
    {
        QFETCH(InboxSort, sort);
        ConversationListModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(7);
        model.setSort(sort);
        model.setFilter(openFilter());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(idsOf(model), freshIds(*store_, model.filter(), sort, model.rowCount()));
        // The place computed for a row read by id is the place the store's page gave it.
        for (int i = 0; i < model.rowCount(); ++i) {
            const ConversationRow &row = model.rowAt(i);
            QCOMPARE(inboxSortCursor(row, sort), row.cursor);
            if (i > 0)
                QVERIFY(inboxSortsBefore(model.rowAt(i - 1).cursor, row.cursor, sort));
        }
    }

    void followsAgentActions_data()
    {
        QTest::addColumn<InboxSort>("sort");
        QTest::newRow("last activity") << InboxSort::LastActivity;
        QTest::newRow("sla due") << InboxSort::SlaDue;
        QTest::newRow("priority") << InboxSort::Priority;
    }

    void followsAgentActions()
    {
        QFETCH(InboxSort, sort);
        ConversationListModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(500);
        model.setSort(sort);
        model.setFilter(openFilter(InboxView::Mine));
        const int before = model.rowCount();
        QVERIFY(before > 3);

        // Assign an unassigned open conversation to me: it joins "Mine" in its place.
        const qint64 lars = fixture::conversationId(*store_, u"lars-sms"_s);
        QCOMPARE(model.rowOf(lars), -1);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        fixture::await(store_->apply(AssignConversation{lars, fixture::selfAgentId(*store_), std::nullopt}));
        QCOMPARE(inserted.size(), 1);
        QVERIFY(model.rowOf(lars) >= 0);
        QCOMPARE(model.rowCount(), before + 1);

        // Resolve it: it leaves.
        fixture::await(
            store_->apply(SetConversationStatus{lars, ConversationStatus::Resolved, std::nullopt}));
        QCOMPARE(model.rowOf(lars), -1);

        // A change of priority moves a row (under the priority sort) without a reset.
        const qint64 featured = fixture::conversationId(*store_, u"featured"_s);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        fixture::await(store_->apply(SetConversationPriority{featured, Priority::Low}));
        fixture::await(store_->apply(
            SendMessage{featured, u"We have booked the courier."_s, BodyFormat::Plain, false, {}}));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(idsOf(model), freshIds(*store_, model.filter(), sort, model.rowCount()));
    }

    void followsIngestedTraffic_data()
    {
        QTest::addColumn<bool>("tested");
        QTest::newRow("plain") << false; // exact about what is read: no tester fetching more behind its back
        QTest::newRow("under the model tester") << true;
    }

    void followsIngestedTraffic()
    {
        QFETCH(bool, tested);
        ConversationListModel model(*store_);
        std::unique_ptr<QAbstractItemModelTester> tester;
        if (tested)
            tester = std::make_unique<QAbstractItemModelTester>(
                &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(
            15); // not everything is read: new rows past the boundary stay out until scrolled to
        model.setFilter(openFilter());

        IngestBatch batch;
        batch.account = {u"demo"_s, QString::fromLatin1(fixture::kAccount), u"Nordlicht Versand"_s};
        ConversationRecord fresh;
        fresh.remoteId = u"new-1"_s;
        fresh.inboxRemoteId = u"in-wa"_s;
        fresh.channel = Channel::WhatsApp;
        fresh.customerRemoteId = u"cu-lars"_s;
        fresh.createdAt = fresh.lastActivityAt = kNow + 1000;
        ConversationRecord old = fresh;
        old.remoteId = u"new-old"_s;
        old.createdAt = old.lastActivityAt = kNow - 400LL * 24 * 3600 * 1000; // sorts past the rows read
        batch.conversations = {fresh, old};
        batch.messages.append({u"new-1-m"_s,
                               u"new-1"_s,
                               MessageKind::Incoming,
                               std::nullopt,
                               {},
                               u"cu-lars"_s,
                               {},
                               u"Hej igen!"_s,
                               BodyFormat::Plain,
                               kNow + 1000,
                               DeliveryState::None,
                               {},
                               {},
                               {}});
        batch.deletedConversationRemoteIds = {u"bulk-3"_s};
        const qint64 deleted = fixture::conversationId(*store_, u"bulk-3"_s);
        fixture::await(store_->ingest(batch));

        QCOMPARE(model.conversationIdAt(0), fixture::conversationId(*store_, u"new-1"_s));
        QCOMPARE(model.rowOf(deleted), -1);
        if (!tested)
            QCOMPARE(model.rowOf(fixture::conversationId(*store_, u"new-old"_s)), -1);
        QCOMPARE(idsOf(model), freshIds(*store_, model.filter(), model.inboxSort(), model.rowCount()));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.rowOf(fixture::conversationId(*store_, u"new-old"_s)) >= 0);
        QCOMPARE(idsOf(model), freshIds(*store_, model.filter(), model.inboxSort(), model.rowCount()));
    }

    void bigChangesReload()
    {
        ConversationListModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(20);
        model.setFilter(openFilter());
        model.fetchMore({});
        const int held = model.rowCount();
        model.setReloadThreshold(0);
        QSignalSpy reloaded(&model, &ConversationListModel::reloaded);
        const qint64 featured = fixture::conversationId(*store_, u"featured"_s);
        fixture::await(store_->apply(MarkConversationRead{featured}));
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(model.rowCount(), held); // as far as the view had scrolled
        QCOMPARE(idsOf(model), freshIds(*store_, model.filter(), model.inboxSort(), held));
    }

    void mentionsViewFollowsNotes()
    {
        ConversationListModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({InboxView::Mentions,
                         {ConversationStatus::Open, ConversationStatus::Pending},
                         {},
                         {},
                         {},
                         {},
                         {}});
        const qint64 featured = fixture::conversationId(*store_, u"featured"_s);
        QVERIFY(model.rowOf(featured) >= 0); // Jonas mentioned Mia there
        const qint64 lars = fixture::conversationId(*store_, u"lars-sms"_s);
        QCOMPARE(model.rowOf(lars), -1);
        // A note mentioning me, written through the store as a colleague's would be by a sync.
        IngestBatch batch;
        batch.account = {u"demo"_s, QString::fromLatin1(fixture::kAccount), u"Nordlicht Versand"_s};
        MessageRecord note{u"note-x"_s,
                           u"lars-sms"_s,
                           MessageKind::Note,
                           std::nullopt,
                           u"ag-freja"_s,
                           {},
                           {},
                           u"@Mia Berger can you take this one?"_s,
                           BodyFormat::Plain,
                           kNow,
                           DeliveryState::None,
                           {},
                           {u"ag-mia"_s},
                           {}};
        batch.messages = {note};
        fixture::await(store_->ingest(batch));
        QVERIFY(model.rowOf(lars) >= 0);
    }

    void rolesDescribeTheRow()
    {
        ConversationListModel model(*store_);
        model.setFilter(openFilter(InboxView::Unassigned));
        const int row = model.rowOf(fixture::conversationId(*store_, u"lars-sms"_s));
        QVERIFY(row >= 0);
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data(ConversationListModel::CustomerNameRole).toString(), u"Lars Jensen"_s);
        QCOMPARE(index.data(ConversationListModel::ChannelRole).toInt(), int(Channel::Sms));
        QCOMPARE(index.data(ConversationListModel::PriorityRole).toInt(), int(Priority::Urgent));
        QCOMPARE(index.data(ConversationListModel::UnreadCountRole).toInt(), 2);
        QVERIFY(!index.data(ConversationListModel::AssigneeIdRole).isValid());
        QCOMPARE(index.data(ConversationListModel::SlaDeadlineRole).toLongLong(), kNow - 20 * 60'000);
        QVERIFY(index.data(ConversationListModel::SubjectRole).toString().startsWith(u"Den skulle"_s));
        QVERIFY(index.data(Qt::DisplayRole).toString().contains(u"Lars Jensen"_s));
    }
};

QTEST_GUILESS_MAIN(TestConversationList)
#include "tst_models_conversation_list.moc"
