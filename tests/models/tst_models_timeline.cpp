// The timeline of a conversation and of a customer across channels: day separators, switch markers, older
// pages on request, and live messages, delivery states and confirmations from the store.
#include "WorkspaceFixture.h"
#include "models/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::models;
using namespace Qt::StringLiterals;

namespace {
constexpr UtcMillis kNow = 1'760'000'000'000;

QList<qint64> messageIds(const TimelineModel &model)
{
    QList<qint64> ids;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.itemAt(i).kind == TimelineItem::Kind::Message)
            ids.append(model.itemAt(i).message.id);
    }
    return ids;
}

int countKind(const TimelineModel &model, TimelineItem::Kind kind)
{
    int n = 0;
    for (int i = 0; i < model.rowCount(); ++i)
        n += model.itemAt(i).kind == kind ? 1 : 0;
    return n;
}
} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Store> store_;
    int run_ = 0;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { store_ = fixture::openFilledStore(dir_.path() + u"/run-%1"_s.arg(++run_), kNow); }
    void cleanup() { store_.reset(); }

    void showsAConversationOldestFirst()
    {
        TimelineModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 featured = fixture::conversationId(*store_, u"featured"_s);
        model.showConversation(featured);
        QCOMPARE(model.mode(), TimelineModel::Mode::Conversation);
        QCOMPARE(model.messageCount(), 9);
        QCOMPARE(model.itemAt(0).kind, TimelineItem::Kind::DaySeparator);
        QVERIFY(countKind(model, TimelineItem::Kind::DaySeparator) >= 3); // two days ago, yesterday, today
        const QList<qint64> ids = messageIds(model);
        for (qsizetype i = 1; i < ids.size(); ++i) {
            const MessageRow a = *store_->reader().messages().message(ids[i - 1]);
            const MessageRow b = *store_->reader().messages().message(ids[i]);
            QVERIFY(a.createdAt <= b.createdAt);
        }
        // The email came with two attachments.
        const int first = model.rowOfMessage(ids.first());
        QCOMPARE(model.index(first).data(TimelineModel::AttachmentsRole).toStringList().size(), 2);
        QVERIFY(model.index(first)
                    .data(TimelineModel::AttachmentsRole)
                    .toStringList()
                    .first()
                    .startsWith(u"IMG_2041.jpg"_s));
        QCOMPARE(model.index(first).data(TimelineModel::BodyFormatRole).toInt(), int(BodyFormat::Html));
        // Separators cannot be selected; messages can.
        QCOMPARE(model.index(0).flags() & Qt::ItemIsSelectable, Qt::ItemFlags());
        QVERIFY(model.index(first).flags() & Qt::ItemIsSelectable);
    }

    void readsOlderPagesOnRequest()
    {
        TimelineModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        model.showConversation(fixture::conversationId(*store_, u"featured"_s));
        QCOMPARE(model.messageCount(), 3);
        QVERIFY(model.canFetchOlder());
        QVERIFY(!model.canFetchMore({})); // views fetch at the bottom; older history is at the top
        const QList<qint64> newest = messageIds(model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(model.fetchOlder() > 0);
        QCOMPARE(model.messageCount(), 6);
        QCOMPARE(messageIds(model).mid(3), newest); // the newer rows stayed, the older came on top
        QVERIFY(!inserted.isEmpty());
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        while (model.canFetchOlder())
            model.fetchOlder();
        QCOMPARE(model.messageCount(), 9);
    }

    void revealsAMessageFarBack()
    {
        TimelineModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        const qint64 featured = fixture::conversationId(*store_, u"featured"_s);
        model.showConversation(featured);
        const qint64 first = store_->reader()
                                 .messages()
                                 .conversationMessages(featured, std::nullopt, PageDirection::Newer, 1)
                                 .rows.first()
                                 .id;
        QCOMPARE(model.rowOfMessage(first), -1);
        const int row = model.revealMessage(first);
        QVERIFY(row >= 0);
        QCOMPARE(model.itemAt(row).message.id, first);
        QCOMPARE(model.revealMessage(999999), -1);
    }

    void followsSendingAndDelivery()
    {
        TimelineModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 featured = fixture::conversationId(*store_, u"featured"_s);
        model.showConversation(featured);
        const int before = model.messageCount();
        QSignalSpy newest(&model, &TimelineModel::newestArrived);
        const ActionReceipt receipt = fixture::await(store_->apply(
            SendMessage{featured, u"Yes, the courier takes it back."_s, BodyFormat::Plain, false, {}}));
        QCOMPARE(model.messageCount(), before + 1);
        QCOMPARE(newest.size(), 1);
        const int row = model.rowOfMessage(*receipt.messageId);
        QCOMPARE(row, model.rowCount() - 1);
        QCOMPARE(model.index(row).data(TimelineModel::DeliveryStateRole).toInt(), int(DeliveryState::Queued));
        QCOMPARE(model.index(row).data(TimelineModel::ClientUuidRole).toString(), receipt.uuid);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        fixture::await(store_->transitionOutbox({receipt.uuid, OutboxState::Sending, 0, {}, {}}));
        fixture::await(store_->transitionOutbox({receipt.uuid, OutboxState::Failed, 0, u"HTTP 502"_s, {}}));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(model.rowOfMessage(*receipt.messageId))
                     .data(TimelineModel::DeliveryStateRole)
                     .toInt(),
                 int(DeliveryState::Failed));

        // Messages of other conversations never show up here.
        const qint64 lars = fixture::conversationId(*store_, u"lars-sms"_s);
        fixture::await(store_->apply(SendMessage{lars, u"Hej Lars"_s, BodyFormat::Plain, false, {}}));
        QCOMPARE(model.messageCount(), before + 1);
    }

    void filesSentAreNeverOpenedFromAClearCopy()
    {
        TimelineModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 featured = fixture::conversationId(*store_, u"featured"_s);
        model.showConversation(featured);
        const QString original = dir_.path() + u"/return-label-%1.pdf"_s.arg(run_);
        {
            QFile file(original);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4 return label");
        }
        SendMessage reply{featured, u"The return label is attached."_s, BodyFormat::Plain, false, {}};
        reply.attachments.append({original, {}, {}, 0});
        const ActionReceipt receipt = fixture::await(store_->apply(reply));
        const QModelIndex row = model.index(model.rowOfMessage(*receipt.messageId));
        QCOMPARE(row.data(TimelineModel::AttachmentsRole).toStringList().size(), 1);
        QVERIFY(
            row.data(TimelineModel::AttachmentsRole).toStringList().first().startsWith(u"return-label"_s));
        // The store keeps the file's bytes inside, encrypted, until the backend has it: there is nothing to
        // open on disk, and the chip says so with an empty target (the backend's address comes with its
        // copy).
        const QStringList targets = row.data(TimelineModel::AttachmentTargetsRole).toStringList();
        QCOMPARE(targets, QStringList{QString()});
        // A message without files has nothing to open.
        QVERIFY(model.index(0).data(TimelineModel::AttachmentTargetsRole).toStringList().isEmpty());
    }

    void showsACustomerAcrossChannels()
    {
        TimelineModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 featured = fixture::conversationId(*store_, u"featured"_s);
        const qint64 anna = store_->reader().inbox().conversation(featured)->customerId;
        model.setPageSize(100);
        model.showCustomer(anna);
        QCOMPARE(model.mode(), TimelineModel::Mode::Customer);
        QSet<Channel> channels;
        QSet<qint64> conversations;
        for (int i = 0; i < model.rowCount(); ++i) {
            const TimelineItem &item = model.itemAt(i);
            if (item.kind == TimelineItem::Kind::Message) {
                channels.insert(item.message.channel);
                conversations.insert(item.message.conversationId);
            }
        }
        QVERIFY(channels.contains(Channel::Email) && channels.contains(Channel::WhatsApp) &&
                channels.contains(Channel::WebChat) && channels.contains(Channel::Telegram));
        QVERIFY(conversations.size() >= 4); // both connector accounts
        QVERIFY(countKind(model, TimelineItem::Kind::ChannelSwitch) >= 3);
        // Every switch marker sits right before a message on another channel than the one it names.
        for (int i = 0; i < model.rowCount(); ++i) {
            const TimelineItem &item = model.itemAt(i);
            if (item.kind != TimelineItem::Kind::ChannelSwitch)
                continue;
            QVERIFY(i + 1 < model.rowCount());
            QCOMPARE(model.itemAt(i + 1).message.id, item.message.id);
            QVERIFY(item.previousChannel != item.message.channel);
        }
        // A message in any of her conversations appears.
        const int before = model.messageCount();
        fixture::await(store_->apply(SendMessage{
            fixture::conversationId(*store_, u"anna-chat"_s), u"Hi Anna!"_s, BodyFormat::Plain, false, {}}));
        QCOMPARE(model.messageCount(), before + 1);
    }

    void layoutMarksDaysAndSwitches()
    {
        MessageRow a;
        a.id = 1;
        a.channel = Channel::Email;
        a.createdAt = kNow - 2 * 24 * 3600 * 1000;
        MessageRow activity = a;
        activity.id = 2;
        activity.kind = MessageKind::Activity;
        activity.channel = Channel::Api;
        activity.createdAt = a.createdAt + 1000;
        MessageRow b = a;
        b.id = 3;
        b.channel = Channel::WhatsApp;
        b.createdAt = a.createdAt + 2000;
        MessageRow c = b;
        c.id = 4;
        c.createdAt = kNow;
        const QList<TimelineItem> items = layoutTimeline({a, activity, b, c}, {}, true, std::nullopt);
        QList<TimelineItem::Kind> kinds;
        for (const TimelineItem &item : items)
            kinds.append(item.kind);
        using K = TimelineItem::Kind;
        QCOMPARE(kinds, (QList<K>{K::DaySeparator, K::Message, K::Message, K::ChannelSwitch, K::Message,
                                  K::DaySeparator, K::Message}));
        QCOMPARE(items[3].previousChannel, Channel::Email);
        // The first message starts a switch when its neighbour outside the list was elsewhere.
        const QList<TimelineItem> continued = layoutTimeline({b}, {}, true, Channel::Sms);
        QCOMPARE(continued[1].kind, K::ChannelSwitch);
        QCOMPARE(continued[1].previousChannel, Channel::Sms);
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_models_timeline.moc"
