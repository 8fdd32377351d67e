#include "StoreTestSupport.h"

#include "store/FtsQueryText.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"
#include "store/sql/Error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

const QString account = u"acme"_s;

MessageRecord message(const QString &remoteId, const QString &conversation, const QString &body, UtcMillis at,
                      BodyFormat format = BodyFormat::Plain)
{
    MessageRecord r;
    r.remoteId = remoteId;
    r.conversationRemoteId = conversation;
    r.body = body;
    r.bodyFormat = format;
    r.createdAt = at;
    return r;
}

} // namespace

// Full-text search over message bodies, subjects, customer names and identities: prefixes, snippets, the
// indexes following every insert, update and delete, ranking, and input that must never break a query.
class TestStoreSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void queryText_data();
    void queryText();
    void messages_data();
    void messages();
    void snippetsMarkMatches();
    void recencyOrderAndPaging();
    void relevanceRanksWithinTheWindow();
    void indexFollowsUpdates();
    void indexFollowsDeletes();
    void conversationsBySubject();
    void customersByNameAndIdentity_data();
    void customersByNameAndIdentity();
    void hostileInput_data();
    void hostileInput();
    void indexesStayConsistent();

private:
    QStringList messageRemoteIds(const QList<MessageHit> &hits);
    TestStore store_;
};

void TestStoreSearch::initTestCase()
{
    QVERIFY(store_.isOpen());
    IngestBatch b;
    b.account = {u"demo"_s, account, u"Acme"_s};
    CustomerRecord anna{u"c1"_s, u"Anna Schäfer"_s, {}};
    anna.identities.append({IdentityKind::Email, u"anna.schaefer@example.com"_s, std::nullopt, {}});
    anna.identities.append({IdentityKind::Phone, u"+4915112345678"_s, std::nullopt, {}});
    CustomerRecord bo{u"c2"_s, u"Bo Jensen"_s, {}};
    bo.identities.append({IdentityKind::Handle, u"bo_ships"_s, Channel::Telegram, u"@bo_ships"_s});
    b.customers = {anna, bo};
    ConversationRecord billing;
    billing.remoteId = u"conv-billing"_s;
    billing.customerRemoteId = u"c1"_s;
    billing.subject = u"Invoice 2024-117 is wrong"_s;
    billing.createdAt = billing.lastActivityAt = 1000;
    ConversationRecord shipping = billing;
    shipping.remoteId = u"conv-shipping"_s;
    shipping.customerRemoteId = u"c2"_s;
    shipping.subject = u"Where is my parcel?"_s;
    b.conversations = {billing, shipping};
    b.messages = {
        message(u"m1"_s, u"conv-billing"_s, u"My invoice shows the wrong amount and the wrong date"_s, 1001),
        message(u"m2"_s, u"conv-billing"_s, u"We corrected both invoices, sorry about that"_s, 1002),
        message(u"m3"_s, u"conv-billing"_s, u"Danke! Die Rechnung stimmt jetzt. Café au lait für alle"_s,
                1003),
        message(u"m4"_s, u"conv-shipping"_s,
                u"<p>Your <b>parcel</b> left the depot &amp; arrives <i>tomorrow</i></p>"_s, 1004,
                BodyFormat::Html),
        message(u"m5"_s, u"conv-shipping"_s, u"refund refund refund: I want a refund"_s, 1005),
        message(u"m6"_s, u"conv-shipping"_s,
                u"Could I get a refund for the damaged parcel, or a replacement and a voucher "
                "for next time? The box was crushed, the lamp inside broken."_s,
                1006),
        message(u"m7"_s, u"conv-shipping"_s, u"I 😀 emoji and AND/OR NEAR words"_s, 1007),
    };
    QVERIFY(store_.ingest(b).skipped.isEmpty());
}

QStringList TestStoreSearch::messageRemoteIds(const QList<MessageHit> &hits)
{
    QStringList ids;
    for (const MessageHit &hit : hits)
        ids.append(store_.reader().messages().message(hit.messageId)->remoteId);
    return ids;
}

