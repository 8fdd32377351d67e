// Chatwoot's SLA policies drive the store's SLA due times: the account's policies (GET /sla_policies) and
// each conversation's applied_sla (or sla_policy_id) become the first-reply and resolution deadlines that the
// inbox's countdown, the supervisor's "past SLA" and the SLA notifications read. A server without SLAs
// (Community edition) leaves them empty and syncs as before.
#include "ChatwootTestRig.h"

#include "analytics/ContactCenterKpis.h"
#include "analytics/ContactSource.h"
#include "connectors/chatwoot/mapping/RecordMapping.h"
#include "store/StoreReader.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

using namespace kontor;
using namespace kontor::chatwoot;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

fake::FakeChatwoot::Seed withSlas()
{
    fake::FakeChatwoot::Seed seed;
    seed.slas = true;
    return seed;
}

} // namespace

class TestChatwootSla : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ChatwootTestRig> rig_;

    void open(const fake::FakeChatwoot::Seed &seed, bool slaEnabled = true)
    {
        rig_ = std::make_unique<test::ChatwootTestRig>(seed);
        rig_->fake().setSlaEnabled(slaEnabled);
        rig_->open();
        QTRY_COMPARE_WITH_TIMEOUT(rig_->state().phase, ConnectorState::Phase::Online, 20000);
        rig_->settle();
    }

    ConversationRow row(const QString &remoteId)
    {
        const std::optional<ConversationRow> found =
            rig_->store().reader().inbox().conversation(rig_->conversationId(remoteId));
        return found.value_or(ConversationRow{});
    }

    UtcMillis createdAt(qint64 fakeConversation)
    {
        return rig_->fake()
                   .conversation(fakeConversation)
                   .value(QLatin1StringView("created_at"))
                   .toInteger() *
               1000;
    }

    qint64 pastSla()
    {
        ContactSource source(rig_->store().reader());
        return kpi::backlog(source.open(), QDateTime::currentMSecsSinceEpoch()).pastSla;
    }

