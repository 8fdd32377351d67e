// Merge and unmerge of customers across two connectors, and the customer's timeline across channels.
#include "identity/CustomerMerge.h"
#include "identity/CustomerTimeline.h"
#include "store/Store.h"
#include "store/StoreTestAccess.h"
#include "store/actions/ActionPayload.h"
#include "store/sql/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;

namespace {
template<typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

constexpr UtcMillis kT0 = 1'790'000'000'000; // a fixed day in 2026

// One backend's view of the same person: a contact with one identity and one conversation of two messages.
IngestBatch backendBatch(const QString &connector, Channel channel, IdentityRecord identity, UtcMillis start)
{
    IngestBatch batch;
    batch.account = {connector, connector + QStringLiteral("-account"), connector};
    batch.inboxes.append({QStringLiteral("inbox-1"), QStringLiteral("Support"), channel});
    batch.customers.append({QStringLiteral("contact-7"), QStringLiteral("Anna Berg"), {identity}});
    ConversationRecord conversation;
    conversation.remoteId = QStringLiteral("conv-1");
    conversation.inboxRemoteId = QStringLiteral("inbox-1");
    conversation.channel = channel;
    conversation.customerRemoteId = QStringLiteral("contact-7");
    conversation.subject = QStringLiteral("Order 4711");
    conversation.createdAt = start;
    conversation.lastActivityAt = start + 60'000;
    batch.conversations.append(conversation);
    for (int i = 0; i < 2; ++i) {
        MessageRecord message;
        message.remoteId = QStringLiteral("msg-%1").arg(i);
        message.conversationRemoteId = QStringLiteral("conv-1");
        message.kind = i == 0 ? MessageKind::Incoming : MessageKind::Outgoing;
        message.authorCustomerRemoteId = i == 0 ? QStringLiteral("contact-7") : QString();
        message.body = QStringLiteral("Message %1 on %2").arg(i).arg(channelKey(channel));
        message.createdAt = start + i * 60'000;
        batch.messages.append(message);
    }
    return batch;
}

// Who owns what: every identity, conversation and message with its customer, in id order.
QList<std::pair<qint64, qint64>> ownership(StoreReader &reader, const char *table)
{
    QList<std::pair<qint64, qint64>> rows;
    auto q = StoreTestAccess::database(reader).prepare(std::string("SELECT id, customer_id FROM ") + table +
                                                       " ORDER BY id");
    while (q.step())
        rows.append({q.int64(0), q.int64(1)});
    return rows;
}

qint64 customerOf(StoreReader &reader, const QString &connector)
{
    auto q = StoreTestAccess::database(reader).prepare(
        "SELECT c.customer_id FROM conversations c JOIN accounts a ON a.id = "
        "c.account_id WHERE a.connector = ?");
    q.bind(1, connector);
    return q.step() ? q.int64(0) : 0;
}

std::optional<qint64> mergedInto(StoreReader &reader, qint64 customer)
{
    auto q = StoreTestAccess::database(reader).prepare("SELECT merged_into FROM customers WHERE id = ?");
    q.bind(1, customer);
    return q.step() ? q.optionalInt64(0) : std::nullopt;
}

// A sync of one contact that says what its backend knows about them.
IngestBatch attributeBatch(const QString &connector, const QString &contact,
                           QList<AttributeRecord> attributes)
{
    IngestBatch batch;
    batch.account = {connector, connector + QStringLiteral("-account"), connector};
    CustomerRecord customer{contact, QStringLiteral("Anna Berg"), {}};
    customer.attributes = std::move(attributes);
    batch.customers.append(customer);
    return batch;
}

AttributeRecord attribute(const char *key, const char *value)
{
    return {QString::fromLatin1(key), {}, QString::fromLatin1(value), AttributeKind::Text};
}

// Every attribute as customer:key=value, in id order.
QStringList attributeOwnership(StoreReader &reader)
{
    QStringList rows;
    auto q = StoreTestAccess::database(reader).prepare(
        "SELECT customer_id, key, value FROM customer_attributes ORDER BY id");
    while (q.step())
        rows.append(QStringLiteral("%1:%2=%3").arg(q.int64(0)).arg(q.text(1), q.text(2)));
    return rows;
}

template<typename Work>
QString refusal(Work work)
{
    try {
        work();
    } catch (const MergeRefused &refused) {
        return refused.message();
    }
    return {};
}
} // namespace

