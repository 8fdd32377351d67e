#pragma once

#include "core/Channel.h"
#include "core/Message.h"
#include "core/Time.h"
#include "models/SearchFilter.h"

#include <QAbstractListModel>
#include <QHash>
#include <optional>

namespace kontor {
class Store;
class StoreReader;
} // namespace kontor

namespace kontor::models {

// What the agent's search finds, in three groups — customers, conversations, messages — each under a heading
// row that cannot be selected. Titles and snippets carry the store's match marks (searchMatchStart/End) for
// the view to emphasise; DisplayRole has them removed. More messages are read as the view scrolls.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Heading,
        Customer,
        Conversation,
        Message,
    };
    Q_ENUM(Kind)

    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(Kind)
        TitleRole,                   // marked
        SnippetRole,                 // marked
        ChannelRole,                 // int(Channel), or invalid
        CustomerIdRole,
        ConversationIdRole,
        MessageIdRole,
        TimeRole, // UtcMillis, or invalid
        MessageKindRole,
    };
    Q_ENUM(Role)

    struct Result
    {
        Kind kind = Kind::Heading;
        QString title;
        QString snippet;
        std::optional<Channel> channel;
        qint64 customerId = 0;
        qint64 conversationId = 0;
        qint64 messageId = 0;
        std::optional<UtcMillis> time;
        MessageKind messageKind = MessageKind::Incoming;
    };

    explicit SearchResultsModel(Store &store, QObject *parent = nullptr);

    void setQuery(const QString &text);
    const QString &query() const { return query_; }
    // Narrows the conversations and messages found (and leaves customers out while it is set); searches
    // again.
    void setFilter(const SearchFilter &filter);
    const SearchFilter &filter() const { return filter_; }
    void setLimits(int customers, int conversations, int messages);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const Result &resultAt(int row) const { return results_.at(row); }
    // The first row that can be opened, or -1.
    int firstResultRow() const;

    // Removes the match marks, for plain display.
    static QString withoutMarks(const QString &marked);

private:
    QList<Result> readMessages(std::optional<qint64> before);
    bool wanted(StoreReader &reader, qint64 conversationId, Channel channel, UtcMillis time);

    Store &store_;
    QString query_;
    SearchFilter filter_;
    QSet<qint64> selfAgents_;
    QHash<qint64, std::optional<ConversationRow>> conversations_; // read once per search, for the filter
    std::optional<qint64> lastMessageRead_;                       // where the next page of messages starts
    QList<Result> results_;
    int customerLimit_ = 6;
    int conversationLimit_ = 6;
    int messageLimit_ = 30;
    bool moreMessages_ = false;
    bool fetching_ = false;
};

} // namespace kontor::models
