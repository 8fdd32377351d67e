#pragma once

#include "store/queries/InboxQueries.h"

#include <QAbstractTableModel>

namespace kontor {

class Store;

// The open conversations a supervisor may move, longest-waiting first: the first page of the store's
// "waiting longest" order, read again when conversations change.
class WaitingConversationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Customer,
        ChannelColumn,
        Waiting,
        PriorityColumn,
        Assignee,
        Subject,
        ColumnCount
    };
    static constexpr int ConversationIdRole = Qt::UserRole + 2;

    explicit WaitingConversationsModel(Store &store, int limit = 200, QObject *parent = nullptr);

    void reload(UtcMillis now);
    qint64 conversationId(int row) const { return rows_.value(row).id; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Store &store_;
    int limit_;
    UtcMillis now_ = 0;
    QList<ConversationRow> rows_;
};

} // namespace kontor
