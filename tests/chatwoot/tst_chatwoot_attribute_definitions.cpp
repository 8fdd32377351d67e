// Chatwoot's custom attribute definitions (GET /custom_attribute_definitions?attribute_model=1) give a
// contact's attributes the names and kinds an administrator defined: the customer panel shows "Subscription
// plan", not "Plan", and a checkbox as yes/no. Attributes without a definition keep a label made from their
// key; a role that may not read the definitions syncs as before.
#include "ChatwootTestRig.h"

#include "connectors/chatwoot/mapping/AttributeDefinitions.h"
#include "connectors/chatwoot/mapping/RecordMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kontor;
using namespace kontor::chatwoot;

namespace {

fake::FakeChatwoot::Seed withAttributes()
{
    fake::FakeChatwoot::Seed seed;
    seed.customAttributes = true;
    return seed;
}

} // namespace

class TestChatwootAttributeDefinitions : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ChatwootTestRig> rig_;

    void open(bool definitionsReadable = true)
    {
        rig_ = std::make_unique<test::ChatwootTestRig>(withAttributes());
        if (!definitionsReadable)
            rig_->fake().failNext("GET", QStringLiteral(".*/custom_attribute_definitions"), 403, 100);
        rig_->open();
        QTRY_COMPARE_WITH_TIMEOUT(rig_->state().phase, ConnectorState::Phase::Online, 20000);
        rig_->settle();
    }

    // "label|kind|value" of one attribute of contact 1000 (every fourth contact has them).
    QString attribute(const QString &key)
    {
        return rig_->text("SELECT a.label || '|' || a.kind || '|' || a.value FROM customer_attributes a "
                          "JOIN conversations c ON c.customer_id = a.customer_id "
                          "WHERE c.remote_id = '100' AND a.key = ?",
                          key);
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

    void definitionsNameAndTypeTheAttributes()
    {
        open();
        const auto asked =
            rig_->fake().requestsTo("GET", QStringLiteral("/api/v1/accounts/1/custom_attribute_definitions"));
        QVERIFY(!asked.isEmpty());
        QCOMPARE(asked.first().query.queryItemValue(QStringLiteral("attribute_model")), QStringLiteral("1"));

        QCOMPARE(attribute(QStringLiteral("plan")), QStringLiteral("Subscription plan|list|Premium"));
        QCOMPARE(attribute(QStringLiteral("customer_since")), QStringLiteral("Client since|date|2019-04-02"));
        QCOMPARE(attribute(QStringLiteral("order_count")), QStringLiteral("Orders placed|number|37"));
        QCOMPARE(attribute(QStringLiteral("vip")), QStringLiteral("VIP customer|boolean|true"));
        QCOMPARE(attribute(QStringLiteral("crm_record")),
                 QStringLiteral("CRM record|link|https://crm.example.org/contacts/1000"));
        // No definition: the label comes from the key.
        QCOMPARE(attribute(QStringLiteral("favourite_shop")), QStringLiteral("Favourite shop|text|Aarhus"));
        // A contact without custom attributes has none.
        QCOMPARE(rig_->number("SELECT count(*) FROM customer_attributes a JOIN conversations c "
                              "ON c.customer_id = a.customer_id WHERE c.remote_id = '101'"),
                 0);
    }

    void withoutDefinitionsLabelsComeFromKeys()
    {
        open(false);
        QCOMPARE(attribute(QStringLiteral("plan")), QStringLiteral("Plan|text|Premium"));
        QCOMPARE(attribute(QStringLiteral("customer_since")),
                 QStringLiteral("Customer since|date|2019-04-02"));
        QCOMPARE(attribute(QStringLiteral("vip")), QStringLiteral("Vip|boolean|true"));
        QVERIFY(rig_->number("SELECT count(*) FROM conversations") > 60);
    }

    void aDefinitionAppliesWhereTheValueFits_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected"); // label|kind|value

        QTest::newRow("text stays text")
            << QStringLiteral("text") << QByteArray("\"Gold\"") << QStringLiteral("Shown|text|Gold");
        QTest::newRow("a number written as text")
            << QStringLiteral("number") << QByteArray("\"42\"") << QStringLiteral("Shown|number|42");
        QTest::newRow("currency is a number")
            << QStringLiteral("currency") << QByteArray("12.5") << QStringLiteral("Shown|number|12.5");
        QTest::newRow("percent is a number")
            << QStringLiteral("percent") << QByteArray("80") << QStringLiteral("Shown|number|80");
        QTest::newRow("a number that is not one keeps its kind")
            << QStringLiteral("number") << QByteArray("\"about forty\"")
            << QStringLiteral("Shown|text|about forty");
        QTest::newRow("a date with a time is a day")
            << QStringLiteral("date") << QByteArray("\"2024-05-06T00:00:00Z\"")
            << QStringLiteral("Shown|date|2024-05-06");
        QTest::newRow("a date that is not one keeps its kind")
            << QStringLiteral("date") << QByteArray("\"next week\"")
            << QStringLiteral("Shown|text|next week");
        QTest::newRow("a checkbox") << QStringLiteral("checkbox") << QByteArray("false")
                                    << QStringLiteral("Shown|boolean|false");
        QTest::newRow("a checkbox with text keeps its kind")
            << QStringLiteral("checkbox") << QByteArray("\"yes\"") << QStringLiteral("Shown|text|yes");
        QTest::newRow("a link") << QStringLiteral("link") << QByteArray("\"https://example.org/a\"")
                                << QStringLiteral("Shown|link|https://example.org/a");
        QTest::newRow("a link without a web scheme keeps its kind")
            << QStringLiteral("link") << QByteArray("\"javascript:alert(1)\"")
            << QStringLiteral("Shown|text|javascript:alert(1)");
        QTest::newRow("a list choice")
            << QStringLiteral("list") << QByteArray("\"Basic\"") << QStringLiteral("Shown|list|Basic");
        QTest::newRow("an unknown type names only")
            << QStringLiteral("hologram") << QByteArray("\"3\"") << QStringLiteral("Shown|text|3");
    }

    void aDefinitionAppliesWhereTheValueFits()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        const std::optional<AttributeDefinition> definition = mapAttributeDefinition(
            QJsonObject{{QStringLiteral("attribute_key"), QStringLiteral("thing")},
                        {QStringLiteral("attribute_display_name"), QStringLiteral("Shown")},
                        {QStringLiteral("attribute_display_type"), type},
                        {QStringLiteral("attribute_values"),
                         QJsonArray{QStringLiteral("Basic"), QStringLiteral("Premium")}}});
        QVERIFY(definition);
        QCOMPARE(definition->values, QStringList({QStringLiteral("Basic"), QStringLiteral("Premium")}));
        AttributeDefinitions definitions;
        definitions.insert(definition->key, *definition);
        const QJsonObject contact{{QStringLiteral("custom_attributes"),
                                   QJsonObject{{QStringLiteral("thing"),
                                                QJsonDocument::fromJson("[" + value + "]").array().at(0)}}}};
        const std::optional<QList<AttributeRecord>> attributes = mapContactAttributes(contact, &definitions);
        QVERIFY(attributes && attributes->size() == 1);
        const AttributeRecord &record = attributes->first();
        QCOMPARE(QString(record.label + u'|' + attributeKindKey(record.kind) + u'|' + record.value),
                 expected);
    }

    void aDefinitionWithoutAKeyIsSkipped()
    {
        QVERIFY(!mapAttributeDefinition(
            QJsonObject{{QStringLiteral("attribute_display_name"), QStringLiteral("x")}}));
        QVERIFY(
            !mapAttributeDefinition(QJsonObject{{QStringLiteral("attribute_key"), QStringLiteral("  ")}}));
    }
};

QTEST_GUILESS_MAIN(TestChatwootAttributeDefinitions)
#include "tst_chatwoot_attribute_definitions.moc"
