// A confirmation and its echo (what the backend answered about the records an action touched) commit in one
// transaction: a failing ingest rolls the confirmation back, so that neither is ever kept without the other.
#include "ContactCenterData.h"
#include "StoreTestSupport.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

using namespace kontor;

class TestStoreConfirmEcho : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestStore> store_;
    qint64 conversation_ = 0;
    QString conversationRemoteId_;

    qint64 number(const char *sqlText, const QString &argument)
    {
        auto q = StoreTestAccess::database(store_->reader()).prepare(sqlText);
        q.bindAll(argument);
        return q.step() ? q.int64(0) : -1;
    }

private Q_SLOTS:
    void init()
    {
        store_ = std::make_unique<TestStore>();
        QVERIFY(store_->isOpen());
        contactcenter::Shape shape;
        shape.customers = 4;
        shape.conversations = 4;
        shape.messagesPerConversation = 2;
        const IngestBatch data = contactcenter::batch(shape);
        store_->ingest(data);
        conversationRemoteId_ = data.conversations.constFirst().remoteId;
        conversation_ = number("SELECT id FROM conversations WHERE remote_id = ?", conversationRemoteId_);
        QVERIFY(conversation_ > 0);
        // Any row an echo writes with this remote id fails, as a full disk or a broken record would.
        store_->store()
            .write([](WriteContext &context) {
                context.db().exec(
                    "CREATE TEMP TRIGGER poison_insert BEFORE INSERT ON main.messages "
                    "WHEN NEW.remote_id = 'poison' BEGIN SELECT RAISE(ABORT, 'injected'); END; "
                    "CREATE TEMP TRIGGER poison_update BEFORE UPDATE ON main.messages "
                    "WHEN NEW.remote_id = 'poison' BEGIN SELECT RAISE(ABORT, 'injected'); END;");
            })
            .waitForFinished();
    }

    void cleanup() { store_.reset(); }

    void confirmationAndEchoCommitTogether_data()
    {
        QTest::addColumn<QString>("echoedRemoteId");
        QTest::addColumn<bool>("commits");
        QTest::newRow("echo ingested") << QStringLiteral("m-landed") << true;
        QTest::newRow("ingest fails") << QStringLiteral("poison") << false;
    }

    void confirmationAndEchoCommitTogether()
    {
        QFETCH(QString, echoedRemoteId);
        QFETCH(bool, commits);
        const ActionReceipt receipt = store_->apply(
            SendMessage{conversation_, QStringLiteral("Thanks!"), BodyFormat::Plain, false, {}, {}});
        QVERIFY(
            store_->store().transitionOutbox({.uuid = receipt.uuid, .to = OutboxState::Sending}).result());

        IngestBatch echo;
        echo.account = contactcenter::batch().account;
        MessageRecord message;
        message.remoteId = echoedRemoteId;
        message.conversationRemoteId = conversationRemoteId_;
        message.kind = MessageKind::Outgoing;
        message.body = QStringLiteral("Thanks!");
        message.createdAt = contactcenter::epoch + 1000;
        message.echoUuid = receipt.uuid;
        echo.messages.append(message);

        QFuture<bool> confirmed = store_->store().confirmOutbox(
            {.uuid = receipt.uuid, .to = OutboxState::Confirmed, .messageRemoteId = echoedRemoteId}, echo);
        bool failed = false;
        try {
            QVERIFY(confirmed.result());
        } catch (...) {
            failed = true;
        }
        QCOMPARE(failed, !commits);

        const auto entry = store_->reader().outbox().entry(receipt.uuid);
        QVERIFY(entry);
        // Both or neither: a failed echo leaves the entry where it was, with no remote id for its message.
        QCOMPARE(entry->state, commits ? OutboxState::Confirmed : OutboxState::Sending);
        QCOMPARE(number("SELECT count(*) FROM messages WHERE remote_id = ?", echoedRemoteId),
                 commits ? 1 : 0);
        QCOMPARE(
            number("SELECT count(*) FROM messages WHERE client_uuid = ? AND remote_id IS NULL", receipt.uuid),
            commits ? 0 : 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreConfirmEcho)
#include "tst_store_confirm_echo.moc"
