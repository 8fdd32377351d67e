#include "models/SearchResultsModel.h"

#include "store/Store.h"
#include "store/sql/Error.h"

namespace kontor::models {

SearchResultsModel::SearchResultsModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , store_(store)
{}

void SearchResultsModel::setLimits(int customers, int conversations, int messages)
{
    customerLimit_ = customers;
    conversationLimit_ = conversations;
    messageLimit_ = messages;
}

QString SearchResultsModel::withoutMarks(const QString &marked)
{
    QString plain = marked;
    plain.remove(searchMatchStart);
    plain.remove(searchMatchEnd);
    return plain;
}

void SearchResultsModel::setFilter(const SearchFilter &filter)
{
    filter_ = filter;
    setQuery(query_);
}

bool SearchResultsModel::wanted(StoreReader &reader, qint64 conversationId, Channel channel, UtcMillis time)
{
    if (filter_.isEmpty())
        return true;
    auto it = conversations_.find(conversationId);
    if (it == conversations_.end())
        it = conversations_.insert(conversationId, reader.inbox().conversation(conversationId));
    return *it && filter_.matches(**it, channel, time, selfAgents_);
}

void SearchResultsModel::setQuery(const QString &text)
{
    query_ = text;
    QList<Result> results;
    moreMessages_ = false;
    lastMessageRead_.reset();
    conversations_.clear();
    StoreReader &reader = store_.reader();
    try {
        if (filter_.assignee == SearchFilter::Assignee::Me)
            selfAgents_ = reader.self().agentIds();
        // A customer has no channel, status or date of their own: a filtered search finds conversations.
        const QList<CustomerHit> customers =
            filter_.isEmpty() ? reader.search().customers(text, customerLimit_) : QList<CustomerHit>();
        if (!customers.isEmpty())
            results.append({Kind::Heading, tr("Customers"), {}, {}, 0, 0, 0, {}, {}});
        for (const CustomerHit &hit : customers) {
            Result r;
            r.kind = Kind::Customer;
            r.title = hit.name;
            r.snippet = hit.matchedIdentity;
            r.customerId = hit.customerId;
            results.append(r);
        }

        // Filtered, more are read so that enough remain.
        const QList<ConversationHit> conversations = reader.search().conversations(
            text, filter_.isEmpty() ? conversationLimit_ : conversationLimit_ * 20);
        const qsizetype heading = results.size();
        int shown = 0;
        for (const ConversationHit &hit : conversations) {
            if (!wanted(reader, hit.conversationId, hit.channel, hit.lastActivityAt))
                continue;
            Result r;
            r.kind = Kind::Conversation;
            r.title = hit.subject;
            if (const auto row = reader.inbox().conversation(hit.conversationId))
                r.snippet = row->customerName;
            r.channel = hit.channel;
            r.customerId = hit.customerId;
            r.conversationId = hit.conversationId;
            r.time = hit.lastActivityAt;
            results.append(r);
            if (++shown == conversationLimit_)
                break;
        }
        if (shown > 0)
            results.insert(heading, {Kind::Heading, tr("Conversations"), {}, {}, 0, 0, 0, {}, {}});

        const QList<Result> messages = readMessages(std::nullopt);
        if (!messages.isEmpty())
            results.append({Kind::Heading, tr("Messages"), {}, {}, 0, 0, 0, {}, {}});
        results.append(messages);
    } catch (const sql::Error &) {
        // The store could not answer this search; the agent sees no results rather than an error dialog.
        results.clear();
        moreMessages_ = false;
    }
    fetching_ = true;
    beginResetModel();
    results_ = std::move(results);
    endResetModel();
    fetching_ = false;
}

QList<SearchResultsModel::Result> SearchResultsModel::readMessages(std::optional<qint64> before)
{
    // A filter may leave little of a page: pages are read on (a bounded number) until one is full.
    constexpr int kPagesPerRead = 10;
    StoreReader &reader = store_.reader();
    QList<Result> results;
    moreMessages_ = false;
    for (int page = 0; page < kPagesPerRead && results.size() < messageLimit_; ++page) {
        SearchOptions options;
        options.limit = messageLimit_;
        options.beforeMessageId = before;
        const QList<MessageHit> hits = reader.search().messages(query_, options);
        moreMessages_ = hits.size() >= messageLimit_;
        for (const MessageHit &hit : hits) {
            before = hit.messageId;
            if (!wanted(reader, hit.conversationId, hit.channel, hit.createdAt))
                continue;
            Result r;
            r.kind = Kind::Message;
            r.title = hit.authorName;
            r.snippet = hit.snippet;
            r.channel = hit.channel;
            r.customerId = hit.customerId;
            r.conversationId = hit.conversationId;
            r.messageId = hit.messageId;
            r.time = hit.createdAt;
            r.messageKind = hit.kind;
            results.append(r);
        }
        lastMessageRead_ = before;
        if (!moreMessages_)
            break;
    }
    return results;
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && moreMessages_;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !moreMessages_ || results_.isEmpty() || fetching_)
        return;
    QList<Result> more;
    try {
        more = readMessages(lastMessageRead_);
    } catch (const sql::Error &) {
        moreMessages_ = false;
    }
    if (more.isEmpty())
        return;
    const int first = int(results_.size());
    // Views may ask for more while the insertion is announced: not before it is done.
    fetching_ = true;
    beginInsertRows({}, first, first + int(more.size()) - 1);
    results_.append(more);
    endInsertRows();
    fetching_ = false;
}

int SearchResultsModel::firstResultRow() const
{
    for (int i = 0; i < results_.size(); ++i) {
        if (results_[i].kind != Kind::Heading)
            return i;
    }
    return -1;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(results_.size());
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (results_[index.row()].kind == Kind::Heading)
        return Qt::ItemNeverHasChildren; // neither selectable nor enabled: the keyboard skips it
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Result &r = results_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString title = withoutMarks(r.title);
        const QString snippet = withoutMarks(r.snippet);
        return snippet.isEmpty() ? title : QString(title + QStringLiteral(" — ") + snippet);
    }
    case KindRole:
        return int(r.kind);
    case TitleRole:
        return r.title;
    case SnippetRole:
        return r.snippet;
    case ChannelRole:
        return r.channel ? QVariant(int(*r.channel)) : QVariant();
    case CustomerIdRole:
        return r.customerId;
    case ConversationIdRole:
        return r.conversationId;
    case MessageIdRole:
        return r.messageId;
    case TimeRole:
        return r.time ? QVariant::fromValue(*r.time) : QVariant();
    case MessageKindRole:
        return int(r.messageKind);
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{KindRole, "kind"},
                  {TitleRole, "title"},
                  {SnippetRole, "snippet"},
                  {ChannelRole, "channel"},
                  {CustomerIdRole, "customerId"},
                  {ConversationIdRole, "conversationId"},
                  {MessageIdRole, "messageId"},
                  {TimeRole, "time"},
                  {MessageKindRole, "messageKind"}});
    return names;
}

} // namespace kontor::models
