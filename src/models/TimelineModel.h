#pragma once

#include "models/TimelineItem.h"

#include <QAbstractListModel>
#include <optional>

namespace kontor {
class ChangeSet;
class Store;
} // namespace kontor

namespace kontor::models {

// The messages of one conversation, or of one customer across every conversation and channel, oldest first,
// with day separators and (across channels) switch markers between them. It opens at the newest page; older
// pages are read on request (fetchOlder, when the view scrolls to the top: canFetchMore stays false because
// views fetch more at the bottom, where the newest messages are). Follows the store's change notifications:
// new messages appear, delivery states and confirmed copies replace what is shown.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ItemKindRole = Qt::UserRole + 1, // int(TimelineItem::Kind)
        MessageIdRole,
        MessageKindRole, // int(MessageKind)
        ConversationIdRole,
        ChannelRole,         // int(Channel)
        PreviousChannelRole, // int(Channel), for switch markers
        AuthorNameRole,
        BodyRole,
        BodyFormatRole,    // int(BodyFormat)
        CreatedAtRole,     // UtcMillis
        DeliveryStateRole, // int(DeliveryState)
        ClientUuidRole,    // the outbox entry of a message sent from here
        AttachmentsRole,   // QStringList
        DayRole,           // QDate, for day separators
        MessageRowRole,    // the whole MessageRow
        DeliveryErrorRole, // why a failed message was not delivered, as its backend said
        // Message: per attachment, where to open it: the backend's http(s) URL; an empty string when there is
        // none (yet). Read when asked, not while painting.
        AttachmentTargetsRole,
        InteractionRole, // QByteArray: MessageInteraction::toJson(), empty for an ordinary message
    };
    Q_ENUM(Role)

    enum class Mode
    {
        Empty,
        Conversation,
        Customer,
    };

    explicit TimelineModel(Store &store, QObject *parent = nullptr);
    ~TimelineModel() override;

    void showConversation(qint64 conversationId);
    void showCustomer(qint64 customerId);
    void clear();
    Mode mode() const { return mode_; }
    qint64 conversationId() const { return conversationId_; }
    qint64 customerId() const { return customerId_; }
    void setPageSize(int messages) { pageSize_ = qMax(1, messages); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool canFetchOlder() const { return hasOlder_; }
    // Reads the page before the oldest message held; returns how many rows were added at the top.
    int fetchOlder();
    // The store holds nothing older: asks (olderHistoryWanted) for the conversations shown to be paged in
    // from their backends. What arrives comes in at the top through the store's notifications.
    void askForOlderHistory();
    const TimelineItem &itemAt(int row) const { return items_.at(row); }
    int rowOfMessage(qint64 messageId) const;
    // Reads older pages until the message is held (it must be of this timeline); returns its row or -1.
    int revealMessage(qint64 messageId);
    int messageCount() const { return int(messages_.size()); }

Q_SIGNALS:
    // Messages newer than every message held arrived (the view may follow them down).
    void newestArrived();
    // The agent reached the oldest message the store holds; older history of these conversations is wanted.
    void olderHistoryWanted(const QList<qint64> &conversationIds);

private:
    void load();
    void readOlderPage(int limit);
    void onStoreChanged(const ChangeSet &changes);
    bool belongs(const MessageRow &row) const;
    void readAttachments(const MessageRow &row);
    void relayout();
    QString deliveryError(const MessageRow &row) const;

    Store &store_;
    Mode mode_ = Mode::Empty;
    qint64 conversationId_ = 0;
    qint64 customerId_ = 0;
    int pageSize_ = 40;
    QList<MessageRow> messages_; // oldest first
    QHash<qint64, QStringList> attachments_;
    std::optional<Channel> channelBeforeFirst_;
    bool hasOlder_ = false;
    QList<TimelineItem> items_;
    // Failure reasons by outbox uuid, read when first painted; forgotten whenever the outbox changes.
    mutable QHash<QString, QString> deliveryErrors_;
};

} // namespace kontor::models
