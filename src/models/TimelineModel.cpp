#include "models/TimelineModel.h"

#include "identity/CustomerTimeline.h"
#include "models/AccessibleText.h"
#include "store/Store.h"

#include <QLocale>
#include <QUrl>
#include <algorithm>
#include <tuple>

namespace kontor::models {

namespace {
// More changed messages than this in one commit: reading the timeline again is cheaper than one by one.
constexpr qsizetype kReloadThreshold = 400;
// revealMessage reads at most this many messages back.
constexpr int kRevealLimit = 5000;

bool cursorBefore(const MessageCursor &a, const MessageCursor &b)
{
    return std::tie(a.createdAt, a.id) < std::tie(b.createdAt, b.id);
}

// The fields a view shows: a row whose key stays but whose content differs is repainted.
bool sameContent(const TimelineItem &a, const TimelineItem &b)
{
    const MessageRow &x = a.message;
    const MessageRow &y = b.message;
    return a.attachments == b.attachments && a.previousChannel == b.previousChannel && x.body == y.body &&
           x.deliveryState == y.deliveryState && x.authorName == y.authorName && x.remoteId == y.remoteId &&
           x.channel == y.channel && x.kind == y.kind && x.attachmentCount == y.attachmentCount;
}
} // namespace

TimelineModel::TimelineModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , store_(store)
{
    connect(&store_, &Store::changed, this, &TimelineModel::onStoreChanged);
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::showConversation(qint64 conversationId)
{
    mode_ = Mode::Conversation;
    conversationId_ = conversationId;
    customerId_ = 0;
    if (const auto row = store_.reader().inbox().conversation(conversationId))
        customerId_ = row->customerId;
    load();
}

void TimelineModel::showCustomer(qint64 customerId)
{
    mode_ = Mode::Customer;
    customerId_ = customerId;
    conversationId_ = 0;
    load();
}

void TimelineModel::clear()
{
    beginResetModel();
    mode_ = Mode::Empty;
    conversationId_ = customerId_ = 0;
    messages_.clear();
    attachments_.clear();
    items_.clear();
    hasOlder_ = false;
    channelBeforeFirst_.reset();
    endResetModel();
}

void TimelineModel::load()
{
    beginResetModel();
    messages_.clear();
    attachments_.clear();
    channelBeforeFirst_.reset();
    hasOlder_ = true;
    readOlderPage(pageSize_);
    items_ = layoutTimeline(messages_, attachments_, mode_ == Mode::Customer, channelBeforeFirst_);
    endResetModel();
}

void TimelineModel::readOlderPage(int limit)
{
    if (mode_ == Mode::Empty || !hasOlder_)
        return;
    const std::optional<MessageCursor> from =
        messages_.isEmpty() ? std::nullopt : std::optional<MessageCursor>(messages_.first().cursor());
    QList<MessageRow> older;
    if (mode_ == Mode::Conversation) {
        MessagePage page = store_.reader().messages().conversationMessages(conversationId_, from,
                                                                           PageDirection::Older, limit);
        hasOlder_ = page.next.has_value();
        older = std::move(page.rows);
        std::reverse(older.begin(), older.end());
    } else {
        CustomerTimeline timeline(store_.reader(), customerId_);
        TimelinePage page = from ? timeline.olderThan(*from, limit) : timeline.latest(limit);
        hasOlder_ = page.older.has_value();
        for (TimelineEntry &entry : page.entries)
            older.append(std::move(entry.message));
        if (!page.entries.isEmpty()) {
            channelBeforeFirst_ =
                page.entries.first().channelSwitch ? page.entries.first().previousChannel : std::nullopt;
        }
    }
    for (const MessageRow &row : std::as_const(older))
        readAttachments(row);
    older.append(messages_);
    messages_ = std::move(older);
}

void TimelineModel::readAttachments(const MessageRow &row)
{
    if (row.attachmentCount <= 0) {
        attachments_.remove(row.id);
        return;
    }
    QStringList lines;
    const QLocale locale;
    for (const AttachmentRow &attachment : store_.reader().messages().attachments(row.id)) {
        QString line = attachment.fileName.isEmpty() ? tr("Unnamed file") : attachment.fileName;
        if (attachment.sizeBytes)
            line += QStringLiteral(" (") + locale.formattedDataSize(*attachment.sizeBytes) + u')';
        lines.append(line);
    }
    attachments_.insert(row.id, lines);
}

int TimelineModel::fetchOlder()
{
    if (!hasOlder_)
        return 0;
    const qsizetype before = items_.size();
    readOlderPage(pageSize_);
    relayout();
    return int(items_.size() - before);
}

void TimelineModel::askForOlderHistory()
{
    if (hasOlder_)
        return;
    if (mode_ == Mode::Conversation)
        Q_EMIT olderHistoryWanted({conversationId_});
    else if (mode_ == Mode::Customer) {
        QList<qint64> conversations;
        for (const ConversationRow &row : store_.reader().inbox().conversationsOfCustomer(customerId_, 1000))
            conversations.append(row.id);
        Q_EMIT olderHistoryWanted(conversations);
    }
}

int TimelineModel::rowOfMessage(qint64 messageId) const
{
    for (qsizetype i = items_.size() - 1; i >= 0; --i) {
        if (items_[i].kind == TimelineItem::Kind::Message && items_[i].message.id == messageId)
            return int(i);
    }
    return -1;
}

int TimelineModel::revealMessage(qint64 messageId)
{
    if (const int row = rowOfMessage(messageId); row >= 0)
        return row;
    const std::optional<MessageRow> target = store_.reader().messages().message(messageId);
    if (!target || !belongs(*target))
        return -1;
    while (hasOlder_ && messages_.size() < kRevealLimit &&
           (messages_.isEmpty() || cursorBefore(target->cursor(), messages_.first().cursor())))
        readOlderPage(200);
    relayout();
    return rowOfMessage(messageId);
}

bool TimelineModel::belongs(const MessageRow &row) const
{
    switch (mode_) {
    case Mode::Conversation:
        return row.conversationId == conversationId_;
    case Mode::Customer:
        return row.customerId == customerId_;
    case Mode::Empty:
        break;
    }
    return false;
}

void TimelineModel::onStoreChanged(const ChangeSet &changes)
{
    if (changes.touches(StoreTable::Outbox) && !deliveryErrors_.isEmpty()) {
        deliveryErrors_.clear();
        for (qsizetype i = 0; i < items_.size(); ++i) {
            if (items_[i].kind == TimelineItem::Kind::Message &&
                items_[i].message.deliveryState == DeliveryState::Failed)
                Q_EMIT dataChanged(index(int(i)), index(int(i)), {DeliveryErrorRole, Qt::AccessibleTextRole});
        }
    }
    if (mode_ == Mode::Empty || !changes.touches(StoreTable::Messages))
        return;
    QSet<qint64> changed = changes.inserted(StoreTable::Messages);
    changed.unite(changes.updated(StoreTable::Messages));
    const QSet<qint64> deleted = changes.deleted(StoreTable::Messages);
    if (changes.isWhollyChanged(StoreTable::Messages) || changed.size() + deleted.size() > kReloadThreshold) {
        // Read again as far back as the agent had scrolled.
        const int held = int(messages_.size());
        beginResetModel();
        messages_.clear();
        attachments_.clear();
        hasOlder_ = true;
        readOlderPage(qMax(pageSize_, held));
        items_ = layoutTimeline(messages_, attachments_, mode_ == Mode::Customer, channelBeforeFirst_);
        endResetModel();
        return;
    }

    const std::optional<MessageCursor> newestBefore =
        messages_.isEmpty() ? std::nullopt : std::optional<MessageCursor>(messages_.last().cursor());
    bool touched = false;
    bool newest = false;
    auto positionOf = [this](qint64 id) {
        for (qsizetype i = messages_.size() - 1; i >= 0; --i) {
            if (messages_[i].id == id)
                return i;
        }
        return qsizetype(-1);
    };
    for (qint64 id : deleted) {
        if (const qsizetype at = positionOf(id); at >= 0) {
            messages_.removeAt(at);
            attachments_.remove(id);
            touched = true;
        }
    }
    for (qint64 id : changed) {
        const std::optional<MessageRow> row = store_.reader().messages().message(id);
        const qsizetype at = positionOf(id);
        if (at >= 0) {
            messages_.removeAt(at);
            touched = true;
        }
        if (!row || !belongs(*row))
            continue;
        // Older than the oldest page held: it will come when the agent scrolls up to it.
        if (hasOlder_ && !messages_.isEmpty() && cursorBefore(row->cursor(), messages_.first().cursor()))
            continue;
        const auto place = std::lower_bound(
            messages_.begin(), messages_.end(), row->cursor(),
            [](const MessageRow &m, const MessageCursor &c) { return cursorBefore(m.cursor(), c); });
        messages_.insert(place, *row);
        readAttachments(*row);
        touched = true;
        if (!newestBefore || cursorBefore(*newestBefore, row->cursor()))
            newest = true;
    }
    if (!touched)
        return;
    relayout();
    if (newest)
        Q_EMIT newestArrived();
}

void TimelineModel::relayout()
{
    QList<TimelineItem> fresh =
        layoutTimeline(messages_, attachments_, mode_ == Mode::Customer, channelBeforeFirst_);
    // The rows that stay the same at both ends; what lies between is replaced by one removal and one
    // insertion, so that views keep their selection and scroll position around it.
    const qsizetype oldSize = items_.size();
    const qsizetype newSize = fresh.size();
    qsizetype prefix = 0;
    while (prefix < oldSize && prefix < newSize && items_[prefix].key() == fresh[prefix].key())
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix &&
           items_[oldSize - 1 - suffix].key() == fresh[newSize - 1 - suffix].key())
        ++suffix;

    const qsizetype oldMiddle = oldSize - prefix - suffix;
    const qsizetype newMiddle = newSize - prefix - suffix;
    if (oldMiddle > 0) {
        beginRemoveRows({}, int(prefix), int(prefix + oldMiddle - 1));
        items_.remove(prefix, oldMiddle);
        endRemoveRows();
    }
    if (newMiddle > 0) {
        beginInsertRows({}, int(prefix), int(prefix + newMiddle - 1));
        for (qsizetype i = 0; i < newMiddle; ++i)
            items_.insert(prefix + i, fresh[prefix + i]);
        endInsertRows();
    }
    for (qsizetype i = 0; i < newSize; ++i) {
        if (!sameContent(items_[i], fresh[i])) {
            items_[i] = fresh[i];
            const QModelIndex changedRow = index(int(i));
            Q_EMIT dataChanged(changedRow, changedRow);
        } else {
            items_[i] = fresh[i];
        }
    }
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(items_.size());
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (items_[index.row()].kind != TimelineItem::Kind::Message)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineItem &item = items_[index.row()];
    const MessageRow &m = item.message;
    switch (role) {
    case Qt::AccessibleTextRole:
        if (item.kind == TimelineItem::Kind::Message)
            return AccessibleText::message(
                m, nowUtcMillis(), m.deliveryState == DeliveryState::Failed ? deliveryError(m) : QString());
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (item.kind) {
        case TimelineItem::Kind::DaySeparator:
            return QLocale().toString(item.day, QLocale::LongFormat);
        case TimelineItem::Kind::ChannelSwitch:
            return tr("Continued on %1").arg(channelDisplayName(m.channel));
        case TimelineItem::Kind::Message:
            return m.authorName.isEmpty() ? m.body : QString(m.authorName + QStringLiteral(": ") + m.body);
        }
        return {};
    case ItemKindRole:
        return int(item.kind);
    case MessageIdRole:
        return m.id;
    case MessageKindRole:
        return int(m.kind);
    case ConversationIdRole:
        return m.conversationId;
    case ChannelRole:
        return int(m.channel);
    case PreviousChannelRole:
        return int(item.previousChannel);
    case AuthorNameRole:
        return m.authorName;
    case BodyRole:
        return m.body;
    case BodyFormatRole:
        return int(m.bodyFormat);
    case InteractionRole:
        return m.interaction;
    case CreatedAtRole:
        return m.createdAt;
    case DeliveryStateRole:
        return int(m.deliveryState);
    case ClientUuidRole:
        return m.clientUuid;
    case AttachmentsRole:
        return item.attachments;
    case DayRole:
        return item.day;
    case MessageRowRole:
        return QVariant::fromValue(m);
    case DeliveryErrorRole:
        return deliveryError(m);
    case AttachmentTargetsRole: {
        if (item.kind != TimelineItem::Kind::Message || m.attachmentCount <= 0)
            return QStringList();
        // A file the agent sent opens once the backend has it: until then the store keeps its bytes inside,
        // encrypted, and never writes them out in the clear.
        QStringList targets;
        for (const AttachmentRow &attachment : store_.reader().messages().attachments(m.id)) {
            const QUrl remote(attachment.remoteUrl);
            if (remote.scheme() == u"https" || remote.scheme() == u"http")
                targets.append(remote.toString());
            else
                targets.append(QString());
        }
        return targets;
    }
    default:
        break;
    }
    return {};
}

QString TimelineModel::deliveryError(const MessageRow &row) const
{
    if (row.deliveryState != DeliveryState::Failed || row.clientUuid.isEmpty())
        return {};
    auto it = deliveryErrors_.constFind(row.clientUuid);
    if (it == deliveryErrors_.constEnd()) {
        const std::optional<OutboxEntry> entry = store_.reader().outbox().entry(row.clientUuid);
        it = deliveryErrors_.insert(row.clientUuid, entry ? entry->lastError : QString());
    }
    return *it;
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ItemKindRole, "itemKind"},
                  {MessageIdRole, "messageId"},
                  {MessageKindRole, "messageKind"},
                  {ConversationIdRole, "conversationId"},
                  {ChannelRole, "channel"},
                  {PreviousChannelRole, "previousChannel"},
                  {AuthorNameRole, "authorName"},
                  {BodyRole, "body"},
                  {BodyFormatRole, "bodyFormat"},
                  {CreatedAtRole, "createdAt"},
                  {DeliveryStateRole, "deliveryState"},
                  {ClientUuidRole, "clientUuid"},
                  {AttachmentsRole, "attachments"},
                  {DayRole, "day"},
                  {MessageRowRole, "message"},
                  {DeliveryErrorRole, "deliveryError"},
                  {AttachmentTargetsRole, "attachmentTargets"},
                  {InteractionRole, "interaction"}});
    return names;
}

} // namespace kontor::models
