#include "ContactCenterData.h"
#include "StoreTestSupport.h"

#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

Q_DECLARE_METATYPE(kontor::InboxView)
Q_DECLARE_METATYPE(kontor::InboxSort)
Q_DECLARE_METATYPE(kontor::QueueGrouping)

namespace {

const char *viewCondition(InboxView view)
{
    switch (view) {
    case InboxView::All:
        return "1";
    case InboxView::Mine:
        return "assignee_id IN (SELECT id FROM agents WHERE is_self = 1)";
    case InboxView::Unassigned:
        return "assignee_id IS NULL";
    case InboxView::Mentions:
        return "id IN (SELECT conversation_id FROM mentions WHERE agent_id IN (SELECT id FROM agents WHERE "
               "is_self))";
    }
    return "0";
}

// The expected order, written independently of the store's generated sort keys.
const char *referenceOrder(InboxSort sort)
{
    switch (sort) {
    case InboxSort::LastActivity:
        return "last_activity_at DESC, id DESC";
    case InboxSort::WaitingLongest:
        return "coalesce(waiting_since, 9223372036854775807), id";
    case InboxSort::SlaDue:
        return "CASE WHEN first_reply_at IS NULL THEN min(coalesce(sla_first_reply_due, "
               "9223372036854775807), "
               "coalesce(sla_resolution_due, 9223372036854775807)) ELSE coalesce(sla_resolution_due, "
               "9223372036854775807) END, id";
    case InboxSort::Priority:
        return "CASE priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 "
               "ELSE 0 END DESC, last_activity_at DESC, id DESC";
    }
    return "id";
}

} // namespace

// The queries the views run: inbox views with every sort, filter and keyset paging, counts, a conversation's
// messages, a customer's timeline across conversations and accounts, supervisors' queue figures, and the
// ingestion path they read from.
class TestStoreQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inboxPaging_data();
    void inboxPaging();
    void inboxSemantics();
    void conversationRow();
    void conversationMessagesBothDirections();
    void customerTimeline();
    void queueFigures_data();
    void queueFigures();
    void largeFiltersPageCorrectly_data();
    void largeFiltersPageCorrectly();

private:
    QList<qint64> referenceIds(const QString &where, const char *order);
    TestStore store_;
    IngestBatch batch_;
};

void TestStoreQueries::initTestCase()
{
    QVERIFY2(store_.isOpen(), qPrintable(store_.error()));
    batch_ = contactcenter::batch();
    const IngestResult result = store_.ingest(batch_);
    QVERIFY(result.skipped.isEmpty());
}

QList<qint64> TestStoreQueries::referenceIds(const QString &where, const char *order)
{
    QList<qint64> ids;
    const QString sqlText =
        u"SELECT id FROM conversations WHERE "_s + where + u" ORDER BY "_s + QString::fromLatin1(order);
    sql::Statement select = StoreTestAccess::database(store_.reader()).prepare(sqlText.toStdString());
    while (select.step())
        ids.append(select.int64(0));
    return ids;
}

void TestStoreQueries::inboxPaging_data()
{
    QTest::addColumn<InboxView>("view");
    QTest::addColumn<InboxSort>("sort");
    QTest::addColumn<QString>("statuses"); // comma-separated keys; empty: all
    QTest::addColumn<QString>("extra");    // a filter: "inbox", "team", "label", "channel" or ""
    QTest::addColumn<int>("pageSize");

    const struct
    {
        const char *name;
        InboxSort sort;
    } sorts[] = {{"activity", InboxSort::LastActivity},
                 {"waiting", InboxSort::WaitingLongest},
                 {"sla", InboxSort::SlaDue},
                 {"priority", InboxSort::Priority}};
    const struct
    {
        const char *name;
        InboxView view;
    } views[] = {{"all", InboxView::All},
                 {"mine", InboxView::Mine},
                 {"unassigned", InboxView::Unassigned},
                 {"mentions", InboxView::Mentions}};
    for (const auto &view : views) {
        for (const auto &sort : sorts) {
            QTest::addRow("%s %s open", view.name, sort.name)
                << view.view << sort.sort << u"open"_s << QString() << 7;
            QTest::addRow("%s %s open+pending", view.name, sort.name)
                << view.view << sort.sort << u"open,pending"_s << QString() << 5;
            QTest::addRow("%s %s every status", view.name, sort.name)
                << view.view << sort.sort << QString() << QString() << 9;
        }
    }
    for (const char *extra : {"inbox", "team", "label", "channel"}) {
        QTest::addRow("all activity %s", extra)
            << InboxView::All << InboxSort::LastActivity << QString() << QString::fromLatin1(extra) << 4;
        QTest::addRow("unassigned priority %s", extra)
            << InboxView::Unassigned << InboxSort::Priority << u"open"_s << QString::fromLatin1(extra) << 3;
    }
    QTest::newRow("one page holds everything")
        << InboxView::All << InboxSort::SlaDue << QString() << QString() << 500;
    QTest::newRow("page of one") << InboxView::All << InboxSort::WaitingLongest << u"open"_s << QString()
                                 << 1;
}

