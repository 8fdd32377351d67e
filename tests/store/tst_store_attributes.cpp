#include "StoreTestSupport.h"

#include "store/Schema.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

AttributeRecord attribute(const QString &key, const QString &value, AttributeKind kind = AttributeKind::Text,
                          const QString &label = {})
{
    return {key, label, value, kind};
}

IngestBatch contactBatch(const QString &connector, const QString &contact,
                         std::optional<QList<AttributeRecord>> attributes)
{
    IngestBatch batch;
    batch.account = {connector, connector + u"-account"_s, connector.toUpper()};
    CustomerRecord customer{contact, u"Mette Kjær"_s, {}};
    customer.identities.append({IdentityKind::Email, u"mette@example.dk"_s, std::nullopt, {}});
    customer.attributes = std::move(attributes);
    batch.customers.append(customer);
    return batch;
}

// key=value pairs of the customer's attributes from one account, in their order.
QStringList attributesOf(StoreReader &reader, qint64 customerId, const QString &accountName)
{
    QStringList pairs;
    for (const CustomerAttributeRow &row : reader.directory().customerAttributes(customerId)) {
        if (row.accountName == accountName)
            pairs.append(row.key + u'=' + row.value);
    }
    return pairs;
}

qint64 customerOfContact(StoreReader &reader, const QString &contact)
{
    auto q = StoreTestAccess::database(reader).prepare(
        "SELECT customer_id FROM identities WHERE kind = 'contact' AND value = ?");
    q.bind(1, contact);
    return q.step() ? q.int64(0) : 0;
}

} // namespace

// Customer attributes: each account's word on a customer, replaced whole by a record that carries them, left
// alone by one that does not, and kept through the schema step that brought them.
class TestStoreAttributes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ingestKeepsKindLabelAndOrder();
    void replaceSemantics_data();
    void replaceSemantics();
    void accountsKeepTheirOwnWord();
    void mergeTombstoneLeavesThemAlone();
    void changesReachTheCustomersViews();
    void hostileInputIsBounded();
    void migrationFromVersionFiveKeepsData();
};

void TestStoreAttributes::ingestKeepsKindLabelAndOrder()
{
    TestStore store;
    QVERIFY(store.isOpen());
    const IngestResult result = store.ingest(contactBatch(
        u"demo"_s, u"c1"_s,
        QList<AttributeRecord>{attribute(u"plan"_s, u"Premium"_s, AttributeKind::List, u"Plan"_s),
                               attribute(u"orders"_s, u"12"_s, AttributeKind::Number),
                               attribute(u"vip"_s, u"true"_s, AttributeKind::Boolean, u"VIP"_s)}));
    QVERIFY(result.skipped.isEmpty());
    const qint64 customer = customerOfContact(store.reader(), u"c1"_s);
    const QList<CustomerAttributeRow> rows = store.reader().directory().customerAttributes(customer);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].key, u"plan"_s);
    QCOMPARE(rows[0].label, u"Plan"_s);
    QCOMPARE(rows[0].kind, AttributeKind::List);
    QCOMPARE(rows[0].accountName, u"DEMO"_s);
    QCOMPARE(rows[1].label, u"orders"_s); // no label: the key stands in
    QCOMPARE(rows[1].kind, AttributeKind::Number);
    QCOMPARE(rows[2].value, u"true"_s);
    QCOMPARE(rows[2].kind, AttributeKind::Boolean);
}

