// Who may take which conversation: an agent owns only their own account's conversations, an assignment that
// changes nothing is no action, and the conversation's team stays.
#include "WorkspaceFixture.h"
#include "models/AssignmentRules.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::models;
using namespace Qt::StringLiterals;

namespace {

constexpr UtcMillis kNow = 1'760'000'000'000;

// Account 1: the signed-in agent 10 and colleague 11. Account 2: the signed-in agent 20 and colleague 21.
// Account 3 has no agents.
QList<AgentRow> agents()
{
    const auto agent = [](qint64 id, qint64 account, const char *name, bool self) {
        AgentRow row;
        row.id = id;
        row.accountId = account;
        row.name = QString::fromLatin1(name);
        row.isSelf = self;
        return row;
    };
    return {agent(10, 1, "Mia", true), agent(11, 1, "Jonas", false), agent(20, 2, "Mia (EU)", true),
            agent(21, 2, "Lea", false)};
}

ConversationRow conversation(qint64 id, qint64 account, std::optional<qint64> assignee,
                             std::optional<qint64> team)
{
    ConversationRow row;
    row.id = id;
    row.accountId = account;
    row.assigneeId = assignee;
    row.teamId = team;
    return row;
}

// c1: account 1, unassigned, team 5; c2: account 1, Mia's; c3: account 2, Lea's; c4: account 1, Jonas's;
// c5: account 3.
const QList<ConversationRow> &conversations()
{
    static const QList<ConversationRow> rows{conversation(1, 1, {}, 5), conversation(2, 1, 10, {}),
                                             conversation(3, 2, 21, 7), conversation(4, 1, 11, {}),
                                             conversation(5, 3, {}, {})};
    return rows;
}

QList<ConversationRow> pick(const QList<qint64> &ids)
{
    QList<ConversationRow> rows;
    for (qint64 id : ids)
        rows.append(conversations().at(id - 1));
    return rows;
}

// "conversation:agent:team" per action, "-" for none.
QStringList describe(const QList<AssignConversation> &actions)
{
    const auto id = [](std::optional<qint64> value) { return value ? QString::number(*value) : u"-"_s; };
    QStringList words;
    for (const AssignConversation &a : actions)
        words.append(u"%1:%2:%3"_s.arg(a.conversationId).arg(id(a.agentId), id(a.teamId)));
    return words;
}

} // namespace

class TestAssignmentRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void toSelf_data()
    {
        QTest::addColumn<QList<qint64>>("picked");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unassigned, keeps its team") << QList<qint64>{1} << QStringList{u"1:10:5"_s};
        QTest::newRow("the self of the conversation's own account")
            << QList<qint64>{3} << QStringList{u"3:20:7"_s};
        QTest::newRow("taken over from a colleague") << QList<qint64>{4} << QStringList{u"4:10:-"_s};
        QTest::newRow("already mine: no action") << QList<qint64>{2} << QStringList{};
        QTest::newRow("no agent of mine on that account") << QList<qint64>{5} << QStringList{};
        QTest::newRow("several at once")
            << QList<qint64>{1, 2, 3, 5} << QStringList{u"1:10:5"_s, u"3:20:7"_s};
        QTest::newRow("none") << QList<qint64>{} << QStringList{};
    }
    void toSelf()
    {
        QFETCH(QList<qint64>, picked);
        QFETCH(QStringList, expected);
        const AssignmentPlan plan = AssignmentRules::toSelf(pick(picked), agents());
        QCOMPARE(describe(plan.actions), expected);
        QCOMPARE(plan.otherAccount, 0);
    }

    void toAgent_data()
    {
        QTest::addColumn<QList<qint64>>("picked");
        QTest::addColumn<qint64>("agent"); // 0: unassign
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("otherAccount");
        QTest::newRow("to a colleague")
            << QList<qint64>{1, 2} << qint64(11) << QStringList{u"1:11:5"_s, u"2:11:-"_s} << 0;
        QTest::newRow("already theirs: no action") << QList<qint64>{4} << qint64(11) << QStringList{} << 0;
        QTest::newRow("another account's conversation is left alone")
            << QList<qint64>{3, 5} << qint64(11) << QStringList{} << 2;
        QTest::newRow("mixed accounts")
            << QList<qint64>{1, 3, 4} << qint64(20) << QStringList{u"3:20:7"_s} << 2;
        QTest::newRow("unassign") << QList<qint64>{1, 2, 3, 4} << qint64(0)
                                  << QStringList{u"2:-:-"_s, u"3:-:7"_s, u"4:-:-"_s} << 0;
    }
    void toAgent()
    {
        QFETCH(QList<qint64>, picked);
        QFETCH(qint64, agent);
        QFETCH(QStringList, expected);
        QFETCH(int, otherAccount);
        std::optional<AgentRow> target;
        for (const AgentRow &row : agents()) {
            if (row.id == agent)
                target = row;
        }
        const AssignmentPlan plan = AssignmentRules::to(pick(picked), target);
        QCOMPARE(describe(plan.actions), expected);
        QCOMPARE(plan.otherAccount, otherAccount);
        QCOMPARE(plan.agentName, target ? target->name : QString());
    }

    // The same rules over the store: missing conversations and unknown agents.
    void readsTheStore()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = fixture::openFilledStore(dir.path(), kNow);
        const qint64 self = fixture::selfAgentId(*store);
        const qint64 lars = fixture::conversationId(*store, u"lars-sms"_s);
        const qint64 featured = fixture::conversationId(*store, u"featured"_s);
        const qint64 gone = 9'999'999;

        const AssignmentPlan mine = AssignmentRules::toSelf(*store, {lars, featured, gone});
        QCOMPARE(mine.actions.size(), 1); // featured is Mia's already; the missing one is skipped
        QCOMPARE(mine.actions.first().conversationId, lars);
        QCOMPARE(mine.actions.first().agentId, std::optional<qint64>(self));

        const qint64 jonas = fixture::agentId(*store, u"Jonas Weber"_s);
        const std::optional<AssignmentPlan> toJonas = AssignmentRules::to(*store, {lars, gone}, jonas);
        QVERIFY(toJonas);
        QCOMPARE(toJonas->actions.size(), 1);
        QCOMPARE(toJonas->agentName, u"Jonas Weber"_s);

        QVERIFY(!AssignmentRules::to(*store, {lars}, gone)); // no such agent: nothing to plan
        const std::optional<AssignmentPlan> unassign = AssignmentRules::to(*store, {lars}, std::nullopt);
        QVERIFY(unassign);
        QVERIFY(unassign->actions.isEmpty()); // lars-sms is unassigned already
    }
};

QTEST_GUILESS_MAIN(TestAssignmentRules)
#include "tst_models_assignment_rules.moc"
