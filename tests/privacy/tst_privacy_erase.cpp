#include "../connectors/DemoScenario.h"
#include "../store/StoreTestSupport.h"
#include "PrivacyTestSupport.h"

#include "identity/CustomerMerge.h"
#include "store/StoreTestAccess.h"
#include "store/erasure/CustomerErasure.h"
#include "store/erasure/ErasureCleanup.h"
#include "store/sql/Database.h"
#include "ui/composer/DraftStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

// Lower case: the indexes keep terms in lower case. The tail finds a term the index stored prefix-compressed.
const QByteArray marker = "qzorblaxmarker";
const QByteArray markerTail = "rblaxmarker";
// Only in the bytes of a file a reply still waiting to go out sends.
const QByteArray attachmentMarker = "vexlomattachmark";
const QString neighbourWord = u"keepsakeword"_s;

qint64 count(StoreReader &reader, const char *sqlText, qint64 id)
{
    sql::Statement select = StoreTestAccess::database(reader).prepare(sqlText);
    select.bindAll(id);
    return select.step() ? select.int64(0) : -1;
}

qint64 idOf(StoreReader &reader, const char *sqlText, const QString &key)
{
    sql::Statement select = StoreTestAccess::database(reader).prepare(sqlText);
    select.bindAll(key);
    return select.step() ? select.int64(0) : 0;
}

} // namespace

// Erasing a customer removes every byte of them from every file Kontor keeps, and nothing of anyone else.
class TestPrivacyErase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewSaysWhatGoes();
    void eraseLeavesNoByte();
    void neighboursAreUntouched();
    void erasingNobodyChangesNothing();
    void closedFilesHoldNoByte();
    void demoBackendForgetsThemToo();

private:
    void ingestWorld();
    TestStore store_;
    QString settingsFolder_;
    qint64 customerId_ = 0;
    qint64 mergedId_ = 0;
    qint64 neighbourId_ = 0;
    qint64 conversationId_ = 0;
    qint64 neighbourConversationId_ = 0;
    ErasureReport report_;
};

void TestPrivacyErase::initTestCase()
{
    QVERIFY(store_.isOpen());
    // Drafts live in the user's settings: keep them in the test's folder, where the bytes are checked too.
    settingsFolder_ = store_.dirPath() + u"/settings"_s;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder_);
    QCoreApplication::setOrganizationName(u"KontorPrivacyTest"_s);
    QCoreApplication::setApplicationName(u"privacy_erase"_s);
    ingestWorld();
}

