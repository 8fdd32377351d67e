// Deletions made on a backend reach the store the same way as the agent's erasure: a contact Chatwoot deleted
// (its realtime event), a conversation found gone when it is fetched again (404), and the demo backend's own
// deletions.
#include "../connectors/DemoScenario.h"
#include "ChatwootTestRig.h"
#include "PrivacyTestSupport.h"
#include "store/StoreTestAccess.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;
using namespace kontor::chatwoot;

namespace {
const QByteArray marker = "qvexdeletedmarker";
const QByteArray markerTail = "xdeletedmarker";
} // namespace

class TestPrivacyBackendDeletion : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ChatwootTestRig> rig_;
    std::unique_ptr<QTemporaryDir> demoDir_;
    testing::DemoScenario demo_;

    bool chatwootTest() const { return QByteArray(QTest::currentTestFunction()).startsWith("chatwoot"); }

    void waitOnline()
    {
        QTRY_COMPARE_WITH_TIMEOUT(rig_->state().phase, ConnectorState::Phase::Online, 20000);
        QTRY_COMPARE(rig_->fake().cable().subscriberCount(), 1);
        rig_->settle();
    }
    QString storeFolder() const { return QFileInfo(rig_->store().path()).absolutePath(); }

private Q_SLOTS:
    void init()
    {
        if (!chatwootTest()) {
            demoDir_ = std::make_unique<QTemporaryDir>();
            return;
        }
        fake::FakeChatwoot::Seed seed;
        seed.contacts = 8;
        seed.conversations = 12;
        rig_ = std::make_unique<test::ChatwootTestRig>(seed);
        rig_->open();
        waitOnline();
    }

    void cleanup()
    {
        demo_.close();
        if (!rig_)
            return;
        const QStringList violations = rig_->contractViolations();
        rig_.reset();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }

    void chatwootContactDeletedIsErased()
    {
        const QString m = QString::fromLatin1(marker);
        rig_->fake().customerWrites(105, u"I am "_s + m + u", please forget me"_s);
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE instr(body, ?) > 0", m), 1);
        const qint64 customer = rig_->number("SELECT customer_id FROM conversations WHERE remote_id = '105'");
        const QString contact =
            rig_->text("SELECT value FROM identities WHERE kind = 'contact' AND customer_id = "
                       "(SELECT customer_id FROM conversations WHERE remote_id = ?)",
                       u"105"_s);
        QVERIFY(!contact.isEmpty());
        const qint64 conversationsBefore = rig_->number("SELECT count(*) FROM conversations");
        const qint64 theirs = rig_->number("SELECT count(*) FROM conversations WHERE customer_id = ?",
                                           QString::number(customer));
        QVERIFY(theirs >= 1);

        QSignalSpy erased(&rig_->store(), &Store::erased);
        QVERIFY(rig_->fake().deleteContact(contact.toLongLong()));
        QVERIFY(erased.wait(10000));
        const auto report = erased.first().first().value<ErasureReport>();
        QVERIFY(report.customerIds.contains(customer));

        QCOMPARE(rig_->number("SELECT count(*) FROM customers WHERE id = ?", QString::number(customer)), 0);
        QCOMPARE(rig_->number("SELECT count(*) FROM identities WHERE value = ?", contact), 0);
        QCOMPARE(rig_->number("SELECT count(*) FROM conversations"), conversationsBefore - theirs);
        QCOMPARE(privacy::filesContaining(storeFolder(), {marker, markerTail}), QStringList());
        QCOMPARE(privacy::indexTermsContaining(rig_->store().path(), m), QStringList());
        // The connection goes on.
        QCOMPARE(rig_->state().phase, ConnectorState::Phase::Online);
    }

    void chatwootUnknownDeletedContactChangesNothing()
    {
        const qint64 before = rig_->number("SELECT count(*) FROM customers");
        QSignalSpy erased(&rig_->store(), &Store::erased);
        rig_->fake().broadcast(u"contact.deleted"_s, QJsonObject{{u"id"_s, 987654}});
        rig_->fake().broadcast(u"contact.deleted"_s, QJsonObject{{u"name"_s, u"no id"_s}});
        rig_->fake().customerWrites(106, u"still here"_s);
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE body = 'still here'"), 1);
        rig_->settle();
        QCOMPARE(rig_->number("SELECT count(*) FROM customers"), before);
        QCOMPARE(erased.count(), 0);
    }

    void chatwootConversationGoneOnRefetchIsErased()
    {
        const QString m = QString::fromLatin1(marker);
        rig_->fake().customerWrites(111, u"Order of "_s + m);
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM messages WHERE instr(body, ?) > 0", m), 1);
        const qint64 others = rig_->number("SELECT count(*) FROM conversations WHERE remote_id <> '111'");

        // Missed while disconnected: the list still names it, but it is deleted before its messages are read.
        QSignalSpy erased(&rig_->store(), &Store::erased);
        rig_->fake().cable().dropAll();
        rig_->fake().colleagueSetsStatus(111, u"pending"_s, true);
        rig_->fake().failNext("GET", u".*/conversations/111/messages.*"_s, 404);
        waitOnline();
        QTRY_COMPARE(rig_->number("SELECT count(*) FROM conversations WHERE remote_id = '111'"), 0);
        QVERIFY(erased.wait(10000) || !erased.isEmpty());
        QCOMPARE(rig_->number("SELECT count(*) FROM conversations WHERE remote_id <> '111'"), others);
        QCOMPARE(privacy::filesContaining(storeFolder(), {marker, markerTail}), QStringList());
    }

    void demoBackendDeletesACustomer()
    {
        demo_.dir = demoDir_->path();
        QString error;
        QVERIFY2(demo_.open(11, testing::DemoScenario::reliableFast(), &error), qPrintable(error));
        QObject::connect(demo_.store.get(), &Store::erased, demo_.connector, &DemoConnector::eraseLocally);
        QTRY_VERIFY_WITH_TIMEOUT(demo_.caughtUp(), 30000);
        DemoWorld &world = demo_.connector->world();
        const QString remoteConversation = world.activeConversations().value(0);
        QVERIFY(!remoteConversation.isEmpty());
        const QString remoteCustomer = world.conversation(remoteConversation)->customerId;
        const QString m = QString::fromLatin1(marker);
        // The store is opened again below: the lambda looks it up each time.
        const auto localConversation = [this](const QString &remoteId) {
            sql::Statement select = StoreTestAccess::database(demo_.store->reader())
                                        .prepare("SELECT id FROM conversations WHERE remote_id = ?");
            select.bindAll(remoteId);
            return select.step() ? select.int64(0) : qint64(0);
        };
        const qint64 conversation = localConversation(remoteConversation);
        QVERIFY(conversation > 0);

        // The agent's reply reaches the backend, whose state file then holds it.
        QVERIFY(demo_.store->apply(SendMessage{conversation, u"Dear "_s + m, BodyFormat::Plain, false})
                    .result()
                    .recorded());
        QTRY_VERIFY_WITH_TIMEOUT(demo_.caughtUp(), 30000);
        QVERIFY(demo_.connector->saveWorld());
        QVERIFY(!privacy::filesContaining(demoDir_->path(), {marker}).isEmpty());

        // The backend deletes the contact: the store erases them at the next fetch.
        QSignalSpy erased(demo_.store.get(), &Store::erased);
        QVERIFY(world.deleteCustomer(remoteCustomer));
        QVERIFY(!world.deleteCustomer(remoteCustomer)); // once
        QVERIFY(!world.customer(remoteCustomer));
        QVERIFY(!world.conversation(remoteConversation));
        QVERIFY(!world.activeConversations().contains(remoteConversation));
        demo_.clock += 1000;
        QVERIFY(erased.wait(10000));
        QCOMPARE(localConversation(remoteConversation), 0);
        QTRY_VERIFY_WITH_TIMEOUT(demo_.caughtUp(), 30000);
        // Store, log, the backend's state file and its previous copy: nothing of them left.
        QCOMPARE(privacy::filesContaining(demoDir_->path(), {marker, markerTail}), QStringList());
        QCOMPARE(privacy::indexTermsContaining(demo_.store->path(), m), QStringList());

        // The world goes on without them, and so does a restarted backend.
        demo_.clock += 10 * 60 * 1000;
        QTRY_VERIFY_WITH_TIMEOUT(demo_.caughtUp(), 30000);
        QVERIFY(demo_.connector->saveWorld());
        demo_.close();
        QVERIFY2(demo_.open(11, testing::DemoScenario::reliableFast(), &error), qPrintable(error));
        QVERIFY(!demo_.connector->world().customer(remoteCustomer));
        QVERIFY(!demo_.connector->world().conversation(remoteConversation));
        QTRY_VERIFY_WITH_TIMEOUT(demo_.caughtUp(), 30000);
        QCOMPARE(localConversation(remoteConversation), 0);
    }

    void demoBackendDeletesAConversation()
    {
        demo_.dir = demoDir_->path();
        QString error;
        QVERIFY2(demo_.open(12, testing::DemoScenario::reliableFast(), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(demo_.caughtUp(), 30000);
        DemoWorld &world = demo_.connector->world();
        const QString remoteConversation = world.activeConversations().value(0);
        const QString remoteCustomer = world.conversation(remoteConversation)->customerId;
        const auto stored = [this](const QString &remoteId) {
            sql::Statement count = StoreTestAccess::database(demo_.store->reader())
                                       .prepare("SELECT count(*) FROM conversations WHERE remote_id = ?");
            count.bindAll(remoteId);
            return count.step() ? count.int64(0) : -1;
        };
        QCOMPARE(stored(remoteConversation), qint64(1));
        QVERIFY(world.deleteConversation(remoteConversation));
        QVERIFY(world.customer(remoteCustomer)); // the contact stays
        demo_.clock += 1000;
        QTRY_COMPARE_WITH_TIMEOUT(stored(remoteConversation), qint64(0), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(demo_.caughtUp(), 30000);
    }
};

QTEST_GUILESS_MAIN(TestPrivacyBackendDeletion)
#include "tst_privacy_backend_deletion.moc"