private Q_SLOTS:
    void cleanup()
    {
        if (!rig_)
            return;
        const QStringList violations = rig_->contractViolations();
        rig_.reset();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }

    void appliedPoliciesSetTheDeadlines()
    {
        open(withSlas());
        QVERIFY(!rig_->fake().requestsTo("GET", QStringLiteral("/api/v1/accounts/1/sla_policies")).isEmpty());

        // 101: Gold (resolution 1 day), answered, pending: the resolution is due a day after it was applied.
        const ConversationRow gold = row(QStringLiteral("101"));
        QVERIFY(gold.firstReplyAt);
        QVERIFY(!gold.slaFirstReplyDue);
        QCOMPARE(gold.slaResolutionDue, std::optional<UtcMillis>(createdAt(101) + kDay));
        // 106: Silver (resolution 3 days), snoozed.
        QCOMPARE(row(QStringLiteral("106")).slaResolutionDue,
                 std::optional<UtcMillis>(createdAt(106) + 3 * kDay));
        // 111: Gold, but resolved: nothing is due.
        QVERIFY(row(QStringLiteral("111")).status == ConversationStatus::Resolved);
        QVERIFY(!row(QStringLiteral("111")).slaResolutionDue);
        QVERIFY(!row(QStringLiteral("111")).slaFirstReplyDue);
        // 100 and 102: no policy.
        for (const QString &remote : {QStringLiteral("100"), QStringLiteral("102")}) {
            QVERIFY(!row(remote).slaFirstReplyDue);
            QVERIFY(!row(remote).slaResolutionDue);
        }
        // The seed's conversations are weeks old: those still open with a policy are past their SLA, and the
        // supervisor's figure says so.
        QVERIFY(pastSla() > 0);
    }

    void aPolicyAppliedLiveStartsTheFirstReplyCountdown()
    {
        open(withSlas());
        const qint64 created = rig_->fake().createConversationQuietly(QStringLiteral("Dana Weiss"),
                                                                      QStringLiteral("dana@example.org"), 1);
        rig_->fake().colleagueAppliesSla(created, 1);
        const QString remote = QString::number(created);
        QTRY_VERIFY_WITH_TIMEOUT(row(remote).slaFirstReplyDue.has_value(), 10000);
        const ConversationRow unanswered = row(remote);
        const UtcMillis applied = rig_->fake()
                                      .conversation(created)
                                      .value(QLatin1StringView("applied_sla"))
                                      .toObject()
                                      .value(QLatin1StringView("created_at"))
                                      .toInteger() *
                                  1000;
        QVERIFY(applied > 0);
        QCOMPARE(unanswered.slaFirstReplyDue, std::optional<UtcMillis>(applied + kHour));
        QCOMPARE(unanswered.slaResolutionDue, std::optional<UtcMillis>(applied + kDay));
        // Not past yet.
        QVERIFY(*unanswered.slaFirstReplyDue > QDateTime::currentMSecsSinceEpoch());

        // Removed on the server: the countdown goes.
        rig_->fake().colleagueAppliesSla(created, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!row(remote).slaFirstReplyDue.has_value(), 10000);
        QVERIFY(!row(remote).slaResolutionDue);
    }

    void aServerWithoutSlasHasNoDeadlines()
    {
        open(withSlas(), false);
        // Asked, answered 404, and the sync went on.
        int asked = 0;
        for (qsizetype i = 0; i < rig_->fake().requests().size(); ++i) {
            if (rig_->fake().requests()[i].path.endsWith(QLatin1StringView("/sla_policies"))) {
                QCOMPARE(rig_->fake().answers().value(i), 404);
                ++asked;
            }
        }
        QVERIFY(asked > 0);
        QCOMPARE(rig_->number("SELECT count(*) FROM conversations WHERE sla_first_reply_due IS NOT NULL OR "
                              "sla_resolution_due IS NOT NULL"),
                 0);
        QCOMPARE(pastSla(), 0);
        QVERIFY(rig_->number("SELECT count(*) FROM conversations") > 60);
    }

    void theMappingReadsEitherForm_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("knowsPolicy");
        QTest::addColumn<qint64>("firstReplyDue"); // seconds after creation; -1: none
        QTest::addColumn<qint64>("resolutionDue");

        const QByteArray base = R"("id":7,"inbox_id":1,"status":"open","created_at":1700000000,)"
                                R"("meta":{"sender":{"id":5,"name":"Eve"}},)";
        QTest::newRow("applied_sla, from when it was applied")
            << QByteArray(
                   QByteArray("{") + base +
                   R"("first_reply_created_at":0,"applied_sla":{"sla_id":3,"created_at":1700000600,)"
                   R"("sla_first_response_time_threshold":900.0,"sla_resolution_time_threshold":null}})")
            << false << qint64(600 + 900) << qint64(-1);
        QTest::newRow("sla_policy_id from the account's list")
            << QByteArray(QByteArray("{") + base + R"("first_reply_created_at":0,"sla_policy_id":3})") << true
            << qint64(1800) << qint64(7200);
        QTest::newRow("sla_policy_id of a policy not listed")
            << QByteArray(QByteArray("{") + base + R"("first_reply_created_at":0,"sla_policy_id":9})") << true
            << qint64(-1) << qint64(-1);
        QTest::newRow("answered: only the resolution")
            << QByteArray(QByteArray("{") + base +
                          R"("first_reply_created_at":1700000100,"sla_policy_id":3})")
            << true << qint64(-1) << qint64(7200);
        QTest::newRow("thresholds as text, zero as none")
            << QByteArray(QByteArray("{") + base +
                          R"("first_reply_created_at":0,"applied_sla":{"sla_id":"4","created_at":1700000000,)"
                          R"("sla_first_response_time_threshold":"60","sla_resolution_time_threshold":0}})")
            << false << qint64(60) << qint64(-1);
        QTest::newRow("a broken applied_sla counts as none")
            << QByteArray(QByteArray("{") + base +
                          R"("first_reply_created_at":0,"applied_sla":{"sla_status":"active"}})")
            << false << qint64(-1) << qint64(-1);
        QTest::newRow("no policy") << QByteArray(QByteArray("{") + base + R"("sla_policy_id":null})") << true
                                   << qint64(-1) << qint64(-1);
    }

    void theMappingReadsEitherForm()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, knowsPolicy);
        QFETCH(qint64, firstReplyDue);
        QFETCH(qint64, resolutionDue);
        AccountSnapshot snapshot;
        if (knowsPolicy) {
            const auto policy =
                mapSlaPolicy(QJsonDocument::fromJson(R"({"id":3,"name":"Fast",)"
                                                     R"("first_response_time_threshold":1800.0,)"
                                                     R"("resolution_time_threshold":7200.0})")
                                 .object());
            QVERIFY(policy);
            snapshot.slaPolicies.insert(policy->remoteId, *policy);
        }
        MappingContext context;
        context.snapshot = &snapshot;
        const QJsonObject conversation = QJsonDocument::fromJson(json).object();
        QVERIFY(!conversation.isEmpty());
        const std::optional<MappedConversation> mapped = mapConversation(conversation, context);
        QVERIFY(mapped);
        const UtcMillis created = 1700000000LL * 1000;
        const auto expect = [&](qint64 seconds) {
            return seconds < 0 ? std::optional<UtcMillis>()
                               : std::optional<UtcMillis>(created + seconds * 1000);
        };
        QCOMPARE(mapped->record.slaFirstReplyDue, expect(firstReplyDue));
        QCOMPARE(mapped->record.slaResolutionDue, expect(resolutionDue));
    }
};

QTEST_GUILESS_MAIN(TestChatwootSla)
#include "tst_chatwoot_sla.moc"
