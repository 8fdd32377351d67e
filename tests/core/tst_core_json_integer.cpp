// Whole numbers read from JSON that Kontor wrote (an outbox payload) or received: only what fits a qint64
// exactly is a number; a damaged or hostile value is none, never undefined behaviour.
#include "core/JsonInteger.h"
#include "store/actions/ActionPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kontor;
using namespace Qt::StringLiterals;

class TestCoreJsonInteger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("isInteger");
        QTest::addColumn<qint64>("value");
        QTest::newRow("small") << QByteArray("[42]") << true << qint64(42);
        QTest::newRow("negative") << QByteArray("[-7]") << true << qint64(-7);
        QTest::newRow("2^53") << QByteArray("[9007199254740992]") << true << qint64(9007199254740992);
        QTest::newRow("fraction") << QByteArray("[1.5]") << false << qint64(0);
        QTest::newRow("beyond 64 bits") << QByteArray("[1e30]") << false << qint64(0);
        QTest::newRow("far below") << QByteArray("[-1e300]") << false << qint64(0);
        QTest::newRow("text") << QByteArray("[\"42\"]") << false << qint64(0);
        QTest::newRow("null") << QByteArray("[null]") << false << qint64(0);
    }

    void numbers()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, isInteger);
        QFETCH(qint64, value);
        const std::optional<qint64> read = jsonInteger(QJsonDocument::fromJson(json).array().first());
        QCOMPARE(read.has_value(), isInteger);
        if (isInteger)
            QCOMPARE(*read, value);
    }

    void aDamagedOutboxPayloadDecodesWithoutItsBrokenIds()
    {
        // A note whose mention and attachment size were damaged on disk: the note still decodes, without
        // them.
        const QByteArray payload =
            QByteArray("{'body':'hi','format':'plain','private':true,'mentions':[3,1e30],"
                       "'attachments':[{'path':'/x','name':'a.pdf','mime':'',"
                       "'size':-1e300}]}")
                .replace('\'', '"');
        const std::optional<AgentAction> action = actions::decodePayload(u"send_message", 1, 5, payload);
        QVERIFY(action);
        const auto &message = std::get<SendMessage>(*action);
        QCOMPARE(message.mentionedAgentIds, QList<qint64>{3});
        QCOMPARE(message.attachments.size(), 1);
        QCOMPARE(message.attachments.first().sizeBytes, 0);
        // An assignment to an agent id beyond 64 bits is an unassignment, not a random agent.
        const std::optional<AgentAction> assign =
            actions::decodePayload(u"assign", 1, 5, QByteArray("{\"agent_id\":1e30,\"team_id\":null}"));
        QVERIFY(assign);
        QCOMPARE(std::get<AssignConversation>(*assign).agentId, std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestCoreJsonInteger)
#include "tst_core_json_integer.moc"
