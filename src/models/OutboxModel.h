#pragma once

#include "store/queries/OutboxQueries.h"

#include <QAbstractTableModel>

namespace kontor {
class ChangeSet;
class Store;
} // namespace kontor

namespace kontor::models {

// The agent's unfinished actions across every conversation (queued, sending, failed), oldest first, one row
// each, described in the agent's words. Follows the store's outbox changes row by row, so that a view keeps
// its selection while entries come, change state and go.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ActionColumn,
        ConversationColumn,
        StateColumn,
        ReasonColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        KindRole,
        StateRole,          // int(OutboxState)
        ConversationIdRole, // 0 for an entry on no conversation
        ErrorRole,          // the backend's last error, as it said it
        AttemptsRole,
        CreatedAtRole,
        CanRetryRole,
        CanCheckAgainRole, // the outcome is unknown: the backend may be asked once more
        CanSendAgainRole,  // the outcome is unknown: the agent may send it again, knowing it may arrive twice
        CanDiscardRole,
        DiscardConsequenceRole,
    };
    Q_ENUM(Role)

    explicit OutboxModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // One unfinished entry as the store has it now, for a view that shows no list (a discard confirmation
    // from the timeline); absent when it is confirmed or gone.
    static std::optional<UnfinishedAction> unfinishedAction(Store &store, const QString &uuid);
    const UnfinishedAction &actionAt(int row) const { return rows_.at(row); }
    int rowOf(const QString &uuid) const;
    // Entries that need the agent: failed, or with an outcome nobody could find out.
    int failedCount() const;
    // Reads the outbox again and applies the difference.
    void refresh();

private:
    void onStoreChanged(const ChangeSet &changes);

    Store &store_;
    QList<UnfinishedAction> rows_; // by entry id
};

} // namespace kontor::models
