// An agent splits an identity off into a customer of its own, corrects a name and edits identities.
#include "IdentityTestWorld.h"
#include "identity/CustomerMerge.h"
#include "store/StoreTestAccess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::testing;
using namespace Qt::StringLiterals;

namespace {
template<typename T>
QString refusalOf(QFuture<T> future)
{
    try {
        await(future);
    } catch (const MergeRefused &refused) {
        return refused.message();
    }
    return {};
}

// The contact updates the edit asked for, as "connector contact field=value" lines in outbox order.
QStringList contactUpdates(StoreReader &reader)
{
    QStringList updates;
    sql::Statement q = StoreTestAccess::database(reader).prepare(
        "SELECT a.connector, json_extract(o.payload, '$.contact'), o.payload FROM outbox o "
        "JOIN accounts a ON a.id = o.account_id WHERE o.kind = 'update_contact' ORDER BY o.id");
    while (q.step()) {
        const QJsonObject payload = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
        QStringList fields;
        for (const char *field : {"name", "email", "phone"}) {
            if (payload.contains(QLatin1StringView(field)))
                fields.append(QLatin1StringView(field) + u'=' +
                              payload.value(QLatin1StringView(field)).toString());
        }
        updates.append(q.text(0) + u' ' + q.text(1) + u' ' + fields.join(u' '));
    }
    return updates;
}

qint64 identityId(StoreReader &reader, const QString &value)
{
    sql::Statement q = StoreTestAccess::database(reader).prepare("SELECT id FROM identities WHERE value = ?");
    q.bindAll(value);
    return q.step() ? q.int64(0) : 0;
}
} // namespace

