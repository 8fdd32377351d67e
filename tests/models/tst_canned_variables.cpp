// Canned responses carry Chatwoot's variables ({{contact.first_name}}, {{agent.name}}…): filled from the open
// conversation when inserted, left visible when nothing is known, never filled with something wrong.
#include "WorkspaceFixture.h"
#include "models/CannedVariables.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::models;
using namespace Qt::StringLiterals;

namespace {
constexpr UtcMillis kNow = 1'760'000'000'000;

CannedVariableValues sample()
{
    CannedVariableValues v;
    v.values = {{u"contact.name"_s, u"Anna Schmidt"_s},
                {u"contact.first_name"_s, u"Anna"_s},
                {u"contact.email"_s, QString()}, // known to be unknown
                {u"agent.name"_s, u"Mette Sørensen"_s},
                {u"conversation.id"_s, u"4711"_s},
                {u"contact.custom_attribute.plan"_s, u"Plus"_s}};
    return v;
}
} // namespace

class TestCannedVariables : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void filling_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("filled");
        QTest::addColumn<QStringList>("unfilled");
        QTest::newRow("greeting") << u"Hi {{contact.first_name}}, I'm {{agent.name}}."_s
                                  << u"Hi Anna, I'm Mette Sørensen."_s << QStringList();
        QTest::newRow("spaces inside the braces") << u"Case {{ conversation.id }} for {{  contact.name}}"_s
                                                  << u"Case 4711 for Anna Schmidt"_s << QStringList();
        QTest::newRow("custom attribute")
            << u"Your plan: {{contact.custom_attribute.plan}}"_s << u"Your plan: Plus"_s << QStringList();
        QTest::newRow("value unknown stays")
            << u"We wrote to {{contact.email}}."_s << u"We wrote to {{contact.email}}."_s
            << QStringList{u"{{contact.email}}"_s};
        QTest::newRow("name Kontor does not know stays")
            << u"{{contact.first_name}}, see {{order.number}} and {{order.number}}"_s
            << u"Anna, see {{order.number}} and {{order.number}}"_s << QStringList{u"{{order.number}}"_s};
        QTest::newRow("not a variable") << u"Use {{ }} or {{a b}} or {single}"_s
                                        << u"Use {{ }} or {{a b}} or {single}"_s << QStringList();
        QTest::newRow("a value is not read again")
            << u"{{agent.name}}"_s << u"Mette Sørensen"_s << QStringList();
        QTest::newRow("empty") << QString() << QString() << QStringList();
    }

    void filling()
    {
        QFETCH(QString, text);
        QFETCH(QString, filled);
        QFETCH(QStringList, unfilled);
        const QString result = fillCannedVariables(text, sample());
        QCOMPARE(result, filled);
        QCOMPARE(unfilledCannedVariables(result), unfilled);
    }

    void aValueThatLooksLikeAVariableIsNotExpanded()
    {
        CannedVariableValues v;
        v.values = {{u"contact.name"_s, u"{{agent.email}}"_s}, {u"agent.email"_s, u"secret@example.org"_s}};
        QCOMPARE(fillCannedVariables(u"Hi {{contact.name}}", v), u"Hi {{agent.email}}"_s);
    }

    void valuesOfAConversation()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = fixture::openFilledStore(dir.path(), kNow);
        StoreReader &reader = store->reader();
        const ConversationRow featured =
            *reader.inbox().conversation(fixture::conversationId(*store, u"featured"_s));
        const CannedVariableValues v = cannedVariablesFor(reader, featured);
        QCOMPARE(v.values.value(u"contact.name"_s), u"Anna Schmidt"_s);
        QCOMPARE(v.values.value(u"contact.first_name"_s), u"Anna"_s);
        QCOMPARE(v.values.value(u"contact.last_name"_s), u"Schmidt"_s);
        QCOMPARE(v.values.value(u"contact.email"_s), u"Anna.Schmidt@example.de"_s);
        QCOMPARE(v.values.value(u"contact.phone"_s), u"+4915112345678"_s);
        QCOMPARE(v.values.value(u"conversation.id"_s), featured.remoteId);
        QVERIFY(!v.values.value(u"inbox.name"_s).isEmpty());
        // The agent is the one signed in on the conversation's account.
        QString self;
        for (const AgentRow &agent : reader.directory().agents(featured.accountId)) {
            if (agent.isSelf)
                self = agent.name;
        }
        QVERIFY(!self.isEmpty());
        QCOMPARE(v.values.value(u"agent.name"_s), self);
        QCOMPARE(v.values.value(u"agent.first_name"_s), self.section(u' ', 0, 0));
        // Attributes of this account only, under Chatwoot's names.
        int attributes = 0;
        for (const CustomerAttributeRow &a : reader.directory().customerAttributes(featured.customerId)) {
            if (a.accountId != featured.accountId)
                continue;
            ++attributes;
            QCOMPARE(v.values.value(u"contact.custom_attribute."_s + a.key), a.value);
        }
        QVERIFY(attributes > 0);
    }
};

QTEST_GUILESS_MAIN(TestCannedVariables)
#include "tst_canned_variables.moc"