void TestStoreQueries::inboxPaging()
{
    QFETCH(InboxView, view);
    QFETCH(InboxSort, sort);
    QFETCH(QString, statuses);
    QFETCH(QString, extra);
    QFETCH(int, pageSize);

    InboxFilter filter;
    filter.view = view;
    filter.statuses.clear();
    QStringList statusKeys;
    for (const QString &key : statuses.split(u',', Qt::SkipEmptyParts)) {
        filter.statuses.append(*statusFromKey(key));
        statusKeys.append(u"'"_s + key + u"'"_s);
    }
    QString where = QString::fromLatin1(viewCondition(view));
    if (!statusKeys.isEmpty())
        where += u" AND status IN ("_s + statusKeys.join(u',') + u")"_s;
    sql::Database &db = StoreTestAccess::database(store_.reader());
    if (extra == u"inbox") {
        filter.inboxId = db.queryInt64("SELECT id FROM inboxes WHERE remote_id = 'inbox-1'");
        where += u" AND inbox_id = %1"_s.arg(*filter.inboxId);
    } else if (extra == u"team") {
        filter.teamId = db.queryInt64("SELECT id FROM teams WHERE remote_id = 'team-0'");
        where += u" AND team_id = %1"_s.arg(*filter.teamId);
    } else if (extra == u"label") {
        filter.labelId = db.queryInt64("SELECT id FROM labels WHERE name = 'vip'");
        where += u" AND id IN (SELECT conversation_id FROM conversation_labels WHERE label_id = %1)"_s.arg(
            *filter.labelId);
    } else if (extra == u"channel") {
        filter.channel = Channel::WhatsApp;
        where += u" AND channel = 'whatsapp'"_s;
    }
    const QList<qint64> expected = referenceIds(where, referenceOrder(sort));

    QList<qint64> seen;
    std::optional<InboxCursor> cursor;
    int pages = 0;
    do {
        const InboxPage page = store_.reader().inbox().page(filter, sort, cursor, pageSize);
        QVERIFY(page.rows.size() <= pageSize);
        QVERIFY2(page.next || page.rows.size() <= pageSize, "a full page without a cursor");
        for (const ConversationRow &row : page.rows)
            seen.append(row.id);
        cursor = page.next;
        QVERIFY(++pages <= 100);
    } while (cursor);
    QCOMPARE(seen, expected);

    const InboxCounts counts = store_.reader().inbox().counts(filter);
    QCOMPARE(counts.conversations, qint64(expected.size()));
    const QString unreadSql =
        u"SELECT count(*) FROM conversations WHERE "_s + where + u" AND unread_count > 0"_s;
    QCOMPARE(counts.unread, *db.queryInt64(unreadSql.toStdString()));
}

void TestStoreQueries::inboxSemantics()
{
    // Mine, from the batch itself: open conversations assigned to agent-0, the signed-in agent.
    int mineOpen = 0;
    int unassignedOpen = 0;
    for (const ConversationRecord &c : batch_.conversations) {
        if (c.status != ConversationStatus::Open)
            continue;
        mineOpen += c.assigneeRemoteId == u"agent-0";
        unassignedOpen += c.assigneeRemoteId.isEmpty();
    }
    InboxFilter mine;
    mine.view = InboxView::Mine;
    QCOMPARE(store_.reader().inbox().counts(mine).conversations, mineOpen);
    InboxFilter unassigned;
    unassigned.view = InboxView::Unassigned;
    QCOMPARE(store_.reader().inbox().counts(unassigned).conversations, unassignedOpen);
    InboxFilter mentions;
    mentions.view = InboxView::Mentions;
    mentions.statuses.clear();
    QCOMPARE(store_.reader().inbox().counts(mentions).conversations,
             20); // notes mentioning agent-0: every 3rd

    // Waiting longest puts the waiting customers first, oldest wait first, and the rest after them.
    const InboxPage waiting = store_.reader().inbox().page({}, InboxSort::WaitingLongest, {}, 100);
    bool sawNotWaiting = false;
    UtcMillis previous = 0;
    for (const ConversationRow &row : waiting.rows) {
        if (!row.waitingSince) {
            sawNotWaiting = true;
            continue;
        }
        QVERIFY2(!sawNotWaiting, "a waiting conversation after one nobody waits on");
        QVERIFY(*row.waitingSince >= previous);
        previous = *row.waitingSince;
    }
    QVERIFY(sawNotWaiting);
}