void TestPrivacyErase::ingestWorld()
{
    const QString m = QString::fromLatin1(marker);
    IngestBatch b;
    b.account = {u"chatwoot"_s, u"acct-1"_s, u"Support"_s};
    CustomerRecord erin{u"c-erin"_s, u"Erin "_s + m, {}};
    erin.identities.append({IdentityKind::Email, m + u"@example.com"_s, std::nullopt, {}});
    erin.identities.append({IdentityKind::Phone, u"+4915112345670"_s, std::nullopt, {}});
    erin.identities.append({IdentityKind::Handle, m + u"_tg"_s, Channel::Telegram, u"@"_s + m + u"_tg"_s});
    erin.attributes = QList<AttributeRecord>{{u"city"_s, u"City"_s, u"Town of "_s + m, AttributeKind::Text}};
    // A second contact of the same person, joined to Erin by the shared address.
    CustomerRecord erinAgain{u"c-erin-2"_s, u"Erin "_s + m, {}};
    erinAgain.identities.append({IdentityKind::Email, m + u"@example.com"_s, std::nullopt, {}});
    CustomerRecord nora{u"c-nora"_s, u"Nora Neighbour"_s, {}};
    nora.identities.append({IdentityKind::Email, u"nora@example.com"_s, std::nullopt, {}});
    b.customers = {erin, erinAgain, nora};
    ConversationRecord erinChat;
    erinChat.remoteId = u"conv-erin"_s;
    erinChat.customerRemoteId = u"c-erin"_s;
    erinChat.subject = u"Order for "_s + m;
    erinChat.createdAt = erinChat.lastActivityAt = 1000;
    ConversationRecord noraChat = erinChat;
    noraChat.remoteId = u"conv-nora"_s;
    noraChat.customerRemoteId = u"c-nora"_s;
    noraChat.subject = u"Parcel "_s + neighbourWord;
    b.conversations = {erinChat, noraChat};
    MessageRecord incoming;
    incoming.remoteId = u"m-1"_s;
    incoming.conversationRemoteId = u"conv-erin"_s;
    incoming.authorCustomerRemoteId = u"c-erin"_s;
    incoming.body = u"<p>My name is <b>"_s + m + u"</b>, call me</p>"_s;
    incoming.bodyFormat = BodyFormat::Html;
    incoming.createdAt = 1100;
    incoming.attachments.append({u"att-1"_s, m + u".pdf"_s, u"application/pdf"_s, 10,
                                 u"https://files.example.com/"_s + m + u".pdf"_s});
    MessageRecord noraMessage;
    noraMessage.remoteId = u"m-2"_s;
    noraMessage.conversationRemoteId = u"conv-nora"_s;
    noraMessage.body = u"Where is my "_s + neighbourWord + u"?"_s;
    noraMessage.createdAt = 1200;
    b.messages = {incoming, noraMessage};
    b.csatAnswers.append({u"csat-1"_s, u"conv-erin"_s, 5, u"Thanks, "_s + m, 1300});
    QVERIFY(store_.ingest(b).skipped.isEmpty());

    StoreReader &reader = store_.reader();
    customerId_ = idOf(reader, "SELECT customer_id FROM conversations WHERE remote_id = ?", u"conv-erin"_s);
    neighbourId_ = idOf(reader, "SELECT customer_id FROM conversations WHERE remote_id = ?", u"conv-nora"_s);
    conversationId_ = idOf(reader, "SELECT id FROM conversations WHERE remote_id = ?", u"conv-erin"_s);
    neighbourConversationId_ =
        idOf(reader, "SELECT id FROM conversations WHERE remote_id = ?", u"conv-nora"_s);
    QVERIFY(customerId_ > 0 && neighbourId_ > 0 && customerId_ != neighbourId_);

    // A customer merged into Erin (kept for undo) is the same person: their row must go too.
    QVERIFY(
        store_.store()
            .write([this](WriteContext &context) {
                sql::Statement insert = context.db().prepare(
                    "INSERT INTO customers(name, created_at, updated_at, merged_into) VALUES (?, 1, 1, ?)");
                insert.bindAll(u"Old "_s + QString::fromLatin1(marker), customerId_).run();
                mergedId_ = context.db().lastInsertRowId();
                sql::Statement merge = context.db().prepare(
                    "INSERT INTO customer_merges(survivor_id, merged_id, reason, created_at, evidence_kind, "
                    "evidence_value) VALUES (?, ?, 'manual', 1, 'email', ?)");
                merge.bindAll(customerId_, mergedId_, QString::fromLatin1(marker) + u"@example.com"_s).run();
                return true;
            })
            .result());

    // An agent's correction on its way to the backend's contact record: the name and a number it lacked.
    CustomerMerge::rename(store_.store(), customerId_, u"Erin "_s + m + u" Junior"_s).waitForFinished();
    CustomerMerge::addIdentity(store_.store(), customerId_, IdentityKind::Phone, u"+45 20 30 40 51"_s)
        .waitForFinished();
    QCOMPARE(idOf(reader, "SELECT count(*) FROM outbox WHERE kind = ?", u"update_contact"_s), 4);

    // The agent's side: an internal note, a reply with a file that went out, a reply still waiting.
    QFile original(store_.dirPath() + u"/outside/"_s + m + u".txt"_s);
    QVERIFY(QDir().mkpath(QFileInfo(original).absolutePath()));
    QVERIFY(original.open(QIODevice::WriteOnly));
    original.write("Contract of " + marker);
    original.close();
    QVERIFY(
        store_.apply(SendMessage{conversationId_, u"Note: "_s + m + u" is a VIP"_s, BodyFormat::Plain, true})
            .recorded());
    SendMessage reply{conversationId_, u"Dear "_s + m + u", see attached"_s, BodyFormat::Plain, false};
    reply.attachments.append({original.fileName(), {}, {}, 0});
    const ActionReceipt sent = store_.apply(reply);
    QVERIFY(sent.recorded());
    QVERIFY(store_.store().transitionOutbox({sent.uuid, OutboxState::Sending}).result());
    OutboxTransition confirmed{sent.uuid, OutboxState::Confirmed};
    confirmed.messageRemoteId = u"m-sent"_s;
    QVERIFY(store_.store().transitionOutbox(confirmed).result());
    QFile terms(QFileInfo(original).absolutePath() + u"/terms.txt"_s);
    QVERIFY(terms.open(QIODevice::WriteOnly));
    terms.write("Terms for " + attachmentMarker);
    terms.close();
    SendMessage waiting{conversationId_, u"Still waiting, "_s + m, BodyFormat::Plain, false};
    waiting.attachments.append({terms.fileName(), {}, {}, 0});
    QVERIFY(store_.apply(waiting).recorded());
    // The agent's own files are theirs; the store's copies are what is checked.
    QFile::remove(original.fileName());
    QFile::remove(terms.fileName());
    QDir().rmdir(QFileInfo(original).absolutePath());

    ui::DraftStore::save(conversationId_, {u"Half a reply to "_s + m, false, {}, {}});
    ui::DraftStore::save(neighbourConversationId_, {u"Draft for "_s + neighbourWord, false, {}, {}});
    QSettings().sync();
}

