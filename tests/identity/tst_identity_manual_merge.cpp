// An agent merges two customers the rules kept apart: a preview of what moves, the merge itself with the
// backend asked where it knows both contacts, and the refusals.
#include "IdentityTestWorld.h"
#include "identity/CustomerMerge.h"
#include "store/StoreTestAccess.h"
#include "store/actions/ActionPayload.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::testing;
using namespace Qt::StringLiterals;

class TestIdentityManualMerge : public QObject
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
        // A household number: suggested, not joined.
        await(store_->ingest(contactBatch(u"demo"_s, u"c1"_s, u"Harry Khan"_s,
                                          {email(u"harry@khan.example"_s), phone(u"+447700900123"_s)})));
        await(store_->ingest(contactBatch(u"demo"_s, u"c2"_s, u"Oscar Walker"_s,
                                          {email(u"hkw@mail.example"_s), phone(u"+447700900123"_s)})));
        await(store_->ingest(
            contactBatch(u"chatwoot"_s, u"9"_s, u"Harry Khan"_s, {handle(Channel::Telegram, u"@harryk"_s)})));
        harry_ = customerOfContact(store_->reader(), u"demo"_s, u"c1"_s);
        other_ = customerOfContact(store_->reader(), u"demo"_s, u"c2"_s);
        telegram_ = customerOfContact(store_->reader(), u"chatwoot"_s, u"9"_s);
        QVERIFY(harry_ != other_ && harry_ != telegram_);
    }
    void cleanup() { store_.reset(); }

    void previewSaysWhatMoves()
    {
        StoreReader &reader = store_->reader();
        const joins::JoinPreview preview = CustomerMerge::preview(reader, harry_, other_);
        QCOMPARE(preview.conversations, 1);
        QCOMPARE(preview.identities, 2); // the contact and the address; the shared number is Harry's already
        QCOMPARE(preview.backendsAsked, QStringList{u"demo"_s});
        const joins::JoinPreview acrossBackends = CustomerMerge::preview(reader, harry_, telegram_);
        QVERIFY(acrossBackends.backendsAsked.isEmpty());
        // Nothing was changed by looking.
        QCOMPARE(customerOfContact(reader, u"demo"_s, u"c2"_s), other_);
    }

    void mergeJoinsTimelinesAndAsksTheBackend()
    {
        StoreReader &reader = store_->reader();
        const qint64 mergeId = await(CustomerMerge::merge(*store_, harry_, other_, std::nullopt, u"agent"_s));
        QCOMPARE(customerOfConversation(reader, u"conv-c2"_s), harry_);
        QCOMPARE(reader.directory().customer(harry_)->name, u"Harry Khan"_s);
        // The suggestion that led here is settled.
        QCOMPARE(StoreTestAccess::database(reader).queryInt64(
                     "SELECT count(*) FROM merge_suggestions WHERE state = 'open'"),
                 0);
        const QList<OutboxEntry> due = reader.outbox().deliverable(kWorldT0 * 2);
        QCOMPARE(due.size(), 1);
        const auto action =
            actions::decodePayload(due.first().kind, due.first().accountId, 0, due.first().payload);
        QVERIFY(action);
        const auto &merge = std::get<MergeContacts>(*action);
        QCOMPARE(merge.survivorContactRemoteId, u"c1"_s);
        QCOMPARE(merge.mergedContactRemoteId, u"c2"_s);
        QCOMPARE(merge.mergeId, mergeId);

        // Across backends there is nothing to ask: local only.
        await(CustomerMerge::merge(*store_, harry_, telegram_, std::nullopt, u"agent"_s));
        QCOMPARE(reader.outbox().deliverable(kWorldT0 * 2).size(), 1);
        QCOMPARE(customerOfConversation(reader, u"conv-9"_s), harry_);
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("self") << 0 << u"A customer cannot be merged with themselves."_s;
        QTest::newRow("missing") << 1 << u"One of the customers no longer exists."_s;
        QTest::newRow("already merged")
            << 2 << u"One of the customers has already been merged into another."_s;
    }

    void refusalsChangeNothing()
    {
        QFETCH(int, what);
        QFETCH(QString, message);
        StoreReader &reader = store_->reader();
        if (what == 2)
            await(CustomerMerge::merge(*store_, harry_, telegram_, std::nullopt, u"agent"_s));
        const auto identities = ownership(reader, "identities");
        const auto conversations = ownership(reader, "conversations");
        QString refusal;
        try {
            const qint64 merged = what == 0 ? harry_ : what == 1 ? 999'999 : telegram_;
            await(
                CustomerMerge::merge(*store_, what == 2 ? other_ : harry_, merged, std::nullopt, u"agent"_s));
        } catch (const MergeRefused &refused) {
            refusal = refused.message();
        }
        QCOMPARE(refusal, message);
        QCOMPARE(ownership(reader, "identities"), identities);
        QCOMPARE(ownership(reader, "conversations"), conversations);
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    qint64 harry_ = 0;
    qint64 other_ = 0;
    qint64 telegram_ = 0;
};

QTEST_GUILESS_MAIN(TestIdentityManualMerge)
#include "tst_identity_manual_merge.moc"