void TestStoreQueries::conversationRow()
{
    sql::Database &db = StoreTestAccess::database(store_.reader());
    const qint64 id = *db.queryInt64("SELECT id FROM conversations WHERE remote_id = 'conv-0'");
    const std::optional<ConversationRow> row = store_.reader().inbox().conversation(id);
    QVERIFY(row);
    const ConversationRecord &record = batch_.conversations[0];
    QCOMPARE(row->remoteId, u"conv-0"_s);
    QCOMPARE(row->subject, record.subject);
    QCOMPARE(row->status, record.status);
    QCOMPARE(row->priority, record.priority);
    QCOMPARE(row->channel, Channel::Email);
    QCOMPARE(row->customerName, batch_.customers[0].name);
    QCOMPARE(row->lastActivityAt, record.lastActivityAt);
    QCOMPARE(row->waitingSince, record.waitingSince);
    QCOMPARE(row->slaFirstReplyDue, record.slaFirstReplyDue);
    QCOMPARE(row->unreadCount, record.unreadCount);
    QStringList labels = row->labels;
    labels.sort();
    QCOMPARE(labels, (QStringList{u"billing"_s, u"vip"_s}));
    if (!record.assigneeRemoteId.isEmpty())
        QCOMPARE(row->assigneeName, u"Agent "_s + record.assigneeRemoteId.back());
    // The preview is the newest message's text.
    QCOMPARE(row->preview, batch_.messages[4].body);
    QCOMPARE(store_.reader().inbox().conversationsOfCustomer(row->customerId).size(),
             2); // conv-0 and conv-30
}

void TestStoreQueries::conversationMessagesBothDirections()
{
    sql::Database &db = StoreTestAccess::database(store_.reader());
    const qint64 id = *db.queryInt64("SELECT id FROM conversations WHERE remote_id = 'conv-7'");
    QList<qint64> older;
    std::optional<MessageCursor> cursor;
    do {
        const MessagePage page =
            store_.reader().messages().conversationMessages(id, cursor, PageDirection::Older, 2);
        for (const MessageRow &m : page.rows)
            older.append(m.id);
        cursor = page.next;
    } while (cursor);
    QCOMPARE(older.size(), 5);
    QList<qint64> newer;
    do {
        const MessagePage page =
            store_.reader().messages().conversationMessages(id, cursor, PageDirection::Newer, 3);
        for (const MessageRow &m : page.rows)
            newer.append(m.id);
        cursor = page.next;
    } while (cursor);
    std::reverse(newer.begin(), newer.end());
    QCOMPARE(newer, older);
    const std::optional<MessageRow> first = store_.reader().messages().message(older.last());
    QVERIFY(first);
    QCOMPARE(first->kind, MessageKind::Incoming);
    QCOMPARE(first->authorName, batch_.customers[7].name);
    const std::optional<MessageRow> reply = store_.reader().messages().message(older[older.size() - 2]);
    QCOMPARE(reply->kind, MessageKind::Outgoing);
    QCOMPARE(reply->authorName, u"Agent 3"_s);
    QCOMPARE(reply->deliveryState, DeliveryState::Delivered);
}

