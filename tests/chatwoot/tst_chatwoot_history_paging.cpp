// Full history: a conversation's older messages are paged in from Chatwoot (GET …/messages?before=ID) when
// the timeline has shown everything the store holds, through the connector contract's fetchOlderHistory and
// the history pager, into the store (where they stay). A 2,000-message conversation is paged to its first
// message with none missing and none fetched twice, the customer's other conversations the same way; a failed
// page changes nothing and may be asked again.
#include "ChatwootTestRig.h"

#include "models/TimelineModel.h"
#include "sync/HistoryPager.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace kontor;
using namespace kontor::chatwoot;

namespace {

constexpr int kMessages = 2000;

// Two long conversations of one customer (contact 1000: conversations 100 and 101), beside the fixtures.
fake::FakeChatwoot::Seed longHistory()
{
    fake::FakeChatwoot::Seed seed;
    seed.contacts = 1;
    seed.conversations = 2;
    seed.messagesPerConversation = kMessages;
    return seed;
}

// A connector with nothing beyond what it syncs: the contract's default.
class SyncOnlyConnector : public Connector
{
public:
    AccountRecord account() const override { return {}; }
    ConnectorCapabilities capabilities() const override { return {}; }
    void start(const QString &) override {}
    void stop() override {}
    void deliver(const DeliveryRequest &) override {}
};

} // namespace

class TestChatwootHistoryPaging : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ChatwootTestRig> rig_;

    void waitOnline()
    {
        QTRY_COMPARE_WITH_TIMEOUT(rig_->state().phase, ConnectorState::Phase::Online, 20000);
        rig_->settle();
    }

    qint64 messagesOf(const QString &conversationRemoteId)
    {
        return rig_->number(
            "SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "WHERE c.remote_id = ?",
            conversationRemoteId);
    }

    qint64 distinctMessagesOf(const QString &conversationRemoteId)
    {
        return rig_->number("SELECT count(DISTINCT m.remote_id) FROM messages m "
                            "JOIN conversations c ON c.id = m.conversation_id WHERE c.remote_id = ?",
                            conversationRemoteId);
    }

    // Scrolls the model up as a view does: store pages first, then the backend, until every conversation
    // shown is complete. Returns how many pages came from the backend.
    int pageToTheBeginning(models::TimelineModel &model, HistoryPager &pager, const QList<qint64> &shown)
    {
        QSignalSpy fetched(&pager, &HistoryPager::pageFetched);
        int pages = 0;
        for (int round = 0; round < 500; ++round) {
            while (model.canFetchOlder())
                model.fetchOlder();
            if (std::all_of(shown.begin(), shown.end(), [&](qint64 id) { return pager.isComplete(id); }))
                return pages;
            fetched.clear();
            model.askForOlderHistory();
            if (!fetched.wait(10000))
                return -1;
            // Every conversation asked answers before the next round.
            while (std::any_of(shown.begin(), shown.end(), [&](qint64 id) { return pager.isFetching(id); }))
                if (!fetched.wait(10000))
                    return -1;
            for (const QList<QVariant> &answer : std::as_const(fetched)) {
                if (answer.at(2).toBool())
                    return -1;
            }
            pages += int(fetched.size());
            rig_->settle();
        }
        return -1;
    }

    // The before= values asked for a conversation, in order.
    QStringList beforeValues(const QString &conversationRemoteId)
    {
        QStringList values;
        const auto requests = rig_->fake().requestsTo(
            "GET", QStringLiteral("/api/v1/accounts/1/conversations/%1/messages").arg(conversationRemoteId));
        for (const fake::HttpRequest &request : requests) {
            const QString before = request.query.queryItemValue(QStringLiteral("before"));
            if (!before.isEmpty())
                values.append(before);
        }
        return values;
    }

