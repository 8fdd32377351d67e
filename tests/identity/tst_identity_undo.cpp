// Every join undone, automatic or an agent's, in every order: the store ends as if nothing had been joined,
// and what a joined contact wrote after its join goes back with it.
#include "IdentityTestWorld.h"
#include "identity/CustomerMerge.h"
#include "store/StoreTestAccess.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace kontor;
using namespace kontor::testing;
using namespace Qt::StringLiterals;

namespace {
// Five records of one person, none sharing anything at first.
const QString kAnna = u"Anna Berg"_s;

struct Snapshot
{
    QList<std::pair<qint64, qint64>> identities, conversations, messages, attributes;
    QList<std::optional<qint64>> mergedInto;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(StoreReader &reader)
{
    Snapshot s{ownership(reader, "identities"),
               ownership(reader, "conversations"),
               ownership(reader, "messages"),
               ownership(reader, "customer_attributes"),
               {}};
    sql::Statement q =
        StoreTestAccess::database(reader).prepare("SELECT merged_into FROM customers ORDER BY id");
    while (q.step())
        s.mergedInto.append(q.optionalInt64(0));
    return s;
}

IngestBatch withAttribute(IngestBatch batch, const char *key, const char *value)
{
    batch.customers.first().attributes = QList<AttributeRecord>{
        {QString::fromLatin1(key), {}, QString::fromLatin1(value), AttributeKind::Text}};
    return batch;
}
} // namespace

Q_DECLARE_METATYPE(QList<int>)

class TestIdentityUndo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(dir_.isValid());
        QFile::remove(dir_.filePath(u"store.db"_s));
        StoreOpenResult opened = Store::open(dir_.filePath(u"store.db"_s));
        QVERIFY2(opened.store, qPrintable(opened.error));
        store_ = std::move(opened.store);
        Store &store = *store_;
        // c1..c5 on two backends, each a customer of their own, each saying something about Anna.
        await(store.ingest(withAttribute(
            contactBatch(u"demo"_s, u"c1"_s, kAnna, {email(u"anna@berg.example"_s)}), "plan", "Basic")));
        await(store.ingest(withAttribute(
            contactBatch(u"demo"_s, u"c2"_s, kAnna, {email(u"anna.berg@work.example"_s)}), "city", "Kiel")));
        await(store.ingest(contactBatch(u"chatwoot"_s, u"c3"_s, kAnna, {phone(u"+4917112345678"_s)})));
        await(store.ingest(withAttribute(
            contactBatch(u"chatwoot"_s, u"c4"_s, kAnna, {phone(u"+4917199999999"_s)}), "vip", "yes")));
        await(
            store.ingest(contactBatch(u"demo"_s, u"c5"_s, kAnna, {handle(Channel::Telegram, u"@annab"_s)})));
        before_ = snapshot(store.reader());
        for (int i = 1; i <= 5; ++i)
            customers_.append(customerOfContact(store.reader(), i == 3 || i == 4 ? u"chatwoot"_s : u"demo"_s,
                                                u"c%1"_s.arg(i)));

        // Automatic joins: c2 now also gives c1's address, c4 gives c3's number.
        await(store.ingest(contactBatch(
            u"demo"_s, u"c2"_s, kAnna, {email(u"anna.berg@work.example"_s), email(u"anna@berg.example"_s)})));
        await(store.ingest(contactBatch(u"chatwoot"_s, u"c4"_s, kAnna,
                                        {phone(u"+4917199999999"_s), phone(u"+4917112345678"_s)})));
        // An agent's merges on top: c3's customer (with c4) into c1's (with c2), and c5 into that.
        const qint64 third = await(CustomerMerge::merge(store, customers_[0], customers_[2], {}, u"agent"_s));
        const qint64 fourth =
            await(CustomerMerge::merge(store, customers_[0], customers_[4], {}, u"agent"_s));
        sql::Statement automatic = StoreTestAccess::database(store.reader())
                                       .prepare("SELECT id FROM customer_merges WHERE actor_agent_id IS NULL "
                                                "AND reason <> 'agent' ORDER BY id");
        while (automatic.step())
            joins_.append(automatic.int64(0));
        QCOMPARE(joins_.size(), 2); // same_email and same_phone
        joins_ << third << fourth;
        // Each contact writes again after all the joins: one customer's timeline has it all.
        for (int i = 1; i <= 5; ++i) {
            const QString connector = i == 3 || i == 4 ? u"chatwoot"_s : u"demo"_s;
            IngestBatch later = contactBatch(connector, u"c%1"_s.arg(i), kAnna, {}, u"later-%1"_s.arg(i));
            later.customers.clear();
            await(store.ingest(later));
            QCOMPARE(customerOfConversation(store.reader(), u"later-%1"_s.arg(i)), customers_[0]);
        }
    }
    void cleanup()
    {
        store_.reset();
        joins_.clear();
        customers_.clear();
    }

    void undoInAnyOrder_data()
    {
        QTest::addColumn<QList<int>>("order");
        QList<int> order{0, 1, 2, 3};
        do {
            QString name;
            for (int i : order)
                name += QString::number(i);
            QTest::newRow(qPrintable(name)) << order;
        } while (std::next_permutation(order.begin(), order.end()));
    }

    void undoInAnyOrder()
    {
        QFETCH(QList<int>, order);
        StoreReader &reader = store_->reader();
        for (int i : order)
            await(CustomerMerge::unmerge(*store_, joins_[i]));
        Snapshot after = snapshot(reader);
        // The later conversations are new rows; each went back to the contact that wrote it.
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(customerOfConversation(reader, u"later-%1"_s.arg(i)), customers_[i - 1]);
        const auto isLater = [&](const std::pair<qint64, qint64> &row) {
            return !before_.conversations.contains(row) &&
                   std::none_of(before_.conversations.cbegin(), before_.conversations.cend(),
                                [&](const auto &b) { return b.first == row.first; });
        };
        after.conversations.removeIf(isLater);
        after.messages.removeIf([&](const std::pair<qint64, qint64> &row) {
            return std::none_of(before_.messages.cbegin(), before_.messages.cend(),
                                [&](const auto &b) { return b.first == row.first; });
        });
        QCOMPARE(after.identities, before_.identities);
        QCOMPARE(after.conversations, before_.conversations);
        QCOMPARE(after.messages, before_.messages);
        QCOMPARE(after.attributes, before_.attributes);
        QCOMPARE(after.mergedInto, before_.mergedInto);
        // Undone joins are remembered: syncing the contacts again joins nobody.
        await(store_->ingest(contactBatch(
            u"demo"_s, u"c2"_s, kAnna, {email(u"anna.berg@work.example"_s), email(u"anna@berg.example"_s)})));
        QCOMPARE(customerOfContact(reader, u"demo"_s, u"c2"_s), customers_[1]);
    }

    void undoTwiceIsRefused()
    {
        await(CustomerMerge::unmerge(*store_, joins_[0]));
        const Snapshot once = snapshot(store_->reader());
        QString refusal;
        try {
            await(CustomerMerge::unmerge(*store_, joins_[0]));
        } catch (const MergeRefused &refused) {
            refusal = refused.message();
        }
        QCOMPARE(refusal, u"This merge has already been undone."_s);
        QCOMPARE(snapshot(store_->reader()), once);
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    Snapshot before_;
    QList<qint64> customers_;
    QList<qint64> joins_;
};

QTEST_GUILESS_MAIN(TestIdentityUndo)
#include "tst_identity_undo.moc"