void TestStoreQueries::customerTimeline()
{
    // contact-4 has conv-4 (whatsapp… inbox 1: web chat) and conv-34 (inbox 1): two conversations; add a
    // third on another channel so that the timeline interleaves channels.
    IngestBatch more;
    more.account = batch_.account;
    ConversationRecord sms;
    sms.remoteId = u"conv-sms"_s;
    sms.channel = Channel::Sms;
    sms.status = ConversationStatus::Resolved; // stays out of the queue figures below
    sms.customerRemoteId = u"contact-4"_s;
    sms.createdAt = contactcenter::epoch + 4 * 60'000 + 500; // between conv-4's messages
    sms.lastActivityAt = sms.createdAt + 2000;
    more.conversations.append(sms);
    for (int m = 0; m < 3; ++m) {
        MessageRecord r;
        r.remoteId = u"sms-%1"_s.arg(m);
        r.conversationRemoteId = sms.remoteId;
        r.kind = m == 1 ? MessageKind::Outgoing : MessageKind::Incoming;
        r.body = u"sms body %1"_s.arg(m);
        r.createdAt = sms.createdAt + m * 1000;
        more.messages.append(r);
    }
    QVERIFY(store_.ingest(more).skipped.isEmpty());

    sql::Database &db = StoreTestAccess::database(store_.reader());
    const qint64 customer =
        *db.queryInt64("SELECT customer_id FROM identities WHERE kind = 'contact' AND value = 'contact-4'");
    QList<qint64> expected;
    {
        sql::Statement select =
            db.prepare("SELECT id FROM messages WHERE conversation_id IN (SELECT id FROM conversations "
                       "WHERE customer_id = ?) ORDER BY created_at DESC, id DESC");
        select.bindAll(customer);
        while (select.step())
            expected.append(select.int64(0));
    }
    QCOMPARE(expected.size(), 5 + 5 + 3);

    QList<qint64> timeline;
    QSet<Channel> channels;
    QSet<MessageKind> kinds;
    std::optional<MessageCursor> cursor;
    do {
        const MessagePage page =
            store_.reader().messages().customerTimeline(customer, cursor, PageDirection::Older, 4);
        for (const MessageRow &m : page.rows) {
            timeline.append(m.id);
            channels.insert(m.channel);
            kinds.insert(m.kind);
        }
        cursor = page.next;
    } while (cursor);
    QCOMPARE(timeline, expected);
    QVERIFY(channels.contains(Channel::Sms));
    QCOMPARE(channels.size(), 2);
    QVERIFY(kinds.contains(MessageKind::Incoming) && kinds.contains(MessageKind::Outgoing));
}

void TestStoreQueries::queueFigures_data()
{
    QTest::addColumn<QueueGrouping>("grouping");
    QTest::newRow("inbox") << QueueGrouping::Inbox;
    QTest::newRow("team") << QueueGrouping::Team;
    QTest::newRow("channel") << QueueGrouping::Channel;
}

void TestStoreQueries::queueFigures()
{
    QFETCH(QueueGrouping, grouping);
    struct Expected
    {
        qint64 waiting = 0;
        qint64 unassigned = 0;
        qint64 open = 0;
        std::optional<UtcMillis> oldest;
    };
    QHash<QString, Expected> expected;
    for (const ConversationRecord &c : batch_.conversations) {
        if (c.status != ConversationStatus::Open)
            continue;
        const QString key = grouping == QueueGrouping::Inbox  ? c.inboxRemoteId
                            : grouping == QueueGrouping::Team ? c.teamRemoteId
                                                              : channelKey(c.channel);
        Expected &e = expected[key];
        ++e.open;
        if (c.waitingSince) {
            ++e.waiting;
            e.unassigned += c.assigneeRemoteId.isEmpty();
            e.oldest = e.oldest ? qMin(*e.oldest, *c.waitingSince) : *c.waitingSince;
        }
    }
    sql::Database &db = StoreTestAccess::database(store_.reader());
    const QList<QueueFigure> figures = store_.reader().queues().figures(grouping);
    QCOMPARE(figures.size(), expected.size());
    qint64 totalWaiting = 0;
    for (const QueueFigure &f : figures) {
        QString key;
        if (grouping == QueueGrouping::Channel) {
            key = channelKey(*f.channel);
        } else if (f.groupId) {
            sql::Statement select =
                db.prepare(grouping == QueueGrouping::Inbox ? "SELECT remote_id FROM inboxes WHERE id = ?"
                                                            : "SELECT remote_id FROM teams WHERE id = ?");
            select.bindAll(*f.groupId);
            QVERIFY(select.step());
            key = select.text(0);
        }
        QVERIFY2(expected.contains(key), qPrintable(key));
        const Expected &e = expected[key];
        QCOMPARE(f.waiting, e.waiting);
        QCOMPARE(f.unassignedWaiting, e.unassigned);
        QCOMPARE(f.open, e.open);
        QCOMPARE(f.oldestWaitingSince, e.oldest);
        if (e.oldest)
            QCOMPARE(f.longestWaitMs(*e.oldest + 5000), 5000);
        totalWaiting += f.waiting;
    }
    QCOMPARE(store_.reader().queues().totals().waiting, totalWaiting);
}