private Q_SLOTS:
    void init()
    {
        rig_ = std::make_unique<test::ChatwootTestRig>(longHistory());
        rig_->open();
        waitOnline();
    }

    void cleanup()
    {
        const QStringList violations = rig_->contractViolations();
        rig_.reset();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }

    void aLongConversationIsPagedToItsFirstMessage()
    {
        // The first sync brings two pages of 20.
        QCOMPARE(messagesOf(QStringLiteral("100")), 40);
        rig_->fake().clearRequests();

        const qint64 conversation = rig_->conversationId(QStringLiteral("100"));
        models::TimelineModel model(rig_->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistoryPager pager(rig_->store(), rig_->engine());
        connect(&model, &models::TimelineModel::olderHistoryWanted, &pager, &HistoryPager::fetchOlder);
        model.showConversation(conversation);

        const int pages = pageToTheBeginning(model, pager, {conversation});
        // 1,960 older messages in pages of 20; the 98th page is full, so one more (empty) says it was the
        // first.
        QCOMPARE(pages, (kMessages - 40) / 20 + 1);
        QVERIFY(pager.isComplete(conversation));

        QCOMPARE(messagesOf(QStringLiteral("100")), kMessages);
        QCOMPARE(distinctMessagesOf(QStringLiteral("100")), kMessages);
        QTRY_COMPARE(model.messageCount(), kMessages);
        int firstMessageRow = 0;
        while (model.itemAt(firstMessageRow).kind != models::TimelineItem::Kind::Message)
            ++firstMessageRow;
        QCOMPARE(model.itemAt(firstMessageRow).message.body, QStringLiteral("Message 0 of 0"));
        // In time order, each message once.
        QSet<qint64> seen;
        UtcMillis previous = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const models::TimelineItem &item = model.itemAt(row);
            if (item.kind != models::TimelineItem::Kind::Message)
                continue;
            QVERIFY(!seen.contains(item.message.id));
            seen.insert(item.message.id);
            QVERIFY(item.message.createdAt >= previous);
            previous = item.message.createdAt;
        }

        // No page was asked twice: every before= differs, and each is the oldest id of the page before.
        const QStringList befores = beforeValues(QStringLiteral("100"));
        QCOMPARE(befores.size(), pages);
        QCOMPARE(QSet<QString>(befores.begin(), befores.end()).size(), befores.size());

        // Complete: asking again sends nothing.
        rig_->fake().clearRequests();
        model.askForOlderHistory();
        QCOMPARE(pager.fetchOlder({conversation}), 0);
        QTest::qWait(50);
        QVERIFY(beforeValues(QStringLiteral("100")).isEmpty());
        // The other conversation was not touched.
        QCOMPARE(messagesOf(QStringLiteral("101")), 40);
    }

    void theCustomersOtherConversationsLoadTheSameWay()
    {
        const qint64 customer = rig_->number("SELECT customer_id FROM conversations WHERE remote_id = '100'");
        QCOMPARE(rig_->number("SELECT customer_id FROM conversations WHERE remote_id = '101'"), customer);
        const QList<qint64> conversations{rig_->conversationId(QStringLiteral("100")),
                                          rig_->conversationId(QStringLiteral("101"))};

        models::TimelineModel model(rig_->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistoryPager pager(rig_->store(), rig_->engine());
        connect(&model, &models::TimelineModel::olderHistoryWanted, &pager, &HistoryPager::fetchOlder);
        model.showCustomer(customer);
        QVERIFY(pageToTheBeginning(model, pager, conversations) > 0);

        for (const QString &remote : {QStringLiteral("100"), QStringLiteral("101")}) {
            QCOMPARE(messagesOf(remote), kMessages);
            QCOMPARE(distinctMessagesOf(remote), kMessages);
            const QStringList befores = beforeValues(remote);
            QCOMPARE(QSet<QString>(befores.begin(), befores.end()).size(), befores.size());
        }
        const qint64 ofCustomer =
            rig_->number("SELECT count(*) FROM messages WHERE customer_id = ?", QString::number(customer));
        QVERIFY(ofCustomer >= 2 * kMessages);
        QTRY_COMPARE(qint64(model.messageCount()), ofCustomer);
    }

    void aFailedPageChangesNothingAndIsAskedAgain()
    {
        const qint64 conversation = rig_->conversationId(QStringLiteral("101"));
        HistoryPager pager(rig_->store(), rig_->engine());
        QSignalSpy fetched(&pager, &HistoryPager::pageFetched);

        rig_->fake().failNext("GET", QStringLiteral(".*/conversations/101/messages"), 503, 10);
        QCOMPARE(pager.fetchOlder({conversation}), 1);
        QVERIFY(pager.isFetching(conversation));
        // One request at a time per conversation.
        QCOMPARE(pager.fetchOlder({conversation}), 0);
        QVERIFY(fetched.wait(10000));
        QCOMPARE(fetched.last().at(0).toLongLong(), conversation);
        QCOMPARE(fetched.last().at(1).toBool(), false);
        QCOMPARE(fetched.last().at(2).toBool(), true);
        QVERIFY(!pager.isComplete(conversation));
        QCOMPARE(messagesOf(QStringLiteral("101")), 40);

        rig_->fake().clearFaults();
        QCOMPARE(pager.fetchOlder({conversation}), 1);
        QVERIFY(fetched.wait(10000));
        QCOMPARE(fetched.last().at(2).toBool(), false);
        QCOMPARE(messagesOf(QStringLiteral("101")), 60);
    }

    void anUnknownConversationIsNotAsked()
    {
        HistoryPager pager(rig_->store(), rig_->engine());
        // No such conversation: nothing to ask.
        QCOMPARE(pager.fetchOlder({987654}), 0);
        QVERIFY(!pager.isComplete(987654));
    }

    void aConnectorWithoutHistoryAnswersThatItIsAtTheBeginning()
    {
        SyncOnlyConnector connector;
        QSignalSpy fetched(&connector, &Connector::olderHistoryFetched);
        connector.fetchOlderHistory(QStringLiteral("7"), QStringLiteral("70"));
        // Queued: never within the call.
        QCOMPARE(fetched.size(), 0);
        QVERIFY(fetched.wait(1000));
        QCOMPARE(fetched.first().at(0).toString(), QStringLiteral("7"));
        QCOMPARE(fetched.first().at(1).toBool(), true);
        QCOMPARE(fetched.first().at(2).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestChatwootHistoryPaging)
#include "tst_chatwoot_history_paging.moc"
