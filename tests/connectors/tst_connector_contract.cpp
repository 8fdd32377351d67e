// The connector contract, the same for every connector: the demo connector, the Chatwoot connector against
// the fake Chatwoot, and the example connector of docs/writing-a-connector.md against its in-process help
// desk. Each runs through Kontor's real store and sync engine; what reached the backend is counted on the
// backend's side, which never deduplicates.
#include "contract/ContractSubject.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using namespace kontor::testing;

namespace {

constexpr int kTimeout = 15'000;

template<typename T>
T await(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.result();
}

std::unique_ptr<ContractSubject> makeSubject(const QString &name)
{
    if (name == QLatin1StringView("demo"))
        return makeDemoSubject();
    if (name == QLatin1StringView("chatwoot"))
        return makeChatwootSubject();
    return makeExampleSubject();
}

QString kindName(ActionKind kind)
{
    return actionKindKey(kind);
}

} // namespace

class TestConnectorContract : public QObject
{
    Q_OBJECT

    std::unique_ptr<ContractSubject> subject_;

    sql::Database &db() { return StoreTestAccess::database(subject_->store().reader()); }

    qint64 accountId()
    {
        const AccountRecord account = subject_->account();
        return subject_->store()
            .reader()
            .directory()
            .accountId(account.connector, account.remoteId)
            .value_or(0);
    }

    qint64 number(const char *sqlText, qint64 argument)
    {
        auto q = db().prepare(sqlText);
        q.bindAll(argument);
        return q.step() && !q.isNull(0) ? q.int64(0) : 0;
    }

    QStringList missing(const char *table, const QStringList &remoteIds)
    {
        const QString sqlText = QStringLiteral("SELECT 1 FROM %1 WHERE account_id = ? AND remote_id = ?")
                                    .arg(QLatin1StringView(table));
        QStringList absent;
        for (const QString &id : remoteIds) {
            auto q = db().prepare(sqlText.toUtf8().constData());
            q.bindAll(accountId(), id);
            if (!q.step())
                absent.append(id);
        }
        return absent;
    }

    bool inStore(const QString &messageRemoteId) { return missing("messages", {messageRemoteId}).isEmpty(); }

    OutboxState stateOf(const QString &uuid)
    {
        const auto entry = subject_->store().reader().outbox().entry(uuid);
        return entry ? entry->state : OutboxState(-1);
    }

    int entriesIn(OutboxState state)
    {
        return subject_->store().reader().outbox().countsByState().value(state);
    }

    bool online()
    {
        return subject_->engine().state(subject_->connector()).phase == ConnectorState::Phase::Online;
    }

    // Opens the subject and waits for its first sync to land.
    void openSynced()
    {
        subject_->open();
        const QStringList conversations = subject_->backendConversations();
        const QStringList messages = subject_->backendMessages();
        QTRY_VERIFY_WITH_TIMEOUT(online() && accountId() != 0 &&
                                     missing("conversations", conversations).isEmpty() &&
                                     missing("messages", messages).isEmpty(),
                                 kTimeout);
    }

    // An open conversation of the account the backend knows, and what an action on it needs.
    struct Target
    {
        qint64 conversation = 0;
        qint64 customer = 0;
        QString channel;
        qint64 inbox = 0;
    };
    Target target()
    {
        auto q =
            db().prepare("SELECT id, customer_id, channel, inbox_id FROM conversations WHERE account_id = ? "
                         "AND remote_id IS NOT NULL AND status = 'open' ORDER BY id LIMIT 1");
        q.bindAll(accountId());
        if (!q.step())
            return {};
        return {q.int64(0), q.int64(1), q.text(2), q.isNull(3) ? 0 : q.int64(3)};
    }

    std::pair<QString, QString> twoContacts()
    {
        auto q =
            db().prepare("SELECT value FROM identities WHERE kind = 'contact' AND account_id = ? ORDER BY id "
                         "LIMIT 2");
        q.bindAll(accountId());
        QStringList values;
        while (q.step())
            values.append(q.text(0));
        return values.size() == 2 ? std::pair{values[0], values[1]} : std::pair<QString, QString>{};
    }