void TestStoreQueries::largeFiltersPageCorrectly_data()
{
    QTest::addColumn<QString>("filterName");
    QTest::addColumn<InboxSort>("sort");
    QTest::addColumn<bool>("everyStatus");
    for (const char *filter : {"label", "mine", "unassigned", "inbox", "channel", "mentions"}) {
        for (bool every : {false, true}) {
            QTest::addRow("%s %s waiting", filter, every ? "every status" : "open")
                << QString::fromLatin1(filter) << InboxSort::WaitingLongest << every;
            QTest::addRow("%s %s priority", filter, every ? "every status" : "open")
                << QString::fromLatin1(filter) << InboxSort::Priority << every;
            QTest::addRow("%s %s activity", filter, every ? "every status" : "open")
                << QString::fromLatin1(filter) << InboxSort::LastActivity << every;
        }
    }
}

void TestStoreQueries::largeFiltersPageCorrectly()
{
    // Filters large enough that the inbox plan reads them through the sort's index, and small enough (open
    // only) that it reads them through their own: both must page exactly like the reference.
    QFETCH(QString, filterName);
    QFETCH(InboxSort, sort);
    QFETCH(bool, everyStatus);
    static TestStore large;
    static bool filled = false;
    if (!filled) {
        contactcenter::Shape shape;
        shape.conversations = 2600;
        shape.messagesPerConversation = 4;
        IngestBatch b = contactcenter::batch(shape);
        for (qsizetype i = 0; i < b.conversations.size(); ++i) {
            b.conversations[i].labels = {u"bulk"_s};
            b.conversations[i].assigneeRemoteId = i % 10 ? u"agent-0"_s : QString();
        }
        for (MessageRecord &m : b.messages) {
            if (m.kind == MessageKind::Note)
                m.mentionedAgentRemoteIds = {u"agent-0"_s};
        }
        QVERIFY(large.ingest(b).skipped.isEmpty());
        filled = true;
    }
    sql::Database &db = StoreTestAccess::database(large.reader());
    InboxFilter filter;
    if (everyStatus)
        filter.statuses.clear();
    QString where = everyStatus ? u"1"_s : u"status = 'open'"_s;
    if (filterName == u"label") {
        filter.labelId = db.queryInt64("SELECT id FROM labels WHERE name = 'bulk'");
        where += u" AND id IN (SELECT conversation_id FROM conversation_labels)"_s;
    } else if (filterName == u"mine") {
        filter.view = InboxView::Mine;
        where += u" AND assignee_id IN (SELECT id FROM agents WHERE is_self)"_s;
    } else if (filterName == u"unassigned") {
        filter.view = InboxView::Unassigned;
        where += u" AND assignee_id IS NULL"_s;
    } else if (filterName == u"inbox") {
        filter.inboxId = db.queryInt64("SELECT id FROM inboxes WHERE remote_id = 'inbox-2'");
        where += u" AND inbox_id = %1"_s.arg(*filter.inboxId);
    } else if (filterName == u"channel") {
        filter.channel = Channel::Email;
        where += u" AND channel = 'email'"_s;
    } else if (filterName == u"mentions") {
        filter.view = InboxView::Mentions;
        where += u" AND id IN (SELECT conversation_id FROM mentions)"_s;
    }
    QList<qint64> expected;
    {
        const QString sqlText = u"SELECT id FROM conversations WHERE "_s + where + u" ORDER BY "_s +
                                QString::fromLatin1(referenceOrder(sort));
        sql::Statement select = db.prepare(sqlText.toStdString());
        while (select.step())
            expected.append(select.int64(0));
    }
    QVERIFY(!expected.isEmpty());
    QList<qint64> seen;
    std::optional<InboxCursor> cursor;
    do {
        const InboxPage page = large.reader().inbox().page(filter, sort, cursor, 100);
        for (const ConversationRow &row : page.rows)
            seen.append(row.id);
        cursor = page.next;
    } while (cursor && seen.size() <= expected.size());
    QCOMPARE(seen, expected);
    QCOMPARE(large.reader().inbox().counts(filter).conversations, qint64(expected.size()));
}

QTEST_GUILESS_MAIN(TestStoreQueries)
#include "tst_store_queries.moc"