void TestStoreSearch::queryText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("query");
    QTest::newRow("one word, prefix") << u"invoice"_s << u"\"invoice\"*"_s;
    QTest::newRow("words: all must match, last is a prefix") << u"wrong  amo"_s << u"\"wrong\" \"amo\"*"_s;
    QTest::newRow("single letter is a whole word") << u"refund a"_s << u"\"refund\" \"a\""_s;
    QTest::newRow("operators are words")
        << u"a AND b OR NOT c"_s << u"\"a\" \"AND\" \"b\" \"OR\" \"NOT\" \"c\""_s;
    QTest::newRow("quotes are doubled") << u"say \"hi\""_s << u"\"say\" \"\"\"hi\"\"\"*"_s;
    QTest::newRow("punctuation only is dropped") << u"invoice -- * ( ) :"_s << u"\"invoice\"*"_s;
    QTest::newRow("column filter is text") << u"body:invoice"_s << u"\"body:invoice\"*"_s;
    QTest::newRow("nothing searchable") << u"  *** \"\" ^ "_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("control characters separate") << u"in\u0000voice\u0002x"_s << u"\"in\" \"voice\" \"x\""_s;
    QTest::newRow("at most 16 terms")
        << QString(u"w "_s.repeated(40)).trimmed() << QStringList(16, u"\"w\""_s).join(u' ');
    QTest::newRow("long words are cut") << QString(100, u'x') << u"\""_s + QString(64, u'x') + u"\"*"_s;
}

void TestStoreSearch::queryText()
{
    QFETCH(QString, input);
    QTEST(ftsQueryFromUserText(input), "query");
}

void TestStoreSearch::messages_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected"); // newest first
    QTest::newRow("word") << u"wrong"_s << QStringList{u"m1"_s};
    QTest::newRow("prefix finds the plural") << u"invoice"_s << QStringList{u"m2"_s, u"m1"_s};
    QTest::newRow("short prefix") << u"inv"_s << QStringList{u"m2"_s, u"m1"_s};
    QTest::newRow("two words, both required") << u"refund parcel"_s << QStringList{u"m6"_s};
    QTest::newRow("case does not matter") << u"RECHNUNG"_s << QStringList{u"m3"_s};
    QTest::newRow("diacritics do not matter") << u"cafe"_s << QStringList{u"m3"_s};
    QTest::newRow("and with them") << u"café"_s << QStringList{u"m3"_s};
    QTest::newRow("html text, not tags") << u"parcel"_s << QStringList{u"m6"_s, u"m4"_s};
    QTest::newRow("tag names are not indexed") << u"b"_s << QStringList{};
    QTest::newRow("entity decoded") << u"depot arrives"_s << QStringList{u"m4"_s};
    QTest::newRow("operator word is a word") << u"NEAR"_s << QStringList{u"m7"_s};
    QTest::newRow("no match") << u"xylophone"_s << QStringList{};
}

void TestStoreSearch::messages()
{
    QFETCH(QString, input);
    QTEST(messageRemoteIds(store_.reader().search().messages(input)), "expected");
}

void TestStoreSearch::snippetsMarkMatches()
{
    const QList<MessageHit> hits = store_.reader().search().messages(u"parcel"_s);
    QCOMPARE(hits.size(), 2);
    const MessageHit &html = hits[1];
    QCOMPARE(html.snippet, u"Your \u0002parcel\u0003 left the depot & arrives tomorrow"_s);
    QCOMPARE(html.channel, Channel::WebChat);
    QCOMPARE(html.kind, MessageKind::Incoming);
    QCOMPARE(html.createdAt, 1004);
    QCOMPARE(html.authorName, u"Bo Jensen"_s);
    // A long body is cut around the match.
    const MessageHit &longOne = hits[0];
    QVERIFY(longOne.snippet.contains(searchMatchStart + u"parcel"_s + searchMatchEnd));
    QVERIFY(longOne.snippet.contains(u"…"_s));
    QVERIFY(longOne.snippet.size() < 160);
    // A prefix match marks the whole word.
    QVERIFY(store_.reader().search().messages(u"invo"_s).first().snippet.contains(u"\u0002invoices\u0003"_s));
}