class TestIdentityMerge : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    qint64 emailCustomer_ = 0;
    qint64 whatsappCustomer_ = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir_.isValid());
        QFile::remove(dir_.filePath(QStringLiteral("store.db")));
        StoreOpenResult opened = Store::open(dir_.filePath(QStringLiteral("store.db")));
        QVERIFY2(opened.store, qPrintable(opened.error));
        store_ = std::move(opened.store);
        await(store_->ingest(backendBatch(QStringLiteral("demo"), Channel::Email,
                                          {IdentityKind::Email, QStringLiteral("anna@example.de"), {}, {}},
                                          kT0)));
        await(store_->ingest(backendBatch(QStringLiteral("chatwoot"), Channel::WhatsApp,
                                          {IdentityKind::Phone, QStringLiteral("+4917112345678"), {}, {}},
                                          kT0 + 3'600'000)));
        emailCustomer_ = customerOf(store_->reader(), QStringLiteral("demo"));
        whatsappCustomer_ = customerOf(store_->reader(), QStringLiteral("chatwoot"));
        QVERIFY(emailCustomer_ > 0 && whatsappCustomer_ > 0);
        // No strong identity in common: two customers until an agent says otherwise.
        QVERIFY(emailCustomer_ != whatsappCustomer_);
    }

    void cleanup() { store_.reset(); }

    void mergeAcrossConnectorsAndUnmergeRestoresExactly()
    {
        StoreReader &reader = store_->reader();
        const auto identities = ownership(reader, "identities");
        const auto conversations = ownership(reader, "conversations");
        const auto messages = ownership(reader, "messages");

        QSignalSpy changed(store_.get(), &Store::changed);
        const qint64 mergeId = await(CustomerMerge::merge(*store_, emailCustomer_, whatsappCustomer_,
                                                          std::nullopt, QStringLiteral("agent")));
        QVERIFY(mergeId > 0);
        QTRY_VERIFY(!changed.isEmpty());
        QVERIFY(changed.last().at(0).value<ChangeSet>().touches(StoreTable::Customers));

        for (const char *table : {"identities", "conversations", "messages"}) {
            for (const auto &[id, customer] : ownership(reader, table))
                QCOMPARE(customer, emailCustomer_);
        }
        QCOMPARE(mergedInto(reader, whatsappCustomer_), emailCustomer_);

        await(CustomerMerge::unmerge(*store_, mergeId));
        QCOMPARE(ownership(reader, "identities"), identities);
        QCOMPARE(ownership(reader, "conversations"), conversations);
        QCOMPARE(ownership(reader, "messages"), messages);
        QCOMPARE(mergedInto(reader, whatsappCustomer_), std::nullopt);
    }

    void aMergeReachesTheBackendThatKnowsBothContacts()
    {
        StoreReader &reader = store_->reader();
        // Across two connectors there is nothing a backend could merge.
        const qint64 across = await(CustomerMerge::merge(*store_, emailCustomer_, whatsappCustomer_,
                                                         std::nullopt, QStringLiteral("agent")));
        QCOMPARE(StoreTestAccess::database(reader).queryInt64("SELECT count(*) FROM outbox"), 0);
        await(CustomerMerge::unmerge(*store_, across));

        // The same person twice in the WhatsApp backend: under another contact with another number.
        IngestBatch twin =
            backendBatch(QStringLiteral("chatwoot"), Channel::WhatsApp,
                         {IdentityKind::Phone, QStringLiteral("+4915199887766"), {}, {}}, kT0 + 7'200'000);
        twin.customers.first().remoteId = QStringLiteral("contact-8");
        twin.conversations.first().remoteId = QStringLiteral("conv-2");
        twin.conversations.first().customerRemoteId = QStringLiteral("contact-8");
        twin.messages.clear();
        await(store_->ingest(twin));
        auto q = StoreTestAccess::database(reader).prepare(
            "SELECT customer_id FROM identities WHERE value = 'contact-8'");
        QVERIFY(q.step());
        const qint64 twinCustomer = q.int64(0);
        q.run();
        QVERIFY(twinCustomer != whatsappCustomer_);

        const qint64 mergeId = await(CustomerMerge::merge(*store_, whatsappCustomer_, twinCustomer,
                                                          std::nullopt, QStringLiteral("agent")));
        const QList<OutboxEntry> due = reader.outbox().deliverable(nowUtcMillis() + 1000);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().kind, QStringLiteral("merge_contacts"));
        const auto action = std::get<MergeContacts>(
            *actions::decodePayload(due.first().kind, due.first().accountId, 0, due.first().payload));
        QCOMPARE(action.survivorContactRemoteId, QStringLiteral("contact-7"));
        QCOMPARE(action.mergedContactRemoteId, QStringLiteral("contact-8"));
        QCOMPARE(action.mergeId, mergeId);
        QCOMPARE(due.first().accountId, StoreTestAccess::database(reader).queryInt64(
                                            "SELECT id FROM accounts WHERE connector = 'chatwoot'"));

        // Undone before it was sent: the backend never hears of it.
        await(CustomerMerge::unmerge(*store_, mergeId));
        QCOMPARE(StoreTestAccess::database(reader).queryInt64("SELECT count(*) FROM outbox"), 0);

        // Undone after it was delivered: the backend keeps its merge, Kontor splits the customer anyway.
        const qint64 again = await(CustomerMerge::merge(*store_, whatsappCustomer_, twinCustomer,
                                                        std::nullopt, QStringLiteral("agent")));
        const QString uuid = reader.outbox().deliverable(nowUtcMillis() + 1000).first().uuid;
        QVERIFY(await(store_->transitionOutbox({.uuid = uuid, .to = OutboxState::Sending})));
        await(CustomerMerge::unmerge(*store_, again));
        QCOMPARE(reader.outbox().entry(uuid)->state, OutboxState::Sending);
        QCOMPARE(mergedInto(reader, twinCustomer), std::nullopt);
    }

    void whatArrivedAfterTheMergeStaysWithTheSurvivor()
    {
        StoreReader &reader = store_->reader();
        const qint64 mergeId = await(CustomerMerge::merge(*store_, emailCustomer_, whatsappCustomer_,
                                                          std::nullopt, QStringLiteral("agent")));
        IngestBatch later;
        later.account = {QStringLiteral("demo"), QStringLiteral("demo-account"), QStringLiteral("demo")};
        later.customers.append({QStringLiteral("contact-7"),
                                QStringLiteral("Anna Berg"),
                                {{IdentityKind::Email, QStringLiteral("anna.berg@work.example"), {}, {}}}});
        await(store_->ingest(later));
        await(CustomerMerge::unmerge(*store_, mergeId));
        auto q =
            StoreTestAccess::database(reader).prepare("SELECT customer_id FROM identities WHERE value = ?");
        q.bind(1, QStringLiteral("anna.berg@work.example"));
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), emailCustomer_);
    }

    void refusalsChangeNothing()
    {
        StoreReader &reader = store_->reader();
        const auto identities = ownership(reader, "identities");
        auto mergeSelf = [&] {
            await(CustomerMerge::merge(*store_, emailCustomer_, emailCustomer_, {}, {}));
        };
        auto mergeMissing = [&] { await(CustomerMerge::merge(*store_, emailCustomer_, 999'999, {}, {})); };
        auto unmergeMissing = [&] { await(CustomerMerge::unmerge(*store_, 424'242)); };
        QCOMPARE(refusal(mergeSelf), QStringLiteral("A customer cannot be merged with themselves."));
        QCOMPARE(refusal(mergeMissing), QStringLiteral("One of the customers no longer exists."));
        QCOMPARE(refusal(unmergeMissing), QStringLiteral("This merge does not exist."));
        QCOMPARE(ownership(reader, "identities"), identities);

        const qint64 mergeId =
            await(CustomerMerge::merge(*store_, emailCustomer_, whatsappCustomer_, {}, {}));
        auto mergeAgain = [&] {
            await(CustomerMerge::merge(*store_, whatsappCustomer_, emailCustomer_, {}, {}));
        };
        QCOMPARE(refusal(mergeAgain),
                 QStringLiteral("One of the customers has already been merged into another."));
        await(CustomerMerge::unmerge(*store_, mergeId));
        auto undoTwice = [&] { await(CustomerMerge::unmerge(*store_, mergeId)); };
        QCOMPARE(refusal(undoTwice), QStringLiteral("This merge has already been undone."));
        QCOMPARE(ownership(reader, "identities"), identities);
    }

    void mergesAreUndoneInAnyOrder()
    {
        IngestBatch third =
            backendBatch(QStringLiteral("sms"), Channel::Sms,
                         {IdentityKind::Phone, QStringLiteral("+4530123456"), {}, {}}, kT0 + 7'200'000);
        await(store_->ingest(third));
        StoreReader &reader = store_->reader();
        const qint64 smsCustomer = customerOf(reader, QStringLiteral("sms"));
        const auto identities = ownership(reader, "identities");
        const auto messages = ownership(reader, "messages");
        // The WhatsApp customer joins the SMS one, and that one then the email customer: the first join's
        // rows travel on with the second.
        const qint64 first = await(CustomerMerge::merge(*store_, smsCustomer, whatsappCustomer_, {}, {}));
        const qint64 second = await(CustomerMerge::merge(*store_, emailCustomer_, smsCustomer, {}, {}));
        await(CustomerMerge::unmerge(*store_, first));
        QCOMPARE(mergedInto(reader, whatsappCustomer_), std::nullopt);
        QCOMPARE(mergedInto(reader, smsCustomer), emailCustomer_);
        QCOMPARE(customerOf(reader, QStringLiteral("chatwoot")), whatsappCustomer_);
        QCOMPARE(customerOf(reader, QStringLiteral("sms")), emailCustomer_);
        await(CustomerMerge::unmerge(*store_, second));
        QCOMPARE(mergedInto(reader, smsCustomer), std::nullopt);
        QCOMPARE(ownership(reader, "identities"), identities);
        QCOMPARE(ownership(reader, "messages"), messages);
    }

    void attributesFollowTheMergeAndComeBackExactly()
    {
        StoreReader &reader = store_->reader();
        await(store_->ingest(attributeBatch(QStringLiteral("demo"), QStringLiteral("contact-7"),
                                            {attribute("plan", "Basis"), attribute("city", "Berlin")})));
        await(store_->ingest(attributeBatch(QStringLiteral("chatwoot"), QStringLiteral("contact-7"),
                                            {attribute("plan", "Premium"), attribute("vip", "true")})));
        const QStringList before = attributeOwnership(reader);
        QCOMPARE(before.size(), 4);

        const qint64 mergeId = await(CustomerMerge::merge(*store_, emailCustomer_, whatsappCustomer_,
                                                          std::nullopt, QStringLiteral("agent")));
        // Different accounts never collide: everything moves.
        for (const CustomerAttributeRow &row : reader.directory().customerAttributes(emailCustomer_))
            QCOMPARE(row.customerId, emailCustomer_);
        QCOMPARE(reader.directory().customerAttributes(emailCustomer_).size(), 4);
        QVERIFY(reader.directory().customerAttributes(whatsappCustomer_).isEmpty());

        await(CustomerMerge::unmerge(*store_, mergeId));
        QCOMPARE(attributeOwnership(reader), before);
    }

    void attributesOfTheSameAccountKeepTheSurvivorsWord()
    {
        StoreReader &reader = store_->reader();
        await(store_->ingest(attributeBatch(QStringLiteral("chatwoot"), QStringLiteral("contact-7"),
                                            {attribute("plan", "Premium")})));
        // The same person twice in one backend, which says another plan and a city for the twin.
        IngestBatch twin =
            backendBatch(QStringLiteral("chatwoot"), Channel::WhatsApp,
                         {IdentityKind::Phone, QStringLiteral("+4915199887766"), {}, {}}, kT0 + 7'200'000);
        twin.customers.first().remoteId = QStringLiteral("contact-8");
        twin.customers.first().attributes =
            QList<AttributeRecord>{attribute("plan", "Plus"), attribute("city", "Kiel")};
        twin.conversations.first().remoteId = QStringLiteral("conv-2");
        twin.conversations.first().customerRemoteId = QStringLiteral("contact-8");
        twin.messages.clear();
        await(store_->ingest(twin));
        auto q = StoreTestAccess::database(reader).prepare(
            "SELECT customer_id FROM identities WHERE value = 'contact-8'");
        QVERIFY(q.step());
        const qint64 twinCustomer = q.int64(0);
        q.run();
        const QStringList before = attributeOwnership(reader);

        const qint64 mergeId = await(CustomerMerge::merge(*store_, whatsappCustomer_, twinCustomer,
                                                          std::nullopt, QStringLiteral("agent")));
        QStringList survivor;
        for (const CustomerAttributeRow &row : reader.directory().customerAttributes(whatsappCustomer_))
            survivor.append(row.key + u'=' + row.value);
        QCOMPARE(survivor, (QStringList{QStringLiteral("plan=Premium"), QStringLiteral("city=Kiel")}));
        QCOMPARE(reader.directory().customerAttributes(twinCustomer).size(), 1); // its own plan stayed
        QCOMPARE(StoreTestAccess::database(reader).queryInt64(
                     "SELECT count(*) FROM customer_merge_items WHERE item_kind = 'attribute'"),
                 1);

        await(CustomerMerge::unmerge(*store_, mergeId));
        QCOMPARE(attributeOwnership(reader), before);
    }

    void anAttributeUpdatedDuringTheMergeGoesBackWithItsNewValue()
    {
        StoreReader &reader = store_->reader();
        await(store_->ingest(attributeBatch(QStringLiteral("chatwoot"), QStringLiteral("contact-7"),
                                            {attribute("plan", "Premium"), attribute("vip", "true")})));
        const qint64 mergeId = await(CustomerMerge::merge(*store_, emailCustomer_, whatsappCustomer_,
                                                          std::nullopt, QStringLiteral("agent")));
        // The merged contact's backend syncs it while it is merged: a new plan, the VIP flag gone.
        await(store_->ingest(attributeBatch(QStringLiteral("chatwoot"), QStringLiteral("contact-7"),
                                            {attribute("plan", "Plus")})));
        await(CustomerMerge::unmerge(*store_, mergeId));
        // The contact id went back, and so did what its backend says; nothing stays with the survivor.
        QVERIFY(reader.directory().customerAttributes(emailCustomer_).isEmpty());
        const QList<CustomerAttributeRow> back = reader.directory().customerAttributes(whatsappCustomer_);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().value, QStringLiteral("Plus"));
    }

    void timelineSpansChannelsAndMarksTheSwitch()
    {
        await(CustomerMerge::merge(*store_, emailCustomer_, whatsappCustomer_, {}, {}));
        CustomerTimeline timeline(store_->reader(), emailCustomer_);
        const TimelinePage page = timeline.latest(50);
        QCOMPARE(page.entries.size(), 4);
        QStringList channels;
        for (const TimelineEntry &entry : page.entries)
            channels.append(channelKey(entry.message.channel));
        QCOMPARE(channels, (QStringList{QStringLiteral("email"), QStringLiteral("email"),
                                        QStringLiteral("whatsapp"), QStringLiteral("whatsapp")}));
        for (qsizetype i = 1; i < page.entries.size(); ++i)
            QVERIFY(page.entries[i - 1].message.createdAt <= page.entries[i].message.createdAt);
        QVERIFY(!page.entries[1].channelSwitch);
        QVERIFY(page.entries[2].channelSwitch);
        QCOMPARE(page.entries[2].previousChannel, Channel::Email);
        QVERIFY(!page.older);

        const TimelineSummary summary = timeline.summary();
        QCOMPARE(summary.messagesPerChannel.value(Channel::Email), 2);
        QCOMPARE(summary.messagesPerChannel.value(Channel::WhatsApp), 2);
        QCOMPARE(summary.lastContactedVia, Channel::WhatsApp);
        QCOMPARE(summary.lastContactedAt, kT0 + 3'600'000);
    }

    void timelinePagesBothWaysWithoutGapsOrRepeats()
    {
        await(CustomerMerge::merge(*store_, emailCustomer_, whatsappCustomer_, {}, {}));
        CustomerTimeline timeline(store_->reader(), emailCustomer_);
        TimelinePage page = timeline.latest(1);
        QList<qint64> backwards{page.entries.first().message.id};
        while (page.older) {
            page = timeline.olderThan(*page.older, 1);
            QCOMPARE(page.entries.size(), 1);
            backwards.prepend(page.entries.first().message.id);
        }
        QCOMPARE(backwards.size(), 4);
        // The switch is marked even when the page holds only the row after it.
        page = timeline.latest(4);
        const MessageCursor start = page.entries.first().message.cursor();
        QList<qint64> forwards{page.entries.first().message.id};
        std::optional<MessageCursor> next = start;
        bool sawSwitch = false;
        while (next) {
            TimelinePage step = timeline.newerThan(*next, 1);
            if (step.entries.isEmpty())
                break;
            forwards.append(step.entries.first().message.id);
            sawSwitch = sawSwitch || step.entries.first().channelSwitch;
            next = step.entries.last().message.cursor();
        }
        QCOMPARE(forwards, backwards);
        QVERIFY(sawSwitch);
    }
};

QTEST_GUILESS_MAIN(TestIdentityMerge)
#include "tst_identity_merge.moc"
