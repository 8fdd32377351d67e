// Get next (Ctrl+N): the agent is given the open conversation of their teams that nobody has, whose customer
// has waited longest, and it opens; conversations with an assignee, not open, of another team or of no team
// are never taken; when nothing waits, the status bar says so.
#include "WorkspaceTestSupport.h"
#include "models/NextConversation.h"
#include "ui/WorkspaceActions.h"
#include "ui/conversation/ConversationPane.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace kontor;
using namespace kontor::ui;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// The signed-in agent, Mia, is in Billing and Tech support, not in Shipping.
IngestBatch queue(UtcMillis now)
{
    IngestBatch b;
    b.account = {u"demo"_s, QString::fromLatin1(fixture::kAccount), u"Nordlicht Versand"_s};
    CustomerRecord customer;
    customer.remoteId = u"cu-queue"_s;
    customer.name = u"Queue Customer"_s;
    customer.identities = {{IdentityKind::Email, u"queue@example.org"_s, std::nullopt, {}}};
    b.customers = {customer};
    const auto add = [&b, now](const QString &id, const QString &team, std::optional<UtcMillis> waiting,
                               ConversationStatus status = ConversationStatus::Open,
                               const QString &assignee = {}) {
        ConversationRecord c;
        c.remoteId = id;
        c.inboxRemoteId = u"in-email"_s;
        c.channel = Channel::Email;
        c.customerRemoteId = u"cu-queue"_s;
        c.subject = id;
        c.createdAt = now - 10 * kDay;
        c.lastActivityAt = now - kHour;
        c.teamRemoteId = team;
        c.waitingSince = waiting;
        c.status = status;
        if (status == ConversationStatus::Snoozed)
            c.snoozedUntil = now + kDay;
        c.assigneeRemoteId = assignee;
        b.conversations.append(c);
    };
    add(u"q-assigned"_s, u"tm-billing"_s, now - 9 * kHour, ConversationStatus::Open, u"ag-sofia"_s);
    add(u"q-mine-already"_s, u"tm-tech"_s, now - 9 * kHour, ConversationStatus::Open, u"ag-mia"_s);
    add(u"q-resolved"_s, u"tm-billing"_s, now - 8 * kHour, ConversationStatus::Resolved);
    add(u"q-pending"_s, u"tm-tech"_s, now - 8 * kHour, ConversationStatus::Pending);
    add(u"q-snoozed"_s, u"tm-tech"_s, now - 8 * kHour, ConversationStatus::Snoozed);
    add(u"q-other-team"_s, u"tm-shipping"_s, now - 7 * kHour);
    add(u"q-no-team"_s, QString(), now - 7 * kHour);
    add(u"q-tech"_s, u"tm-tech"_s, now - 3 * kHour);
    add(u"q-billing"_s, u"tm-billing"_s, now - 2 * kHour);
    add(u"q-quiet"_s, u"tm-billing"_s, std::nullopt); // nobody waits on it: last
    return b;
}

void showAndActivate(QWidget &window)
{
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}
} // namespace

class TestGetNext : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    int run_ = 0;

    struct Workspace
    {
        std::unique_ptr<Store> store;
        std::unique_ptr<MainWindow> window;
        ~Workspace() { window.reset(); }
    };
    // A window over the fixture without its bulk conversations, so the queue holds only what is made here.
    std::unique_ptr<Workspace> workspace(bool withQueue)
    {
        auto w = std::make_unique<Workspace>();
        const UtcMillis now = nowUtcMillis();
        w->store = fixture::openFilledStore(dir_.path() + u"/run-%1"_s.arg(++run_), now, 0);
        if (withQueue)
            fixture::await(w->store->ingest(queue(now)));
        w->window = std::make_unique<MainWindow>(WorkspaceContext{w->store.get()});
        w->window->resize(1480, 900);
        return w;
    }
    std::optional<qint64> assignee(Store &store, qint64 conversation)
    {
        return store.reader().inbox().conversation(conversation)->assigneeId;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void takesTheLongestWaitingOfMyTeamsInTurn()
    {
        auto w = workspace(true);
        showAndActivate(*w->window);
        Store &store = *w->store;
        const qint64 mia = fixture::selfAgentId(store);
        const QList<QString> expected{u"q-tech"_s, u"q-billing"_s, u"q-quiet"_s};
        for (const QString &remote : expected) {
            const qint64 id = fixture::conversationId(store, remote);
            QVERIFY(!assignee(store, id));
            QTest::keyClick(w->window.get(), Qt::Key_N, Qt::ControlModifier);
            QTRY_COMPARE(assignee(store, id), std::optional<qint64>(mia));
            QCOMPARE(w->window->conversation()->conversationId(), id);
        }
        // What was skipped is as it was.
        QCOMPARE(assignee(store, fixture::conversationId(store, u"q-assigned"_s)),
                 std::optional<qint64>(fixture::agentId(store, u"Sofia Rossi"_s)));
        for (const QString &remote : {u"q-resolved"_s, u"q-pending"_s, u"q-snoozed"_s, u"q-other-team"_s,
                                      u"q-no-team"_s, u"lars-sms"_s})
            QVERIFY2(!assignee(store, fixture::conversationId(store, remote)), qPrintable(remote));

        // Nothing is left: said so, and nothing changes.
        const qint64 open = w->window->conversation()->conversationId();
        w->window->actions()->getNext->trigger();
        QVERIFY(w->window->statusBar()->currentMessage().contains(u"Nothing waits for you"_s));
        QCOMPARE(w->window->conversation()->conversationId(), open);
    }

    void findsInTheStore_data()
    {
        QTest::addColumn<bool>("withQueue");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("found");
        QTest::newRow("queue") << true << int(models::NextConversation::Outcome::Found) << u"q-tech"_s;
        // The fixture's own open conversations without an assignee have no team.
        QTest::newRow("nothing waits")
            << false << int(models::NextConversation::Outcome::NoneWaits) << QString();
    }
    void findsInTheStore()
    {
        QFETCH(bool, withQueue);
        QFETCH(int, outcome);
        QFETCH(QString, found);
        auto w = workspace(withQueue);
        const models::NextConversation next = models::NextConversation::find(w->store->reader());
        QCOMPARE(int(next.outcome), outcome);
        QCOMPARE(next.conversation.has_value(), !found.isEmpty());
        if (next.conversation)
            QCOMPARE(next.conversation->id, fixture::conversationId(*w->store, found));
    }

    void saysSoWhenTheAgentIsInNoTeam()
    {
        auto w = workspace(true);
        IngestBatch teams;
        teams.account = {u"demo"_s, QString::fromLatin1(fixture::kAccount), u"Nordlicht Versand"_s};
        teams.teams = {{u"tm-billing"_s, u"Billing"_s, {u"ag-sofia"_s}},
                       {u"tm-tech"_s, u"Tech support"_s, {u"ag-freja"_s}}};
        fixture::await(w->store->ingest(teams));
        QCOMPARE(models::NextConversation::find(w->store->reader()).outcome,
                 models::NextConversation::Outcome::NoTeams);
        w->window->getNextConversation();
        QVERIFY(w->window->statusBar()->currentMessage().contains(u"no team"_s));
        QCOMPARE(w->window->conversation()->conversationId(), 0);
    }
};

QTEST_MAIN(TestGetNext)
#include "tst_ui_get_next.moc"