void TestStoreSearch::recencyOrderAndPaging()
{
    SearchOptions options;
    options.limit = 2;
    QList<MessageHit> page = store_.reader().search().messages(u"the"_s, options);
    QCOMPARE(messageRemoteIds(page), (QStringList{u"m6"_s, u"m4"_s}));
    options.beforeMessageId = page.last().messageId;
    page = store_.reader().search().messages(u"the"_s, options);
    QCOMPARE(messageRemoteIds(page), (QStringList{u"m1"_s}));
}

void TestStoreSearch::relevanceRanksWithinTheWindow()
{
    SearchOptions options;
    options.order = SearchOrder::Relevance;
    const QList<MessageHit> ranked = store_.reader().search().messages(u"refund"_s, options);
    QCOMPARE(messageRemoteIds(ranked), (QStringList{u"m5"_s, u"m6"_s}));
    QVERIFY(ranked.first().snippet.contains(u"\u0002refund\u0003"_s));
    // The window bounds the work: with a window of one, only the newest match is ranked.
    options.relevanceWindow = 1;
    options.limit = 1;
    QCOMPARE(messageRemoteIds(store_.reader().search().messages(u"refund"_s, options)), QStringList{u"m6"_s});
}

void TestStoreSearch::indexFollowsUpdates()
{
    IngestBatch b;
    b.account = {u"demo"_s, account, u"Acme"_s};
    b.messages = {message(u"m1"_s, u"conv-billing"_s, u"My statement shows the wrong total"_s, 1001)};
    store_.ingest(b);
    QCOMPARE(messageRemoteIds(store_.reader().search().messages(u"amount"_s)), QStringList{});
    QCOMPARE(messageRemoteIds(store_.reader().search().messages(u"statement"_s)), QStringList{u"m1"_s});
    // An update that leaves the text alone leaves the index alone too, and stays consistent.
    b.messages.first().deliveryState = DeliveryState::Read;
    store_.ingest(b);
    QCOMPARE(messageRemoteIds(store_.reader().search().messages(u"statement"_s)), QStringList{u"m1"_s});
}

void TestStoreSearch::indexFollowsDeletes()
{
    IngestBatch b;
    b.account = {u"demo"_s, account, u"Acme"_s};
    b.deletedMessageRemoteIds = {u"m3"_s};
    store_.ingest(b);
    QCOMPARE(messageRemoteIds(store_.reader().search().messages(u"Rechnung"_s)), QStringList{});

    // Deleting a conversation takes its messages and its subject out of the index.
    IngestBatch extra;
    extra.account = b.account;
    ConversationRecord gone;
    gone.remoteId = u"conv-gone"_s;
    gone.customerRemoteId = u"c1"_s;
    gone.subject = u"Ephemeral question"_s;
    extra.conversations = {gone};
    extra.messages = {message(u"g1"_s, u"conv-gone"_s, u"transient zeppelin"_s, 2000)};
    store_.ingest(extra);
    QCOMPARE(store_.reader().search().messages(u"zeppelin"_s).size(), 1);
    QCOMPARE(store_.reader().search().conversations(u"ephemeral"_s).size(), 1);
    b.deletedMessageRemoteIds.clear();
    b.deletedConversationRemoteIds = {u"conv-gone"_s};
    store_.ingest(b);
    QCOMPARE(store_.reader().search().messages(u"zeppelin"_s).size(), 0);
    QCOMPARE(store_.reader().search().conversations(u"ephemeral"_s).size(), 0);
}

void TestStoreSearch::conversationsBySubject()
{
    QList<ConversationHit> hits = store_.reader().search().conversations(u"invoice 2024"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().subject, u"\u0002Invoice\u0003 \u00022024\u0003-117 is wrong"_s);
    IngestBatch b;
    b.account = {u"demo"_s, account, u"Acme"_s};
    ConversationRecord renamed;
    renamed.remoteId = u"conv-billing"_s;
    renamed.customerRemoteId = u"c1"_s;
    renamed.subject = u"Credit note requested"_s;
    renamed.createdAt = renamed.lastActivityAt = 1000;
    b.conversations = {renamed};
    store_.ingest(b);
    QCOMPARE(store_.reader().search().conversations(u"invoice"_s).size(), 0);
    hits = store_.reader().search().conversations(u"credit"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().conversationId,
             *StoreTestAccess::database(store_.reader())
                  .queryInt64("SELECT id FROM conversations WHERE remote_id = 'conv-billing'"));
}