void TestStoreAttributes::replaceSemantics_data()
{
    QTest::addColumn<std::optional<QList<AttributeRecord>>>("second");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("absent: untouched")
        << std::optional<QList<AttributeRecord>>() << QStringList{u"plan=Basis"_s, u"city=Aarhus"_s};
    QTest::newRow("empty: all gone") << std::optional(QList<AttributeRecord>{}) << QStringList{};
    QTest::newRow("changed value, one dropped, one new")
        << std::optional(
               QList<AttributeRecord>{attribute(u"plan"_s, u"Plus"_s), attribute(u"vip"_s, u"false"_s)})
        << QStringList{u"plan=Plus"_s, u"vip=false"_s};
    QTest::newRow("empty value counts as absent")
        << std::optional(
               QList<AttributeRecord>{attribute(u"plan"_s, u"  "_s), attribute(u"city"_s, u"Odense"_s)})
        << QStringList{u"city=Odense"_s};
    QTest::newRow("a repeated key: the first stands")
        << std::optional(
               QList<AttributeRecord>{attribute(u"city"_s, u"Odense"_s), attribute(u"city"_s, u"Vejle"_s)})
        << QStringList{u"city=Odense"_s};
    QTest::newRow("reordered") << std::optional(QList<AttributeRecord>{attribute(u"city"_s, u"Aarhus"_s),
                                                                       attribute(u"plan"_s, u"Basis"_s)})
                               << QStringList{u"city=Aarhus"_s, u"plan=Basis"_s};
}

void TestStoreAttributes::replaceSemantics()
{
    QFETCH(std::optional<QList<AttributeRecord>>, second);
    QFETCH(QStringList, expected);
    TestStore store;
    QVERIFY(store.isOpen());
    store.ingest(contactBatch(
        u"demo"_s, u"c1"_s,
        QList<AttributeRecord>{attribute(u"plan"_s, u"Basis"_s), attribute(u"city"_s, u"Aarhus"_s)}));
    const qint64 customer = customerOfContact(store.reader(), u"c1"_s);
    const QList<CustomerAttributeRow> before = store.reader().directory().customerAttributes(customer);
    store.ingest(contactBatch(u"demo"_s, u"c1"_s, second));
    QCOMPARE(attributesOf(store.reader(), customer, u"DEMO"_s), expected);
    // A kept key keeps its row, so that a merge's record of it stays good.
    for (const CustomerAttributeRow &after : store.reader().directory().customerAttributes(customer)) {
        for (const CustomerAttributeRow &old : before) {
            if (old.key == after.key)
                QCOMPARE(after.id, old.id);
        }
    }
}

void TestStoreAttributes::accountsKeepTheirOwnWord()
{
    TestStore store;
    QVERIFY(store.isOpen());
    store.ingest(contactBatch(u"demo"_s, u"c1"_s, QList<AttributeRecord>{attribute(u"plan"_s, u"Basis"_s)}));
    // The same person (same email) seen by another backend, which says something else.
    store.ingest(
        contactBatch(u"chatwoot"_s, u"77"_s, QList<AttributeRecord>{attribute(u"plan"_s, u"Premium"_s)}));
    const qint64 customer = customerOfContact(store.reader(), u"c1"_s);
    QCOMPARE(customerOfContact(store.reader(), u"77"_s), customer);
    QCOMPARE(attributesOf(store.reader(), customer, u"DEMO"_s), QStringList{u"plan=Basis"_s});
    QCOMPARE(attributesOf(store.reader(), customer, u"CHATWOOT"_s), QStringList{u"plan=Premium"_s});
    // One account's empty list clears only its own.
    store.ingest(contactBatch(u"chatwoot"_s, u"77"_s, QList<AttributeRecord>{}));
    QCOMPARE(attributesOf(store.reader(), customer, u"DEMO"_s), QStringList{u"plan=Basis"_s});
    QCOMPARE(attributesOf(store.reader(), customer, u"CHATWOOT"_s), QStringList{});
}

void TestStoreAttributes::mergeTombstoneLeavesThemAlone()
{
    TestStore store;
    QVERIFY(store.isOpen());
    store.ingest(contactBatch(u"demo"_s, u"c1"_s, QList<AttributeRecord>{attribute(u"plan"_s, u"Basis"_s)}));
    IngestBatch tombstone;
    tombstone.account = {u"demo"_s, u"demo-account"_s, u"DEMO"_s};
    CustomerRecord gone{u"c2"_s, {}, {}};
    gone.mergedIntoRemoteId = u"c1"_s;
    gone.attributes = QList<AttributeRecord>{};
    tombstone.customers.append(gone);
    QVERIFY(store.ingest(tombstone).skipped.isEmpty());
    const qint64 customer = customerOfContact(store.reader(), u"c1"_s);
    QCOMPARE(customerOfContact(store.reader(), u"c2"_s), customer);
    QCOMPARE(attributesOf(store.reader(), customer, u"DEMO"_s), QStringList{u"plan=Basis"_s});
}