    AgentAction actionOf(ActionKind kind, const Target &t)
    {
        const qint64 self = number("SELECT id FROM agents WHERE account_id = ? AND is_self = 1", accountId());
        switch (kind) {
        case ActionKind::SendMessage:
            return SendMessage{
                t.conversation, QStringLiteral("Contract reply"), BodyFormat::Plain, false, {}, {}};
        case ActionKind::AssignConversation:
            return AssignConversation{t.conversation, self ? std::optional(self) : std::nullopt, {}};
        case ActionKind::SetConversationStatus:
            return SetConversationStatus{t.conversation, ConversationStatus::Pending, {}};
        case ActionKind::SetConversationPriority:
            return SetConversationPriority{t.conversation, Priority::High};
        case ActionKind::AddConversationLabel:
            return AddConversationLabel{t.conversation, QStringLiteral("contract")};
        case ActionKind::RemoveConversationLabel:
            return RemoveConversationLabel{t.conversation, QStringLiteral("contract")};
        case ActionKind::MarkConversationRead:
            return MarkConversationRead{t.conversation};
        case ActionKind::StartConversation: {
            StartConversation start;
            start.customerId = t.customer;
            start.accountId = accountId();
            start.channel = channelFromKey(t.channel).value_or(Channel::Email);
            if (t.inbox)
                start.inboxId = t.inbox;
            start.subject = QStringLiteral("Contract");
            start.body = QStringLiteral("A new conversation");
            return start;
        }
        case ActionKind::MergeContacts: {
            const auto [survivor, merged] = twoContacts();
            return MergeContacts{accountId(), survivor, merged, 0};
        }
        case ActionKind::UpdateContact: {
            UpdateContact update;
            update.accountId = accountId();
            update.contactRemoteId = twoContacts().first;
            update.customerId = t.customer;
            update.name = QStringLiteral("Renamed Customer");
            return update;
        }
        }
        return MarkConversationRead{t.conversation};
    }

    // Applies the action and waits for its entry to be confirmed; returns its uuid (empty on failure).
    QString deliver(const AgentAction &action)
    {
        const ActionReceipt receipt = await(subject_->store().apply(action));
        const QString uuid = receipt.uuid;
        [&] { QTRY_COMPARE_WITH_TIMEOUT(stateOf(uuid), OutboxState::Confirmed, kTimeout); }();
        return stateOf(uuid) == OutboxState::Confirmed ? uuid : QString();
    }

private Q_SLOTS:
    void cleanup() { subject_.reset(); }

    void connectors_data()
    {
        QTest::addColumn<QString>("connector");
        QTest::newRow("demo") << QStringLiteral("demo");
        QTest::newRow("chatwoot") << QStringLiteral("chatwoot");
        QTest::newRow("example") << QStringLiteral("example");
    }

