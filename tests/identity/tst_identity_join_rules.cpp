// When a shared identifier joins two customers, and when it only suggests it or keeps them apart: the rules
// as a table of evidence, and the same cases as they arrive through ingestion.
#include "IdentityTestWorld.h"
#include "store/JoinRules.h"
#include "store/StoreTestAccess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kontor::JoinVerdict)
Q_DECLARE_METATYPE(kontor::JoinReason)
Q_DECLARE_METATYPE(kontor::IdentityKind)

namespace {
struct Contact
{
    QString connector;
    QString remoteId;
    QString name;
    QList<IdentityRecord> identities;
};
} // namespace
Q_DECLARE_METATYPE(QList<Contact>)

class TestIdentityJoinRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judge_data()
    {
        QTest::addColumn<IdentityKind>("kind");
        QTest::addColumn<QString>("incoming");
        QTest::addColumn<QString>("existing");
        QTest::addColumn<int>("others");
        QTest::addColumn<bool>("disagree");
        QTest::addColumn<JoinVerdict>("verdict");
        QTest::addColumn<JoinReason>("reason");

        const auto email = IdentityKind::Email;
        const auto phone = IdentityKind::Phone;
        const auto handle = IdentityKind::Handle;
        QTest::newRow("same email, same name") << email << u"Anna Berg"_s << u"Anna Berg"_s << 0 << false
                                               << JoinVerdict::Join << JoinReason::SameEmail;
        QTest::newRow("same email, name written otherwise")
            << email << u"Berg, Anna"_s << u"anna berg"_s << 0 << false << JoinVerdict::Join
            << JoinReason::SameEmail;
        QTest::newRow("same email, no name given") << email << QString() << u"Anna Berg"_s << 0 << false
                                                   << JoinVerdict::Join << JoinReason::SameEmail;
        QTest::newRow("same phone, initial for the first name")
            << phone << u"A. Berg"_s << u"Anna Berg"_s << 0 << false << JoinVerdict::Join
            << JoinReason::SamePhone;
        QTest::newRow("shared household phone, different names")
            << phone << u"Oscar Walker"_s << u"Harry Khan"_s << 0 << false << JoinVerdict::Suggest
            << JoinReason::NamesDiffer;
        QTest::newRow("household with one surname")
            << phone << u"Mia Brown"_s << u"Sophie Brown"_s << 0 << false << JoinVerdict::Suggest
            << JoinReason::NamesDiffer;
        QTest::newRow("middle name left out") << phone << u"Anna Schmidt"_s << u"Anna Maria Schmidt"_s << 0
                                              << false << JoinVerdict::Join << JoinReason::SamePhone;
        QTest::newRow("same email, different names")
            << email << u"Oscar Walker"_s << u"Harry Khan"_s << 0 << false << JoinVerdict::Suggest
            << JoinReason::NamesDiffer;
        QTest::newRow("handle reused by someone else")
            << handle << u"Ben Ross"_s << u"Mia Lund"_s << 0 << false << JoinVerdict::Suggest
            << JoinReason::NamesDiffer;
        QTest::newRow("same handle, same person") << handle << u"Mia Lund"_s << u"Mia Lund"_s << 0 << false
                                                  << JoinVerdict::Join << JoinReason::SameHandle;
        QTest::newRow("phone already seen with another person")
            << phone << u"Harry Khan"_s << u"Harry Khan"_s << 1 << false << JoinVerdict::Suggest
            << JoinReason::SharedIdentifier;
        QTest::newRow("switchboard number") << phone << u"Lena Vogt"_s << u"Paul Roth"_s << 3 << false
                                            << JoinVerdict::KeepApart << JoinReason::OrganisationalNumber;
        QTest::newRow("switchboard number, even with the same name")
            << phone << u"Paul Roth"_s << u"Paul Roth"_s << 5 << false << JoinVerdict::KeepApart
            << JoinReason::OrganisationalNumber;
        QTest::newRow("a shared address is never a switchboard")
            << email << u"Paul Roth"_s << u"Paul Roth"_s << 5 << false << JoinVerdict::Suggest
            << JoinReason::SharedIdentifier;
        QTest::newRow("backends disagree on who is who")
            << email << u"Anna Berg"_s << u"Anna Berg"_s << 0 << true << JoinVerdict::Suggest
            << JoinReason::IdentifiersDisagree;
    }

    void judge()
    {
        QFETCH(IdentityKind, kind);
        QFETCH(QString, incoming);
        QFETCH(QString, existing);
        QFETCH(int, others);
        QFETCH(bool, disagree);
        QFETCH(JoinVerdict, verdict);
        QFETCH(JoinReason, reason);
        const JoinDecision decision = judgeJoin({kind, incoming, existing, others, disagree});
        QCOMPARE(decision.verdict, verdict);
        QCOMPARE(decision.reason, reason);
        QVERIFY(joinReasonFromKey(joinReasonKey(reason)) == reason);
    }

    // Contacts arrive one batch each, in order; the last one is judged against those before it.
    void ingest_data()
    {
        QTest::addColumn<QList<Contact>>("contacts");
        QTest::addColumn<QString>("outcome"); // joined, suggested, kept apart, separate
        QTest::addColumn<QString>("reason");

        const QString demo = u"demo"_s;
        const QString chatwoot = u"chatwoot"_s;
        QTest::newRow("same email across backends")
            << QList<Contact>{{demo, u"c1"_s, u"Anna Berg"_s, {email(u"anna@berg.example"_s)}},
                              {chatwoot,
                               u"7"_s,
                               u"Anna Berg"_s,
                               {email(u"anna@berg.example"_s), phone(u"+4917112345678"_s)}}}
            << u"joined"_s << u"same_email"_s;
        QTest::newRow("second address, same phone")
            << QList<Contact>{{demo,
                               u"c1"_s,
                               u"Anna Berg"_s,
                               {email(u"anna@berg.example"_s), phone(u"+4917112345678"_s)}},
                              {demo,
                               u"c2"_s,
                               u"Anna Berg"_s,
                               {email(u"anna.berg@work.example"_s), phone(u"+4917112345678"_s)}}}
            << u"joined"_s << u"same_phone"_s;
        QTest::newRow("household phone, different names")
            << QList<Contact>{{demo,
                               u"c1"_s,
                               u"Harry Khan"_s,
                               {email(u"harry@khan.example"_s), phone(u"+447700900123"_s)}},
                              {demo,
                               u"c2"_s,
                               u"Oscar Walker"_s,
                               {email(u"oscar@walker.example"_s), phone(u"+447700900123"_s)}}}
            << u"suggested"_s << u"names_differ"_s;
        QTest::newRow("handle reuse")
            << QList<Contact>{{demo, u"c1"_s, u"Mia Lund"_s, {handle(Channel::Telegram, u"@sunny"_s)}},
                              {demo, u"c2"_s, u"Ben Ross"_s, {handle(Channel::Telegram, u"@sunny"_s)}}}
            << u"suggested"_s << u"names_differ"_s;
        QTest::newRow("same handle on another platform is not shared")
            << QList<Contact>{{demo, u"c1"_s, u"Mia Lund"_s, {handle(Channel::Telegram, u"@sunny"_s)}},
                              {demo, u"c2"_s, u"Ben Ross"_s, {handle(Channel::Instagram, u"@sunny"_s)}}}
            << u"separate"_s << QString();
        QTest::newRow("household phone seen with a third person")
            << QList<Contact>{{demo, u"c1"_s, u"Harry Khan"_s, {phone(u"+447700900123"_s)}},
                              {demo, u"c2"_s, u"Oscar Walker"_s, {phone(u"+447700900123"_s)}},
                              {chatwoot, u"9"_s, u"Harry Khan"_s, {phone(u"+447700900123"_s)}}}
            << u"suggested"_s << u"shared_identifier"_s;
        QList<Contact> office;
        const QStringList staff{u"Paul Roth"_s, u"Lena Vogt"_s, u"Jonas Weber"_s, u"Eva Brandt"_s,
                                u"Tim Kraus"_s};
        for (qsizetype i = 0; i < staff.size(); ++i)
            office.append({demo, u"c%1"_s.arg(i + 1), staff[i], {phone(u"+4930123456"_s)}});
        QTest::newRow("switchboard number") << office << u"kept apart"_s << u"organisational_number"_s;
        QTest::newRow("cross-backend conflict")
            << QList<Contact>{{demo, u"c1"_s, u"Anna Berg"_s, {email(u"anna@berg.example"_s)}},
                              {demo, u"c2"_s, u"Anna Berg"_s, {phone(u"+4917112345678"_s)}},
                              {chatwoot,
                               u"7"_s,
                               u"Anna Berg"_s,
                               {email(u"anna@berg.example"_s), phone(u"+4917112345678"_s)}}}
            << u"suggested"_s << u"identifiers_disagree"_s;
        QTest::newRow("nothing shared")
            << QList<Contact>{{demo, u"c1"_s, u"Anna Berg"_s, {email(u"anna@berg.example"_s)}},
                              {demo, u"c2"_s, u"Anna Berg"_s, {email(u"anna.b@other.example"_s)}}}
            << u"separate"_s << QString();
    }

    void ingest()
    {
        QFETCH(QList<Contact>, contacts);
        QFETCH(QString, outcome);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        StoreOpenResult opened = Store::open(dir.filePath(u"store.db"_s));
        QVERIFY2(opened.store, qPrintable(opened.error));
        Store &store = *opened.store;
        for (const Contact &c : contacts)
            await(store.ingest(contactBatch(c.connector, c.remoteId, c.name, c.identities)));
        StoreReader &reader = store.reader();
        const Contact &last = contacts.last();
        const qint64 lastCustomer = customerOfContact(reader, last.connector, last.remoteId);
        const qint64 firstCustomer =
            customerOfContact(reader, contacts.first().connector, contacts.first().remoteId);
        QVERIFY(lastCustomer > 0 && firstCustomer > 0);

        sql::Statement merge = StoreTestAccess::database(reader).prepare(
            "SELECT survivor_id, reason, evidence_kind, evidence_value FROM "
            "customer_merges ORDER BY id DESC");
        sql::Statement suggestion = StoreTestAccess::database(reader).prepare(
            "SELECT reason, state FROM merge_suggestions WHERE customer_a = ?1 OR customer_b = ?1 "
            "ORDER BY id DESC");
        suggestion.bindAll(lastCustomer);
        if (outcome == u"joined") {
            QCOMPARE(lastCustomer, firstCustomer);
            QVERIFY(merge.step());
            QCOMPARE(merge.int64(0), firstCustomer);
            QCOMPARE(merge.text(1), reason);
            QVERIFY(!merge.text(3).isEmpty()); // the identifier it was about
            // The customer who was here first keeps their name.
            QCOMPARE(reader.directory().customer(firstCustomer)->name, contacts.first().name);
            // Their timelines are one: both conversations are the customer's.
            QCOMPARE(customerOfConversation(reader, u"conv-"_s + last.remoteId), firstCustomer);
            return;
        }
        QVERIFY2(!merge.step(), "nothing may be joined");
        QVERIFY(lastCustomer != firstCustomer);
        // The newcomer keeps their own name and the conversation they wrote; the other is untouched.
        QCOMPARE(reader.directory().customer(lastCustomer)->name, last.name);
        QCOMPARE(reader.directory().customer(firstCustomer)->name, contacts.first().name);
        QCOMPARE(customerOfConversation(reader, u"conv-"_s + last.remoteId), lastCustomer);
        if (outcome == u"separate") {
            QVERIFY(!suggestion.step());
            return;
        }
        QVERIFY(suggestion.step());
        QCOMPARE(suggestion.text(0), reason);
        QCOMPARE(suggestion.text(1), outcome == u"suggested" ? u"open"_s : u"dismissed"_s);
    }

    // A contact synced again after its automatic join renames nobody, and one kept apart stays apart.
    void resyncKeepsTheDecision()
    {
        QTemporaryDir dir;
        StoreOpenResult opened = Store::open(dir.filePath(u"store.db"_s));
        QVERIFY(opened.store);
        Store &store = *opened.store;
        await(
            store.ingest(contactBatch(u"demo"_s, u"c1"_s, u"Anna Berg"_s, {email(u"anna@berg.example"_s)})));
        const auto second =
            contactBatch(u"chatwoot"_s, u"7"_s, u"A. Berg"_s, {email(u"anna@berg.example"_s)});
        await(store.ingest(second));
        await(store.ingest(second));
        StoreReader &reader = store.reader();
        const qint64 anna = customerOfContact(reader, u"demo"_s, u"c1"_s);
        QCOMPARE(customerOfContact(reader, u"chatwoot"_s, u"7"_s), anna);
        QCOMPARE(reader.directory().customer(anna)->name, u"Anna Berg"_s);
        QCOMPARE(StoreTestAccess::database(reader).queryInt64("SELECT count(*) FROM customer_merges"), 1);
    }
};

QTEST_GUILESS_MAIN(TestIdentityJoinRules)
#include "tst_identity_join_rules.moc"