void TestPrivacyErase::previewSaysWhatGoes()
{
    const ErasurePreview preview =
        CustomerErasure(StoreTestAccess::database(store_.reader())).preview(customerId_);
    QVERIFY(preview.found);
    QVERIFY(preview.customerName.contains(QString::fromLatin1(marker)));
    QCOMPARE(preview.conversations, 1);
    QCOMPARE(preview.messages, 4);    // incoming, note, sent reply, waiting reply
    QCOMPARE(preview.identities, 6);  // email, phone, handle, both contact ids, the number the agent added
    QCOMPARE(preview.attachments, 3); // the incoming file, the sent one, the waiting one
    // Not sent yet: the note, the waiting reply (the confirmed reply is not pending), and the correction of
    // both contact records (name and number).
    QCOMPARE(preview.pendingActions.size(), 6);
    QVERIFY(preview.pendingActions.at(0).payload.contains("VIP"));
    QVERIFY(preview.pendingActions.at(1).payload.contains("Still waiting"));
    for (qsizetype i = 2; i < preview.pendingActions.size(); ++i)
        QCOMPARE(preview.pendingActions.at(i).kind, u"update_contact"_s);

    QVERIFY(!CustomerErasure(StoreTestAccess::database(store_.reader())).preview(987654).found);
}

