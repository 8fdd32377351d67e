// The small lists (agents, labels, canned responses), the SLA clock, the short times of dense lists and the
// alerts for the signed-in agent.
#include "WorkspaceFixture.h"
#include "models/AgentListModel.h"
#include "models/CannedResponseModel.h"
#include "models/LabelListModel.h"
#include "models/SlaClock.h"
#include "models/TimeText.h"
#include "models/WorkspaceAlerts.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::models;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kontor::models::SlaState::Level)

namespace {
constexpr UtcMillis kNow = 1'760'000'000'000;
constexpr qint64 kMinute = 60'000;
} // namespace

class TestDirectory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    int run_ = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void init() { store_ = fixture::openFilledStore(dir_.path() + u"/run-%1"_s.arg(++run_), kNow); }
    void cleanup() { store_.reset(); }

    void agentsSelfFirst()
    {
        AgentListModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 6); // five here, Mia again on the second account
        QVERIFY(model.index(0).data(AgentListModel::IsSelfRole).toBool());
        QCOMPARE(model.index(0).data().toString(), u"Mia Berger"_s);
        QVERIFY(model.self().has_value());
        const auto jonas = model.agent(fixture::agentId(*store_, u"Jonas Weber"_s));
        QVERIFY(jonas && !jonas->isSelf);
        // Load follows assignments.
        const qint64 before = model.self()->openConversations;
        fixture::await(store_->apply(AssignConversation{fixture::conversationId(*store_, u"lars-sms"_s),
                                                        model.self()->id, std::nullopt}));
        QTRY_COMPARE(model.self()->openConversations, before + 1);
    }

    void labelsAndCannedResponses()
    {
        LabelListModel labels(*store_);
        QAbstractItemModelTester labelTester(&labels, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList names;
        for (const LabelRow &label : labels.labels())
            names.append(label.name);
        QVERIFY(names.contains(u"vip"_s) && names.contains(u"delivery"_s));
        fixture::await(store_->apply(
            AddConversationLabel{fixture::conversationId(*store_, u"lars-sms"_s), u"callback"_s}));
        QCOMPARE(labels.rowCount(), names.size() + 1);

        CannedResponseModel canned(*store_);
        QAbstractItemModelTester cannedTester(&canned,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(canned.rowCount(), 7);
        QCOMPARE(canned.index(0).data().toString().at(0), u'/');
        QCOMPARE(canned.search(u"re"_s).first().shortCode, u"refund"_s);
        QCOMPARE(canned.search(u"re"_s).at(1).shortCode, u"return-label"_s);
        // Content matches come after code matches.
        const QList<CannedResponseRow> parcel = canned.search(u"parcel"_s);
        QCOMPARE(parcel.size(), 2);
        QCOMPARE(parcel.first().shortCode, u"return-label"_s);
        QCOMPARE(canned.search(QString(), 3).size(), 3);
    }

    void slaClock_data()
    {
        QTest::addColumn<qint64>("deadlineIn");
        QTest::addColumn<qint64>("window");
        QTest::addColumn<SlaState::Level>("level");
        QTest::newRow("plenty left") << 50 * kMinute << 60 * kMinute << SlaState::Level::Ok;
        QTest::newRow("last quarter") << 20 * kMinute << 120 * kMinute << SlaState::Level::Warning;
        QTest::newRow("last fifteen minutes") << 10 * kMinute << 20 * kMinute << SlaState::Level::Warning;
        QTest::newRow("breached") << -1 * kMinute << 60 * kMinute << SlaState::Level::Breached;
        QTest::newRow("long window, early") << 20 * 60 * kMinute << 24 * 60 * kMinute << SlaState::Level::Ok;
    }

    void slaClock()
    {
        QFETCH(qint64, deadlineIn);
        QFETCH(qint64, window);
        QFETCH(SlaState::Level, level);
        const UtcMillis deadline = kNow + deadlineIn;
        const SlaState state = slaState(deadline, deadline - window, kNow);
        QCOMPARE(state.level, level);
        QCOMPARE(state.remainingMs, deadlineIn);
        QCOMPARE(slaState(std::nullopt, kNow, kNow).level, SlaState::Level::None);
    }

    void shortTimes()
    {
        QCOMPARE(TimeText::age(kNow - 20'000, kNow), u"now"_s);
        QCOMPARE(TimeText::age(kNow - 5 * kMinute, kNow), u"5 min"_s);
        QCOMPARE(TimeText::age(kNow - 3 * 60 * kMinute, kNow), u"3 h"_s);
        QCOMPARE(TimeText::duration(45 * kMinute), u"45 min"_s);
        QCOMPARE(TimeText::duration(80 * kMinute), u"1 h 20 min"_s);
        QCOMPARE(TimeText::duration(-2 * 60 * kMinute), u"2 h"_s);
        QCOMPARE(TimeText::duration(51 * 60 * kMinute), u"2 d 3 h"_s);
        QVERIFY(!TimeText::age(kNow - 30LL * 24 * 60 * kMinute, kNow).isEmpty());
    }

    void alertsForTheSignedInAgent()
    {
        WorkspaceAlerts alerts(*store_);
        alerts.setClock([] { return kNow; });
        QSignalSpy spy(&alerts, &WorkspaceAlerts::alert);
        // My own assignment raises nothing.
        const qint64 lars = fixture::conversationId(*store_, u"lars-sms"_s);
        fixture::await(store_->apply(AssignConversation{lars, fixture::selfAgentId(*store_), std::nullopt}));
        QCOMPARE(spy.size(), 0);

        // A colleague assigns me a conversation, Lars writes again, Freja mentions me: three alerts.
        IngestBatch batch;
        batch.account = {u"demo"_s, QString::fromLatin1(fixture::kAccount), u"Nordlicht Versand"_s};
        ConversationRecord chat;
        chat.remoteId = u"anna-chat"_s;
        chat.inboxRemoteId = u"in-chat"_s;
        chat.channel = Channel::WebChat;
        chat.customerRemoteId = u"cu-anna"_s;
        chat.status = ConversationStatus::Open;
        chat.assigneeRemoteId = u"ag-mia"_s;
        chat.createdAt = kNow - 3 * 60 * kMinute;
        chat.lastActivityAt = kNow - kMinute;
        batch.conversations = {chat};
        batch.messages = {
            {u"lars-again"_s,
             u"lars-sms"_s,
             MessageKind::Incoming,
             std::nullopt,
             {},
             u"cu-lars"_s,
             {},
             u"Hallo? Er der nogen?"_s,
             BodyFormat::Plain,
             kNow - kMinute,
             DeliveryState::None,
             {},
             {},
             {}},
            {u"freja-note"_s,
             u"anna-chat"_s,
             MessageKind::Note,
             std::nullopt,
             u"ag-freja"_s,
             {},
             {},
             u"@Mia Berger she is asking about the grinder again"_s,
             BodyFormat::Plain,
             kNow - kMinute,
             DeliveryState::None,
             {},
             {u"ag-mia"_s},
             {}},
            // History arriving late is not news.
            {u"old-news"_s,
             u"lars-sms"_s,
             MessageKind::Incoming,
             std::nullopt,
             {},
             u"cu-lars"_s,
             {},
             u"(old)"_s,
             BodyFormat::Plain,
             kNow - 3 * 24 * 60 * kMinute,
             DeliveryState::None,
             {},
             {},
             {}},
        };
        fixture::await(store_->ingest(batch));
        QSet<WorkspaceAlert::Kind> kinds;
        for (const QList<QVariant> &signal : spy)
            kinds.insert(signal.first().value<WorkspaceAlert>().kind);
        QCOMPARE(spy.size(), 3);
        QVERIFY(kinds.contains(WorkspaceAlert::Kind::AssignedToMe));
        QVERIFY(kinds.contains(WorkspaceAlert::Kind::CustomerReplied));
        QVERIFY(kinds.contains(WorkspaceAlert::Kind::Mentioned));
        for (const QList<QVariant> &signal : spy) {
            const WorkspaceAlert alert = signal.first().value<WorkspaceAlert>();
            QVERIFY(!alert.customerName.isEmpty());
            QVERIFY(alert.conversationId > 0);
        }
    }

    void alertsForNewConversationsInMyQueue()
    {
        WorkspaceAlerts alerts(*store_);
        alerts.setClock([] { return kNow; });
        QSignalSpy spy(&alerts, &WorkspaceAlerts::alert);
        QCoreApplication::processEvents();
        const auto conversation = [](const QString &id, const QString &team, const QString &assignee,
                                     UtcMillis createdAt) {
            ConversationRecord record;
            record.remoteId = id;
            record.inboxRemoteId = u"in-chat"_s;
            record.channel = Channel::WebChat;
            record.customerRemoteId = u"cu-anna"_s;
            record.status = ConversationStatus::Open;
            record.teamRemoteId = team;
            record.assigneeRemoteId = assignee;
            record.createdAt = createdAt;
            record.lastActivityAt = createdAt;
            return record;
        };
        IngestBatch batch;
        batch.account = {u"demo"_s, QString::fromLatin1(fixture::kAccount), u"Nordlicht Versand"_s};
        batch.conversations = {
            conversation(u"new-billing"_s, u"tm-billing"_s, {}, kNow - kMinute),          // my team: news
            conversation(u"new-no-team"_s, {}, {}, kNow - kMinute),                       // everyone's: news
            conversation(u"new-shipping"_s, u"tm-shipping"_s, {}, kNow - kMinute),        // not my team
            conversation(u"new-taken"_s, u"tm-billing"_s, u"ag-jonas"_s, kNow - kMinute), // somebody has it
            conversation(u"old-billing"_s, u"tm-billing"_s, {}, kNow - 3 * 24 * 60 * kMinute), // history
        };
        fixture::await(store_->ingest(batch));
        QSet<qint64> raised;
        for (const QList<QVariant> &signal : spy) {
            const WorkspaceAlert alert = signal.first().value<WorkspaceAlert>();
            QCOMPARE(alert.kind, WorkspaceAlert::Kind::NewInMyQueue);
            QVERIFY(alert.inboxId.has_value());
            raised.insert(alert.conversationId);
        }
        QCOMPARE(spy.size(), 2);
        QCOMPARE(raised, (QSet<qint64>{fixture::conversationId(*store_, u"new-billing"_s),
                                       fixture::conversationId(*store_, u"new-no-team"_s)}));
    }

    void alertsBeforeAndAfterSlaDeadlines()
    {
        IngestBatch batch;
        batch.account = {u"demo"_s, QString::fromLatin1(fixture::kAccount), u"Nordlicht Versand"_s};
        ConversationRecord chat;
        chat.remoteId = u"sla-chat"_s;
        chat.inboxRemoteId = u"in-chat"_s;
        chat.channel = Channel::WebChat;
        chat.customerRemoteId = u"cu-anna"_s;
        chat.status = ConversationStatus::Open;
        chat.assigneeRemoteId = u"ag-mia"_s;
        chat.createdAt = kNow - 10 * kMinute;
        chat.lastActivityAt = kNow - 10 * kMinute;
        chat.waitingSince = kNow - 10 * kMinute;
        chat.slaFirstReplyDue = kNow + 50 * kMinute;
        batch.conversations = {chat};
        fixture::await(store_->ingest(batch));
        const qint64 id = fixture::conversationId(*store_, u"sla-chat"_s);

        UtcMillis now = kNow;
        WorkspaceAlerts alerts(*store_);
        alerts.setSlaCheckInterval(0);
        alerts.setClock([&now] { return now; });
        QSignalSpy spy(&alerts, &WorkspaceAlerts::alert);
        // What was raised about this conversation (the fixture's own conversations have deadlines too).
        const auto raised = [&spy, id] {
            QList<WorkspaceAlert::Kind> kinds;
            for (const QList<QVariant> &signal : spy) {
                const WorkspaceAlert alert = signal.first().value<WorkspaceAlert>();
                if (alert.conversationId == id)
                    kinds.append(alert.kind);
            }
            return kinds;
        };
        // Deadlines missed before the start are in the list's badges already: no burst of alerts.
        QCoreApplication::processEvents();
        QCOMPARE(spy.size(), 0);
        alerts.checkSlaDeadlines();
        QCOMPARE(spy.size(), 0); // 50 minutes left: comfortably ahead

        now = kNow + 40 * kMinute; // ten minutes left
        alerts.checkSlaDeadlines();
        QCOMPARE(raised(), QList<WorkspaceAlert::Kind>{WorkspaceAlert::Kind::SlaAboutToBreak});
        alerts.checkSlaDeadlines();
        QCOMPARE(raised().size(), 1); // once per deadline and step

        now = kNow + 55 * kMinute;
        alerts.checkSlaDeadlines();
        QCOMPARE(raised(), (QList<WorkspaceAlert::Kind>{WorkspaceAlert::Kind::SlaAboutToBreak,
                                                        WorkspaceAlert::Kind::SlaBroken}));
        alerts.checkSlaDeadlines();
        QCOMPARE(raised().size(), 2);

        // Resolved: nothing more about it.
        fixture::await(store_->apply(SetConversationStatus{id, ConversationStatus::Resolved, std::nullopt}));
        QCoreApplication::processEvents();
        now = kNow + 120 * kMinute;
        alerts.checkSlaDeadlines();
        QCOMPARE(raised().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_models_directory.moc"
