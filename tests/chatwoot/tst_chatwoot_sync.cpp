// First sync and gap fill of the Chatwoot connector, against the fake Chatwoot, through the real sync engine
// and store: what lands in the store, which requests were made, and that every request fits the OpenAPI spec.
#include "ChatwootTestRig.h"

#include "connectors/chatwoot/sync/SyncCursor.h"

#include <QSignalSpy>
#include <QTest>

using namespace kontor;
using namespace kontor::chatwoot;
using namespace std::chrono_literals;

class TestChatwootSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ChatwootTestRig> rig_;

    void waitOnline()
    {
        QTRY_COMPARE_WITH_TIMEOUT(rig_->state().phase, ConnectorState::Phase::Online, 20000);
        rig_->settle();
    }

    void restart(const SyncOptions &options = test::ChatwootTestRig::fastOptions())
    {
        rig_->close();
        rig_->fake().clearRequests();
        rig_->open(options);
        waitOnline();
    }

    bool requested(const QByteArray &method, const QString &path, const QString &queryItem = {})
    {
        for (const fake::HttpRequest &request : rig_->fake().requestsTo(method, path)) {
            if (queryItem.isEmpty() || request.query.toString().split(u'&').contains(queryItem))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        rig_ = std::make_unique<test::ChatwootTestRig>();
        rig_->open();
    }

    void cleanup()
    {
        int checked = 0;
        const QStringList violations = rig_->contractViolations(&checked);
        rig_.reset();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }

    void firstSyncFillsTheStore()
    {
        QSignalSpy states(&rig_->engine(), &SyncEngine::stateChanged);
        waitOnline();
        auto &r = *rig_;
        QCOMPARE(r.text("SELECT connector FROM accounts"), QStringLiteral("chatwoot"));
        QCOMPARE(r.text("SELECT remote_id FROM accounts"),
                 QStringLiteral("127.0.0.1:%1/1").arg(r.fake().port()));
        QCOMPARE(r.number("SELECT count(*) FROM inboxes"), 6);
        QCOMPARE(r.text("SELECT channel FROM inboxes WHERE remote_id = '3'"), QStringLiteral("whatsapp"));
        QCOMPARE(r.text("SELECT channel FROM inboxes WHERE remote_id = '4'"), QStringLiteral("sms"));
        QCOMPARE(r.text("SELECT channel FROM inboxes WHERE remote_id = '6'"), QStringLiteral("messenger"));
        QCOMPARE(r.number("SELECT count(*) FROM agents"), 3);
        QCOMPARE(r.text("SELECT remote_id FROM agents WHERE is_self = 1"), QStringLiteral("1"));
        QCOMPARE(r.number("SELECT count(*) FROM teams"), 2);
        QCOMPARE(r.number("SELECT count(*) FROM team_members"), 3);
        QCOMPARE(r.number("SELECT count(*) FROM canned_responses"), 2);
        QCOMPARE(r.number("SELECT count(*) FROM conversations"), 62);
        // All contacts, also those without a conversation, with normalised identities.
        QVERIFY(r.number("SELECT count(*) FROM customers") >= 42);
        QCOMPARE(
            r.number(
                "SELECT count(*) FROM identities WHERE kind = 'email' AND value = 'customer3@example.org'"),
            1);
        QCOMPARE(r.number("SELECT count(*) FROM identities WHERE kind = 'phone' AND value = '+493012340000'"),
                 1);
        QCOMPARE(r.number("SELECT count(*) FROM identities WHERE kind = 'handle' AND value = 'user-0'"), 1);
        // Contact-inbox source ids: a WhatsApp number is a phone identity, a web visitor id a handle.
        QCOMPARE(
            r.number("SELECT count(*) FROM identities WHERE kind = 'phone' AND value = '+4915112001002'"), 1);
        QCOMPARE(r.number("SELECT count(*) FROM identities WHERE kind = 'handle' AND value = "
                          "'00000000-0000-4000-8000-000000001000'"),
                 1);

        // The dashboard's fixture conversation: all 19 messages, of every type.
        const qint64 widget = r.conversationId(QStringLiteral("43"));
        QVERIFY(widget > 0);
        QCOMPARE(r.number("SELECT count(*) FROM messages WHERE conversation_id = ?", QString::number(widget)),
                 19);
        QCOMPARE(r.text("SELECT kind FROM messages WHERE remote_id = '5281'"), QStringLiteral("note"));
        QCOMPARE(r.text("SELECT kind FROM messages WHERE remote_id = '5276'"), QStringLiteral("activity"));
        QCOMPARE(r.text("SELECT kind FROM messages WHERE remote_id = '5272'"), QStringLiteral("incoming"));
        QCOMPARE(r.text("SELECT delivery_state FROM messages WHERE remote_id = '5286'"),
                 QStringLiteral("failed"));
        QCOMPARE(r.number("SELECT created_at FROM messages WHERE remote_id = '5272'"), 1732195656000LL);
        // The loose fixture: its message of another conversation is not filed under it.
        QCOMPARE(r.number("SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                          "WHERE c.remote_id = '5815'"),
                 2);

        // Status, snooze time (ISO), priority, assignee, team, labels.
        QCOMPARE(r.text("SELECT status FROM conversations WHERE remote_id = '102'"),
                 QStringLiteral("snoozed"));
        QVERIFY(r.number("SELECT snoozed_until FROM conversations WHERE remote_id = '102'") > nowUtcMillis());
        QCOMPARE(r.text("SELECT priority FROM conversations WHERE remote_id = '103'"),
                 QStringLiteral("urgent"));
        QCOMPARE(r.text("SELECT a.remote_id FROM conversations c JOIN agents a ON a.id = c.assignee_id "
                        "WHERE c.remote_id = '101'"),
                 QStringLiteral("2"));
        QCOMPARE(r.text("SELECT t.remote_id FROM conversations c JOIN teams t ON t.id = c.team_id "
                        "WHERE c.remote_id = '100'"),
                 QStringLiteral("1"));
        QCOMPARE(r.text("SELECT l.name FROM conversation_labels cl JOIN labels l ON l.id = cl.label_id "
                        "JOIN conversations c ON c.id = cl.conversation_id WHERE c.remote_id = '105'"),
                 QStringLiteral("billing"));
        QCOMPARE(r.text("SELECT subject FROM conversations WHERE remote_id = '101'"),
                 QStringLiteral("Order 4001"));

        // Paging: conversations with status=all, 25 a page; contacts with their contact inboxes, 15 a page.
        QVERIFY(
            requested("GET", QStringLiteral("/api/v1/accounts/1/conversations"), QStringLiteral("page=3")));
        QVERIFY(requested("GET", QStringLiteral("/api/v1/accounts/1/conversations"),
                          QStringLiteral("status=all")));
        QVERIFY(requested("GET", QStringLiteral("/api/v1/accounts/1/contacts"), QStringLiteral("page=3")));
        QVERIFY(requested("GET", QStringLiteral("/api/v1/accounts/1/contacts"),
                          QStringLiteral("include_contact_inboxes=true")));

        // Progress in counts, then online; the cursor says the first sync is done.
        bool sawProgress = false;
        for (const QList<QVariant> &args : states) {
            const auto state = args.at(1).value<ConnectorState>();
            if (state.phase == ConnectorState::Phase::FirstSync && state.expectedItems >= 62 &&
                state.syncedItems > 0)
                sawProgress = true;
        }
        QVERIFY(sawProgress);
        const SyncCursor cursor = SyncCursor::decode(r.cursorValue());
        QVERIFY(cursor.firstSyncDone);
        QCOMPARE(cursor.maxMessageId, 4382131101LL); // the loose fixture's odd id is the highest
        QCOMPARE(cursor.cacheKeys.inbox, QStringLiteral("i1"));
    }

    void restartFillsTheGapWithUpdatedWithin()
    {
        waitOnline();
        auto &f = rig_->fake();
        f.customerWrites(110, QStringLiteral("written while Kontor was closed"), true);
        f.colleagueSetsStatus(111, QStringLiteral("resolved"), true);
        const qint64 created =
            f.createConversationQuietly(QStringLiteral("Nina New"), QStringLiteral("nina@example.net"), 2);
        restart();
        auto &r = *rig_;
        const QList<fake::HttpRequest> lists =
            f.requestsTo("GET", QStringLiteral("/api/v1/accounts/1/conversations"));
        QVERIFY(!lists.isEmpty()); // one, unless a slow machine made it time out and try again
        const qint64 window =
            lists.first().query.queryItemValue(QStringLiteral("updated_within")).toLongLong();
        QVERIFY2(window >= 600, "the gap needs a generous margin");
        QCOMPARE(lists.first().query.queryItemValue(QStringLiteral("status")), QStringLiteral("all"));
        QCOMPARE(r.number("SELECT count(*) FROM messages WHERE body = 'written while Kontor was closed'"), 1);
        QCOMPARE(r.text("SELECT status FROM conversations WHERE remote_id = '111'"),
                 QStringLiteral("resolved"));
        QVERIFY(r.conversationId(QString::number(created)) > 0);
        QCOMPARE(r.number("SELECT count(*) FROM identities WHERE value = 'nina@example.net'"), 1);
        // Only conversations with new messages were asked for messages; a status change needs none.
        QVERIFY(
            !f.requestsTo("GET", QStringLiteral("/api/v1/accounts/1/conversations/110/messages")).isEmpty());
        QVERIFY(
            f.requestsTo("GET", QStringLiteral("/api/v1/accounts/1/conversations/111/messages")).isEmpty());
        QVERIFY(
            f.requestsTo("GET", QStringLiteral("/api/v1/accounts/1/conversations/120/messages")).isEmpty());
        // Unchanged cache keys: no team list again (inboxes and labels are read once per process, for the
        // channels of new conversations and the label picker).
        QVERIFY(f.requestsTo("GET", QStringLiteral("/api/v1/accounts/1/teams")).isEmpty());
    }

    void manyNewMessagesArePagedWithAfter()
    {
        // Without the fixture's odd id, the newest id before the gap is a trustworthy "after".
        fake::FakeChatwoot::Seed seed;
        seed.looseFixture = false;
        rig_ = std::make_unique<test::ChatwootTestRig>(seed);
        rig_->open();
        waitOnline();
        auto &f = rig_->fake();
        for (int i = 0; i < 130; ++i)
            f.customerWrites(112, QStringLiteral("burst %1").arg(i), true);
        restart();
        QCOMPARE(rig_->number("SELECT count(*) FROM messages WHERE body LIKE 'burst %'"), 130);
        const auto pages =
            f.requestsTo("GET", QStringLiteral("/api/v1/accounts/1/conversations/112/messages"));
        QVERIFY(std::any_of(pages.begin(), pages.end(), [](const fake::HttpRequest &r) {
            return r.query.hasQueryItem(QStringLiteral("after"));
        }));
    }

    void anOddMessageIdCannotHideNewMessages()
    {
        waitOnline();
        QCOMPARE(SyncCursor::decode(rig_->cursorValue()).maxMessageId, 4382131101LL);
        auto &f = rig_->fake();
        for (int i = 0; i < 70; ++i)
            f.customerWrites(112, QStringLiteral("burst %1").arg(i), true);
        restart();
        QCOMPARE(rig_->number("SELECT count(*) FROM messages WHERE body LIKE 'burst %'"), 70);
        const auto pages =
            f.requestsTo("GET", QStringLiteral("/api/v1/accounts/1/conversations/112/messages"));
        QVERIFY(std::any_of(pages.begin(), pages.end(), [](const fake::HttpRequest &r) {
            return r.query.hasQueryItem(QStringLiteral("before"));
        }));
    }

    void changedCacheKeysRefetchOnlyTheirLists()
    {
        waitOnline();
        rig_->fake().renameInbox(2, QStringLiteral("Mail desk"));
        rig_->fake().setCacheKey(QStringLiteral("inbox"), QStringLiteral("i2"));
        restart();
        QCOMPARE(rig_->text("SELECT name FROM inboxes WHERE remote_id = '2'"), QStringLiteral("Mail desk"));
        QVERIFY(rig_->fake().requestsTo("GET", QStringLiteral("/api/v1/accounts/1/teams")).isEmpty());
        QCOMPARE(SyncCursor::decode(rig_->cursorValue()).cacheKeys.inbox, QStringLiteral("i2"));
    }

    void aLongGapPagesThroughAllConversations()
    {
        waitOnline();
        rig_->fake().colleagueSetsStatus(140, QStringLiteral("pending"), true);
        SyncOptions options = test::ChatwootTestRig::fastOptions();
        options.updatedWithinLimit = 0s; // every gap counts as long
        restart(options);
        QVERIFY(
            requested("GET", QStringLiteral("/api/v1/accounts/1/conversations"), QStringLiteral("page=3")));
        QVERIFY(!requested("GET", QStringLiteral("/api/v1/accounts/1/conversations"),
                           QStringLiteral("updated_within")));
        QCOMPARE(rig_->text("SELECT status FROM conversations WHERE remote_id = '140'"),
                 QStringLiteral("pending"));
    }

    void olderHistoryIsPagedInOnDemand()
    {
        rig_->close();
        rig_->fake().addHistory(113, 55);
        rig_->open();
        waitOnline();
        auto &r = *rig_;
        // The first sync takes two pages of 20 back.
        QCOMPARE(r.number("SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                          "WHERE c.remote_id = '113'"),
                 40);
        const QString oldest =
            r.text("SELECT m.remote_id FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                   "WHERE c.remote_id = '113' ORDER BY CAST(m.remote_id AS INTEGER) LIMIT 1");
        r.connector().fetchOlderHistory(QStringLiteral("113"), oldest);
        QTRY_COMPARE(
            r.number("SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                     "WHERE c.remote_id = '113'"),
            58); // 55 + the 3 seeded
        QVERIFY(requested("GET", QStringLiteral("/api/v1/accounts/1/conversations/113/messages"),
                          QStringLiteral("before=") + oldest));
    }

    void anotherServerPageSizeStillSyncsEverything()
    {
        rig_->close();
        rig_ = std::make_unique<test::ChatwootTestRig>();
        rig_->fake().setConversationPageSize(10);
        rig_->open();
        waitOnline();
        QCOMPARE(rig_->number("SELECT count(*) FROM conversations"), 62);
        QVERIFY(
            requested("GET", QStringLiteral("/api/v1/accounts/1/conversations"), QStringLiteral("page=7")));
    }

    void listsTheRoleMayNotReadAreSkipped()
    {
        rig_->close();
        rig_ = std::make_unique<test::ChatwootTestRig>();
        rig_->fake().failNext("GET", QStringLiteral(".*/teams/1/team_members"), 403, 10);
        rig_->open();
        waitOnline();
        QCOMPARE(rig_->number("SELECT count(*) FROM teams"), 2);
        QCOMPARE(rig_->number("SELECT count(*) FROM conversations"), 62);
    }

    void everyRequestFitsTheSpec()
    {
        waitOnline();
        int checked = 0;
        const QStringList violations = rig_->contractViolations(&checked);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
        QVERIFY(checked > 50);
    }
};

QTEST_GUILESS_MAIN(TestChatwootSync)
#include "tst_chatwoot_sync.moc"