void TestPrivacyErase::eraseLeavesNoByte()
{
    // Before: the marker is everywhere, which is what makes the check below mean something.
    // A store set aside after damage still holds everyone.
    const QString setAside = store_.path() + u".damaged-20260101-000000"_s;
    QVERIFY(QFile::copy(store_.path(), setAside));
    QVERIFY(QFile::copy(store_.path() + u"-wal"_s, setAside + u"-wal"_s));
    QVERIFY(privacy::fileContains(setAside + u"-wal"_s, marker) || privacy::fileContains(setAside, marker));
    QVERIFY(!privacy::filesContaining(store_.dirPath(), {marker}).isEmpty());
    QVERIFY(!privacy::indexTermsContaining(store_.path(), QString::fromLatin1(marker)).isEmpty());
    // The waiting reply's file is kept inside the store (plain here, so its bytes show), nothing beside it.
    QVERIFY(!QFileInfo::exists(store_.dirPath() + u"/store-files"_s));
    QVERIFY(privacy::fileContains(store_.path(), attachmentMarker) ||
            privacy::fileContains(store_.path() + u"-wal"_s, attachmentMarker));

    QSignalSpy erased(&store_.store(), &Store::erased);
    QObject::connect(&store_.store(), &Store::erased, &store_.store(),
                     [](const ErasureReport &report) { ui::DraftStore::forget(report.conversationIds); });
    report_ = store_.store().eraseCustomer(customerId_).result();
    QVERIFY(erased.wait());
    QSettings().sync();

    QCOMPARE(report_.customerIds.size(), 3); // Erin, her second contact, the customer merged into her
    QVERIFY(report_.customerIds.contains(mergedId_));
    QCOMPARE(report_.conversationIds, QList<qint64>{conversationId_});
    QCOMPARE(report_.messages, 4);
    // The note, the sent reply (finished), the waiting reply, and four contact corrections.
    QCOMPARE(report_.outboxEntries, 7);
    qsizetype contacts = 0;
    for (const QStringList &ids : std::as_const(report_.contactRemoteIds))
        contacts += ids.size();
    QCOMPARE(contacts, 2);

    // Not a byte left in any file: store, log, shared memory, set-aside stores, settings; nor of the file
    // the waiting reply was to send, in the store or its log.
    QCOMPARE(privacy::filesContaining(store_.dirPath(), {marker, markerTail, attachmentMarker}),
             QStringList());
    for (const QString &file :
         QStringList{store_.path(), store_.path() + u"-wal"_s, store_.path() + u"-shm"_s})
        QVERIFY2(!privacy::fileContains(file, attachmentMarker), qPrintable(file));
    QCOMPARE(privacy::indexTermsContaining(store_.path(), QString::fromLatin1(marker)), QStringList());
    QCOMPARE(privacy::indexTermsContaining(store_.path(), QString::fromLatin1(markerTail)), QStringList());
    QCOMPARE(QFileInfo(store_.path() + u"-wal"_s).size(), 0);
    QVERIFY(ErasureCleanup::setAsideStores(store_.path()).isEmpty());
    QVERIFY(!ui::DraftStore::load(conversationId_));

    StoreReader &reader = store_.reader();
    QCOMPARE(count(reader, "SELECT count(*) FROM customers WHERE id = ?", customerId_), 0);
    QCOMPARE(count(reader, "SELECT count(*) FROM identities WHERE customer_id = ?", customerId_), 0);
    QCOMPARE(count(reader, "SELECT count(*) FROM messages WHERE conversation_id = ?", conversationId_), 0);
    QCOMPARE(count(reader, "SELECT count(*) FROM outbox WHERE conversation_id IS ?", conversationId_), 0);
    QCOMPARE(count(reader, "SELECT count(*) FROM customer_merges WHERE survivor_id = ?", customerId_), 0);
    QCOMPARE(count(reader, "SELECT count(*) FROM csat_answers WHERE customer_id = ?", customerId_), 0);
    QCOMPARE(count(reader, "SELECT count(*) FROM customer_attributes WHERE customer_id = ?", customerId_), 0);
}

void TestPrivacyErase::neighboursAreUntouched()
{
    StoreReader &reader = store_.reader();
    QCOMPARE(count(reader, "SELECT count(*) FROM customers WHERE id = ?", neighbourId_), 1);
    QCOMPARE(count(reader, "SELECT count(*) FROM identities WHERE customer_id = ?", neighbourId_), 2);
    QCOMPARE(
        count(reader, "SELECT count(*) FROM messages WHERE conversation_id = ?", neighbourConversationId_),
        1);
    QCOMPARE(reader.search().messages(neighbourWord).size(), 1);
    QCOMPARE(privacy::indexTermsContaining(store_.path(), neighbourWord).size(), 2); // message and subject
    QVERIFY(ui::DraftStore::load(neighbourConversationId_));
    QCOMPARE(reader.search().messages(u"nora"_s).size(), 0);
    QCOMPARE(privacy::indexTermsContaining(store_.path(), u"nora"_s).size(), 2); // name and address
}