void TestStoreAttributes::changesReachTheCustomersViews()
{
    TestStore store;
    QVERIFY(store.isOpen());
    store.ingest(contactBatch(u"demo"_s, u"c1"_s, QList<AttributeRecord>{attribute(u"plan"_s, u"Basis"_s)}));
    const qint64 customer = customerOfContact(store.reader(), u"c1"_s);
    QSignalSpy changed(&store.store(), &Store::changed);
    const IngestResult result = store.ingest(
        contactBatch(u"demo"_s, u"c1"_s, QList<AttributeRecord>{attribute(u"plan"_s, u"Plus"_s)}));
    QCOMPARE(result.updated, 1);
    QTRY_VERIFY(!changed.isEmpty());
    QVERIFY(changed.last().at(0).value<ChangeSet>().contains(StoreTable::Customers, customer));

    // The same word again changes nothing.
    const IngestResult again = store.ingest(
        contactBatch(u"demo"_s, u"c1"_s, QList<AttributeRecord>{attribute(u"plan"_s, u"Plus"_s)}));
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 1);
}

void TestStoreAttributes::hostileInputIsBounded()
{
    TestStore store;
    QVERIFY(store.isOpen());
    QList<AttributeRecord> many;
    for (int i = 0; i < 500; ++i)
        many.append(attribute(u"key%1"_s.arg(i), QString(10'000, u'x')));
    many.append(attribute(QString(5000, u'k'), u"v"_s));
    QVERIFY(store.ingest(contactBatch(u"demo"_s, u"c1"_s, many)).skipped.isEmpty());
    const QList<CustomerAttributeRow> rows =
        store.reader().directory().customerAttributes(customerOfContact(store.reader(), u"c1"_s));
    QCOMPARE(rows.size(), 100);
    for (const CustomerAttributeRow &row : rows)
        QCOMPARE(row.value.size(), 2000);
}

void TestStoreAttributes::migrationFromVersionFiveKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"five.db"_s);
    {
        sql::Database db(path);
        db.exec("PRAGMA journal_mode = WAL");
        schema::migrate(db, 5);
        db.exec(R"sql(
INSERT INTO accounts(id, connector, remote_id, name, created_at) VALUES (1, 'demo', 'acme', 'Acme', 10);
INSERT INTO customers(id, name, created_at, updated_at) VALUES (1, 'Jonas Weber', 10, 10);
INSERT INTO identities(customer_id, kind, value, scope, account_id, display_value, created_at)
    VALUES (1, 'contact', 'contact-1', '1', 1, '', 10);
INSERT INTO identities(customer_id, kind, value, scope, display_value, created_at)
    VALUES (1, 'email', 'jonas@example.de', '', 'Jonas@Example.de', 10);
)sql");
    }
    StoreOpenResult opened = Store::open(path);
    QVERIFY2(opened.store, qPrintable(opened.error));
    StoreReader &reader = opened.store->reader();
    QCOMPARE(schema::version(StoreTestAccess::database(reader)), schema::latestVersion());
    const std::optional<CustomerRow> customer = reader.directory().customer(1);
    QVERIFY(customer);
    QCOMPARE(customer->name, u"Jonas Weber"_s);
    QCOMPARE(customer->identities.size(), 2);
    QVERIFY(reader.directory().customerAttributes(1).isEmpty());

    // The known contact gets attributes on its next sync.
    IngestBatch batch;
    batch.account = {u"demo"_s, u"acme"_s, u"Acme"_s};
    CustomerRecord contact{u"contact-1"_s, u"Jonas Weber"_s, {}};
    contact.attributes = QList<AttributeRecord>{attribute(u"city"_s, u"Köln"_s)};
    batch.customers.append(contact);
    QVERIFY(opened.store->ingest(batch).result().skipped.isEmpty());
    QCOMPARE(attributesOf(reader, 1, u"Acme"_s), QStringList{u"city=Köln"_s});
}

QTEST_GUILESS_MAIN(TestStoreAttributes)
#include "tst_store_attributes.moc"
