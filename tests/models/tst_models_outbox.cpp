// The outbox as the agent sees it: every unfinished action across conversations, in words, following the
// store as entries are queued, fail, are retried and discarded.
#include "WorkspaceFixture.h"
#include "models/OutboxActionText.h"
#include "models/OutboxModel.h"

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
}

class TestOutboxModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    int run_ = 0;

    qint64 featured() { return fixture::conversationId(*store_, u"featured"_s); }
    void fail(const QString &uuid, const QString &error)
    {
        QVERIFY(fixture::await(store_->transitionOutbox({.uuid = uuid, .to = OutboxState::Sending})));
        QVERIFY(fixture::await(
            store_->transitionOutbox({.uuid = uuid, .to = OutboxState::Failed, .error = error})));
    }
    QString text(const OutboxModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { store_ = fixture::openFilledStore(dir_.path() + u"/run-%1"_s.arg(++run_), kNow); }
    void cleanup() { store_.reset(); }

    void describesEachActionInWords()
    {
        OutboxModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const qint64 conversation = featured();
        const qint64 jonas = fixture::agentId(*store_, u"Jonas Weber"_s);
        const qint64 lars = fixture::conversationId(*store_, u"lars-sms"_s);
        fixture::await(store_->apply(SendMessage{.conversationId = conversation, .body = u"Hello"_s}));
        fixture::await(store_->apply(AssignConversation{lars, jonas, {}}));
        fixture::await(store_->apply(SetConversationStatus{lars, ConversationStatus::Resolved}));
        fixture::await(store_->apply(AddConversationLabel{lars, u"billing"_s}));
        fixture::await(store_->apply(SetConversationPriority{lars, Priority::Urgent}));
        const qint64 anna = store_->reader().inbox().conversation(conversation)->customerId;
        const ActionReceipt start = fixture::await(store_->apply(
            StartConversation{.customerId = anna,
                              .accountId = store_->reader().inbox().conversation(conversation)->accountId,
                              .channel = Channel::WhatsApp,
                              .body = u"Hi on WhatsApp"_s}));
        QVERIFY(start.recorded());

        QTRY_COMPARE(model.rowCount(), 6);
        QCOMPARE(text(model, 0, OutboxModel::ActionColumn), u"Reply to Anna Schmidt"_s);
        QVERIFY(text(model, 0, OutboxModel::ConversationColumn).startsWith(u"Anna Schmidt · "_s));
        QCOMPARE(text(model, 0, OutboxModel::StateColumn), u"Queued"_s);
        QCOMPARE(text(model, 1, OutboxModel::ActionColumn), u"Assign to Jonas Weber"_s);
        QCOMPARE(text(model, 2, OutboxModel::ActionColumn), u"Resolve"_s);
        QCOMPARE(text(model, 2, OutboxModel::StateColumn), u"Waiting"_s); // behind the assignment
        QVERIFY(text(model, 2, OutboxModel::ReasonColumn).contains(u"an assignment"_s));
        QCOMPARE(text(model, 3, OutboxModel::ActionColumn), u"Add label “billing”"_s);
        QCOMPARE(text(model, 4, OutboxModel::ActionColumn), u"Set priority to Urgent"_s);
        QCOMPARE(text(model, 5, OutboxModel::ActionColumn),
                 u"Start a conversation with Anna Schmidt on WhatsApp"_s);
        QVERIFY(model.index(5, 0)
                    .data(OutboxModel::DiscardConsequenceRole)
                    .toString()
                    .contains(u"never started"_s));
        QVERIFY(!model.index(0, 0).data(OutboxModel::CanRetryRole).toBool());
        QCOMPARE(model.index(5, 0).data(OutboxModel::UuidRole).toString(), start.uuid);
    }

    void followsFailureRetryAndDiscardRowByRow()
    {
        OutboxModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 conversation = featured();
        const ActionReceipt reply =
            fixture::await(store_->apply(SendMessage{.conversationId = conversation, .body = u"Hello"_s}));
        const ActionReceipt resolve =
            fixture::await(store_->apply(SetConversationStatus{conversation, ConversationStatus::Resolved}));
        QTRY_COMPARE(model.rowCount(), 2);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        fail(reply.uuid, u"422: the contact is blocked"_s);
        QTRY_COMPARE(text(model, 0, OutboxModel::StateColumn), u"Failed"_s);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.failedCount(), 1);
        QCOMPARE(text(model, 0, OutboxModel::ReasonColumn), u"422: the contact is blocked"_s);
        QCOMPARE(model.index(0, 0).data(OutboxModel::ErrorRole).toString(), u"422: the contact is blocked"_s);
        QCOMPARE(model.index(0, 0).data(OutboxModel::AttemptsRole).toInt(), 1);
        QVERIFY(model.index(0, 0).data(OutboxModel::CanRetryRole).toBool());
        QVERIFY(model.index(0, 0).data(OutboxModel::CanDiscardRole).toBool());
        QCOMPARE(model.index(0, 0).data(OutboxModel::ConversationIdRole).toLongLong(), conversation);
        QVERIFY(text(model, 1, OutboxModel::ReasonColumn).contains(u"which failed"_s));
        QVERIFY(model.index(0, 0)
                    .data(OutboxModel::DiscardConsequenceRole)
                    .toString()
                    .contains(u"Anna Schmidt"_s));

        QVERIFY(fixture::await(store_->transitionOutbox(
            {.uuid = reply.uuid, .to = OutboxState::Queued, .nextAttemptAt = kNow})));
        QTRY_COMPARE(model.failedCount(), 0);
        QCOMPARE(text(model, 0, OutboxModel::StateColumn), u"Trying again"_s);

        fail(reply.uuid, u"still blocked"_s);
        QTRY_COMPARE(model.failedCount(), 1);
        QVERIFY(fixture::await(store_->discardOutbox(reply.uuid)));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(OutboxModel::UuidRole).toString(), resolve.uuid);
        QCOMPARE(model.rowOf(reply.uuid), -1);
        QCOMPARE(reset.size(), 0);
    }

    void contactMergesAreOnNoConversation()
    {
        UnfinishedAction merge;
        merge.entry.kind = u"merge_contacts"_s;
        merge.customerName = u"Anna Schmidt"_s;
        merge.mergedCustomerName = u"Anna Schmidt (Instagram)"_s;
        merge.action = MergeContacts{1, u"contact-1"_s, u"contact-2"_s, 7};
        QCOMPARE(OutboxActionText::action(merge),
                 u"Merge contacts Anna Schmidt and Anna Schmidt (Instagram)"_s);
        QCOMPARE(OutboxActionText::where(merge), u"Contacts at the backend"_s);
        merge.entry.state = OutboxState::Failed;
        QCOMPARE(OutboxActionText::reason(merge), u"The backend refused it without giving a reason."_s);
    }

    // An entry whose action the store could not read (made by a version that knows other kinds): named by
    // its kind where that is known, and never guessed from its payload.
    void unreadableActionsAreNamedByKind()
    {
        UnfinishedAction unknown;
        unknown.entry.kind = u"archive_conversation"_s;
        QCOMPARE(OutboxActionText::action(unknown), u"an action this version does not know"_s);
        UnfinishedAction damaged;
        damaged.entry.kind = u"set_status"_s;
        QCOMPARE(OutboxActionText::action(damaged), u"a status change"_s);
    }
};

QTEST_GUILESS_MAIN(TestOutboxModel)
#include "tst_models_outbox.moc"