class TestIdentitySplitEdit : public QObject
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
        // Two records that were joined by their address.
        await(store_->ingest(
            contactBatch(u"demo"_s, u"c1"_s, u"Anna Berg"_s, {email(u"anna@berg.example"_s)})));
        await(store_->ingest(contactBatch(u"chatwoot"_s, u"7"_s, u"Anna Berg"_s,
                                          {email(u"anna@berg.example"_s), phone(u"+4917112345678"_s)})));
        anna_ = customerOfContact(store_->reader(), u"demo"_s, u"c1"_s);
        QCOMPARE(customerOfContact(store_->reader(), u"chatwoot"_s, u"7"_s), anna_);
    }
    void cleanup() { store_.reset(); }

    void splitTakesTheContactsConversations()
    {
        StoreReader &reader = store_->reader();
        sql::Statement contact = StoreTestAccess::database(reader).prepare(
            "SELECT i.id FROM identities i JOIN accounts a ON a.id = i.account_id "
            "WHERE a.connector = 'chatwoot'");
        QVERIFY(contact.step());
        const qint64 split = await(CustomerMerge::split(*store_, contact.int64(0), u"Anna Berg (work)"_s));
        contact.run();
        QVERIFY(split != anna_);
        QCOMPARE(customerOfContact(reader, u"chatwoot"_s, u"7"_s), split);
        QCOMPARE(customerOfConversation(reader, u"conv-7"_s), split);
        QCOMPARE(customerOfConversation(reader, u"conv-c1"_s), anna_);
        QCOMPARE(reader.directory().customer(split)->name, u"Anna Berg (work)"_s);
        // Syncing the contact again does not join it back.
        await(store_->ingest(contactBatch(u"chatwoot"_s, u"7"_s, u"Anna Berg"_s,
                                          {email(u"anna@berg.example"_s), phone(u"+4917112345678"_s)})));
        QCOMPARE(customerOfContact(reader, u"chatwoot"_s, u"7"_s), split);
        QCOMPARE(customerOfConversation(reader, u"conv-7"_s), split);
    }

    void splittingTheOnlyIdentityIsRefused()
    {
        await(store_->ingest(contactBatch(u"demo"_s, u"c9"_s, u"Solo Person"_s, {})));
        StoreReader &reader = store_->reader();
        sql::Statement contact =
            StoreTestAccess::database(reader).prepare("SELECT id FROM identities WHERE value = 'c9'");
        QVERIFY(contact.step());
        QCOMPARE(refusalOf(CustomerMerge::split(*store_, contact.int64(0), u"x"_s)),
                 u"A customer's only identity cannot be split off."_s);
        QCOMPARE(refusalOf(CustomerMerge::split(*store_, 987'654, u"x"_s)),
                 u"This identity cannot be changed here."_s);
    }

    void renameCorrectsTheName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<QStringList>("updates");
        // Both backends that know Anna as a contact are asked to rename her.
        QTest::newRow("corrected") << u"  Anna Lena Berg "_s << u"Anna Lena Berg"_s << QString()
                                   << QStringList{u"demo c1 name=Anna Lena Berg"_s,
                                                  u"chatwoot 7 name=Anna Lena Berg"_s};
        QTest::newRow("unchanged") << u"Anna Berg"_s << u"Anna Berg"_s << QString() << QStringList();
        QTest::newRow("empty") << u"   "_s << u"Anna Berg"_s << u"A customer's name cannot be empty."_s
                               << QStringList();
    }

    void renameCorrectsTheName()
    {
        QFETCH(QString, name);
        QFETCH(QString, stored);
        QFETCH(QString, refusal);
        QFETCH(QStringList, updates);
        QCOMPARE(refusalOf(CustomerMerge::rename(*store_, anna_, name)), refusal);
        QCOMPARE(store_->reader().directory().customer(anna_)->name, stored);
        QCOMPARE(contactUpdates(store_->reader()), updates);
    }

    void identitiesAreAddedNormalisedAndRemoved_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<QStringList>("updates");
        // The address goes to the backends as typed; the number in its international form.
        QTest::newRow("email") << int(IdentityKind::Email) << u" Anna.Berg@Home.Example "_s
                               << u"anna.berg@home.example"_s << QString()
                               << QStringList{u"demo c1 email=Anna.Berg@Home.Example"_s,
                                              u"chatwoot 7 email=Anna.Berg@Home.Example"_s};
        QTest::newRow("phone") << int(IdentityKind::Phone) << u"+49 171 5550123"_s << u"+491715550123"_s
                               << QString()
                               << QStringList{u"demo c1 phone=+491715550123"_s,
                                              u"chatwoot 7 phone=+491715550123"_s};
        QTest::newRow("not an address") << int(IdentityKind::Email) << u"anna at home"_s << QString()
                                        << u"This is not an email address."_s << QStringList();
        QTest::newRow("another customer's")
            << int(IdentityKind::Email) << u"other@people.example"_s << QString()
            << u"Another customer already has this identity. Merge the two customers instead."_s
            << QStringList();
    }

    void identitiesAreAddedNormalisedAndRemoved()
    {
        QFETCH(int, kind);
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, refusal);
        QFETCH(QStringList, updates);
        await(store_->ingest(
            contactBatch(u"demo"_s, u"c8"_s, u"Other Person"_s, {email(u"other@people.example"_s)})));
        StoreReader &reader = store_->reader();
        const auto before = ownership(reader, "identities");
        QCOMPARE(refusalOf(CustomerMerge::addIdentity(*store_, anna_, IdentityKind(kind), typed)), refusal);
        QCOMPARE(contactUpdates(reader), updates);
        if (!refusal.isEmpty()) {
            QCOMPARE(ownership(reader, "identities"), before);
            return;
        }
        const qint64 added = identityId(reader, stored);
        QVERIFY(added > 0);
        QCOMPARE(ownership(reader, "identities").size(), before.size() + 1);
        await(CustomerMerge::removeIdentity(*store_, added));
        QCOMPARE(ownership(reader, "identities"), before);
        // Removing changes Kontor only: the backends keep what their contact records hold.
        QCOMPARE(contactUpdates(reader), updates);
        // A backend's contact record is the backend's to remove.
        QCOMPARE(refusalOf(CustomerMerge::removeIdentity(*store_, identityId(reader, u"c1"_s))),
                 u"This identity cannot be changed here."_s);
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    qint64 anna_ = 0;
};

QTEST_GUILESS_MAIN(TestIdentitySplitEdit)
#include "tst_identity_split_edit.moc"