void TestStoreSearch::customersByNameAndIdentity_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("byIdentity");
    QTest::newRow("first name") << u"anna"_s << u"Anna Schäfer"_s << false;
    QTest::newRow("surname without umlaut") << u"schafer"_s << u"Anna Schäfer"_s << false;
    QTest::newRow("email prefix") << u"anna.schae"_s << u"Anna Schäfer"_s << true;
    QTest::newRow("email domain") << u"example.com"_s << u"Anna Schäfer"_s << true;
    QTest::newRow("phone digits") << u"4915112"_s << u"Anna Schäfer"_s << true;
    QTest::newRow("messenger handle") << u"@bo_sh"_s << u"Bo Jensen"_s << true;
    QTest::newRow("nobody") << u"zed"_s << QString() << false;
}

void TestStoreSearch::customersByNameAndIdentity()
{
    QFETCH(QString, input);
    QFETCH(QString, name);
    QFETCH(bool, byIdentity);
    const QList<CustomerHit> hits = store_.reader().search().customers(input);
    if (name.isEmpty()) {
        QVERIFY(hits.isEmpty());
        return;
    }
    QCOMPARE(hits.size(), 1);
    QString plainName = hits.first().name;
    plainName.remove(searchMatchStart).remove(searchMatchEnd);
    QCOMPARE(plainName, name);
    QCOMPARE(!hits.first().matchedIdentity.isEmpty(), byIdentity);
    if (byIdentity)
        QVERIFY(hits.first().matchedIdentity.contains(searchMatchStart));
}

void TestStoreSearch::hostileInput_data()
{
    QTest::addColumn<QString>("input");
    for (const char16_t *text : {u"\"",
                                 u"\"\"",
                                 u"\"invoice",
                                 u"*",
                                 u"**",
                                 u"invoice*",
                                 u"^invoice",
                                 u"-invoice",
                                 u"+",
                                 u"AND",
                                 u"OR",
                                 u"NOT",
                                 u"NEAR(invoice refund)",
                                 u"NEAR",
                                 u"(invoice",
                                 u"invoice)",
                                 u"{body}: invoice",
                                 u"body:",
                                 u":",
                                 u"'; DROP TABLE messages; --",
                                 u"' OR 1=1 --",
                                 u"\\",
                                 u"%_%",
                                 u"\u0000",
                                 u"\u202e\u05e9\u05dc\u05d5\u05dd",
                                 u"😀😀",
                                 u"a\"b\"c",
                                 u"\u0002\u0003",
                                 u"rank:1",
                                 u"rowid",
                                 u"messages_fts"}) {
        const QString input = QString::fromUtf16(text);
        QTest::newRow(input.toUtf8().toHex().constData()) << input;
    }
    QTest::newRow("100k characters") << QString(u"invoice refund "_s.repeated(7000));
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + u"voice"_s;
}

void TestStoreSearch::hostileInput()
{
    QFETCH(QString, input);
    try {
        store_.reader().search().messages(input);
        store_.reader().search().messages(input, {.order = SearchOrder::Relevance});
        store_.reader().search().conversations(input);
        store_.reader().search().customers(input);
    } catch (const sql::Error &error) {
        QFAIL(error.what());
    }
    // Nothing the agent types reaches SQL: the table is still there.
    QCOMPARE(StoreTestAccess::database(store_.reader()).queryInt64("SELECT count(*) > 0 FROM messages"), 1);
}

void TestStoreSearch::indexesStayConsistent()
{
    // FTS5's own check compares the index with the content it was built from.
    sql::Database &db = StoreTestAccess::database(store_.reader());
    for (const char *check :
         {"INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)",
          "INSERT INTO conversations_fts(conversations_fts, rank) VALUES ('integrity-check', 1)",
          "INSERT INTO customers_fts(customers_fts, rank) VALUES ('integrity-check', 1)",
          "INSERT INTO identities_fts(identities_fts, rank) VALUES ('integrity-check', 1)"}) {
        store_.store().write([check](WriteContext &context) { context.db().exec(check); }).waitForFinished();
    }
    QVERIFY(db.queryInt64("SELECT count(*) FROM messages"));
}

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_store_search.moc"