    void firstSyncLandsEverything_data() { connectors_data(); }
    void firstSyncLandsEverything()
    {
        QFETCH(QString, connector);
        subject_ = makeSubject(connector);
        openSynced();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!subject_->backendMessages().isEmpty());
        QCOMPARE(missing("conversations", subject_->backendConversations()), QStringList());
        QCOMPARE(missing("messages", subject_->backendMessages()), QStringList());
        // The position is saved with what it brought.
        QVERIFY(subject_->store().reader().directory().syncCursor(accountId(), SyncEngine::cursorStream()));
    }

    void gapFillAfterReconnect_data() { connectors_data(); }
    void gapFillAfterReconnect()
    {
        QFETCH(QString, connector);
        subject_ = makeSubject(connector);
        openSynced();
        if (QTest::currentTestFailed())
            return;
        // Missed while the connection is down: no event tells of it, only the gap fill from the cursor.
        subject_->policy().setSystemReachable(false);
        const QString missed = subject_->customerWrites(true);
        QVERIFY(!missed.isEmpty());
        QTest::qWait(100);
        QVERIFY(!inStore(missed));
        subject_->policy().setSystemReachable(true);
        QTRY_VERIFY_WITH_TIMEOUT(inStore(missed), kTimeout);

        // The connector's own reconnect after its connection broke fills the gap the same way.
        const QString alsoMissed = subject_->customerWrites(true);
        subject_->breakConnection();
        QTRY_VERIFY_WITH_TIMEOUT(inStore(alsoMissed), kTimeout);
    }

    void realtime_data() { connectors_data(); }
    void realtime()
    {
        QFETCH(QString, connector);
        subject_ = makeSubject(connector);
        openSynced();
        if (QTest::currentTestFailed())
            return;
        QSignalSpy started(subject_->connector(), &Connector::stateChanged);
        const QString written = subject_->customerWrites(false);
        // Arrives while the connector stays online: no reconnect, no new sync.
        QTRY_VERIFY_WITH_TIMEOUT(inStore(written), kTimeout);
        for (const QList<QVariant> &change : std::as_const(started))
            QCOMPARE(change.at(0).value<ConnectorState>().phase, ConnectorState::Phase::Online);
    }

    void everyDeclaredActionReachesTheBackendOnce_data() { connectors_data(); }
    void everyDeclaredActionReachesTheBackendOnce()
    {
        QFETCH(QString, connector);
        subject_ = makeSubject(connector);
        openSynced();
        if (QTest::currentTestFailed())
            return;
        const ConnectorCapabilities capabilities = subject_->connector()->capabilities();
        QVERIFY(!capabilities.actions.isEmpty());
        const Target t = target();
        QVERIFY(t.conversation != 0);
        for (ActionKind kind : allActionKinds()) {
            if (!capabilities.actions.contains(kind))
                continue;
            if (kind == ActionKind::RemoveConversationLabel)
                QVERIFY(!deliver(actionOf(ActionKind::AddConversationLabel, t)).isEmpty());
            if (kind == ActionKind::MarkConversationRead) {
                // Marking read is an action only while something is unread.
                const QString written = subject_->customerWrites(false);
                QTRY_VERIFY_WITH_TIMEOUT(inStore(written), kTimeout);
            }
            subject_->forgetRequests();
            AgentAction action = actionOf(kind, t);
            if (kind == ActionKind::MarkConversationRead) {
                const qint64 unread =
                    number("SELECT id FROM conversations WHERE account_id = ? AND unread_count > 0 "
                           "AND remote_id IS NOT NULL ORDER BY id LIMIT 1",
                           accountId());
                QVERIFY2(unread != 0, "nothing unread to mark read");
                action = MarkConversationRead{unread};
            }
            const QString uuid = deliver(action);
            QVERIFY2(!uuid.isEmpty(), qPrintable(kindName(kind)));
            QCOMPARE(subject_->timesCarriedOut(uuid), 1);
        }
        // Kinds the backend keeps nothing for are confirmed here without a request.
        for (ActionKind kind : std::as_const(capabilities.keptLocally)) {
            subject_->forgetRequests();
            const QString uuid = deliver(actionOf(kind, t));
            QVERIFY2(!uuid.isEmpty(), qPrintable(kindName(kind)));
            QCOMPARE(subject_->timesCarriedOut(uuid), 0);
        }
        QCOMPARE(entriesIn(OutboxState::Failed), 0);
    }

    void lostAnswerIsCheckedNeverResent_data() { connectors_data(); }
    void lostAnswerIsCheckedNeverResent()
    {
        QFETCH(QString, connector);
        subject_ = makeSubject(connector);
        openSynced();
        if (QTest::currentTestFailed())
            return;
        const Target t = target();
        subject_->forgetRequests();
        subject_->loseAnswers();
        // A note: every backend keeps the key of a note, so the check can find it.
        const ActionReceipt receipt = await(subject_->store().apply(
            SendMessage{t.conversation, QStringLiteral("Did this land?"), BodyFormat::Plain, true, {}, {}}));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(receipt.uuid), OutboxState::Uncertain, kTimeout);
        QCOMPARE(subject_->timesCarriedOut(receipt.uuid), 1);
        // While nobody can tell, it is checked again and again, and never sent a second time.
        QTest::qWait(300);
        const OutboxState meanwhile = stateOf(receipt.uuid);
        QVERIFY2(meanwhile == OutboxState::Uncertain || meanwhile == OutboxState::Sending,
                 qPrintable(outboxStateKey(meanwhile)));
        QCOMPARE(subject_->timesCarriedOut(receipt.uuid), 1);
        subject_->heal();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(receipt.uuid), OutboxState::Confirmed, kTimeout);
        QCOMPARE(subject_->timesCarriedOut(receipt.uuid), 1);
    }

    void removalStopsEverything_data() { connectors_data(); }
    void removalStopsEverything()
    {
        QFETCH(QString, connector);
        subject_ = makeSubject(connector);
        openSynced();
        if (QTest::currentTestFailed())
            return;
        const Target t = target();
        subject_->holdAnswers();
        const ActionReceipt receipt = await(subject_->store().apply(
            SendMessage{t.conversation, QStringLiteral("On its way"), BodyFormat::Plain, true, {}, {}}));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(receipt.uuid), OutboxState::Sending, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(subject_->engine().inFlightCount(), 1, kTimeout);
        // Handed to the connector once 'sending' is on disk; only then may it have left.
        QTest::qWait(100);

        QSignalSpy removed(&subject_->engine(), &SyncEngine::connectorRemoved);
        QPointer<Connector> gone = subject_->connector();
        subject_->engine().removeConnector(gone);
        QCOMPARE(removed.size(), 1);
        QVERIFY(subject_->engine().connectors().isEmpty());
        QCOMPARE(subject_->engine().inFlightCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(gone.isNull(), kTimeout);
        // What was on its way may have landed: checked when the account comes back, never left 'sending'.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(receipt.uuid), OutboxState::Uncertain, kTimeout);
        QCOMPARE(entriesIn(OutboxState::Sending), 0);

        // Nothing comes in any more, and nothing goes out.
        const char *landed = "SELECT count(*) FROM messages WHERE account_id = ? AND remote_id IS NOT NULL";
        const qint64 before = number(landed, accountId());
        if (subject_->backendOutlivesConnector()) {
            subject_->heal();
            subject_->customerWrites(false);
        }
        const ActionReceipt queued = await(subject_->store().apply(SendMessage{
            t.conversation, QStringLiteral("Waits for the account"), BodyFormat::Plain, true, {}, {}}));
        QTest::qWait(300);
        QCOMPARE(number(landed, accountId()), before);
        QCOMPARE(stateOf(queued.uuid), OutboxState::Queued);
        QCOMPARE(entriesIn(OutboxState::Sending), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectorContract)
#include "tst_connector_contract.moc"