void TestPrivacyErase::erasingNobodyChangesNothing()
{
    QSignalSpy erased(&store_.store(), &Store::erased);
    const qint64 before = count(store_.reader(), "SELECT count(*) FROM messages WHERE id > ?", 0);
    const ErasureReport report = store_.store().eraseCustomer(987654).result();
    QVERIFY(report.isEmpty());
    QCOMPARE(count(store_.reader(), "SELECT count(*) FROM messages WHERE id > ?", 0), before);
    QTest::qWait(50);
    QCOMPARE(erased.count(), 0);
}

void TestPrivacyErase::closedFilesHoldNoByte()
{
    // As a lost laptop would have it: the store closed, its files at rest.
    store_.close();
    QCOMPARE(privacy::filesContaining(store_.dirPath(), {marker, markerTail}), QStringList());
    StoreOpenResult reopened = Store::open(store_.path());
    QVERIFY(reopened.store);
    QCOMPARE(reopened.store->reader().search().messages(neighbourWord).size(), 1);
    reopened.store.reset();
    QCOMPARE(privacy::filesContaining(store_.dirPath(), {marker, markerTail}), QStringList());
}

void TestPrivacyErase::demoBackendForgetsThemToo()
{
    // The demo backend keeps its state beside the store: a customer erased here leaves it too.
    QTemporaryDir dir;
    testing::DemoScenario demo;
    demo.dir = dir.path();
    QString error;
    QVERIFY2(demo.open(5, testing::DemoScenario::reliableFast(), &error), qPrintable(error));
    QObject::connect(demo.store.get(), &Store::erased, demo.connector, &DemoConnector::eraseLocally);
    QTRY_VERIFY_WITH_TIMEOUT(demo.caughtUp(), 30000);
    DemoWorld &world = demo.connector->world();
    const QString remoteConversation = world.activeConversations().value(0);
    const QString remoteCustomer = world.conversation(remoteConversation)->customerId;
    StoreReader &reader = demo.store->reader();
    const qint64 conversation =
        idOf(reader, "SELECT id FROM conversations WHERE remote_id = ?", remoteConversation);
    const qint64 customer =
        idOf(reader, "SELECT customer_id FROM conversations WHERE remote_id = ?", remoteConversation);
    QVERIFY(conversation > 0 && customer > 0);
    const QString m = QString::fromLatin1(marker);
    QVERIFY(demo.store->apply(SendMessage{conversation, u"Sent to "_s + m, BodyFormat::Plain, false})
                .result()
                .recorded());
    QVERIFY(demo.store->apply(SendMessage{conversation, u"Note on "_s + m, BodyFormat::Plain, true})
                .result()
                .recorded());
    QTRY_VERIFY_WITH_TIMEOUT(demo.caughtUp(), 30000);
    QVERIFY(demo.connector->saveWorld());
    QVERIFY(!privacy::filesContaining(dir.path(), {marker}).isEmpty());

    const ErasureReport report = demo.store->eraseCustomer(customer).result();
    QVERIFY(report.customerIds.contains(customer));
    QTRY_VERIFY(!world.customer(remoteCustomer));
    QVERIFY(!world.conversation(remoteConversation));
    QCOMPARE(privacy::filesContaining(dir.path(), {marker, markerTail}), QStringList());
    // The backend's deletion comes back through its feed and finds nothing left to do.
    demo.clock += 1000;
    QTRY_VERIFY_WITH_TIMEOUT(demo.caughtUp(), 30000);
    QCOMPARE(count(reader, "SELECT count(*) FROM customers WHERE id = ?", customer), 0);
    demo.close();
}

QTEST_GUILESS_MAIN(TestPrivacyErase)
#include "tst_privacy_erase.moc"
