#pragma once

#include "models/InboxFilterMatcher.h"
#include "store/queries/InboxQueries.h"

#include <QAbstractListModel>
#include <QHash>
#include <QMetaType>
#include <optional>

namespace kontor {
class ChangeSet;
class Store;
} // namespace kontor

namespace kontor::models {

// The conversations of one inbox view (all open ones until setFilter says otherwise), in one sort, read from
// the store page by page as the view scrolls
// (canFetchMore/fetchMore, keyset pages). Only the rows read so far are held. The list follows the store's
// change notifications: a changed conversation is updated in place, moved to its new place, taken in or
// dropped; a change too big to list reloads the rows read so far.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ConversationIdRole = Qt::UserRole + 1,
        CustomerIdRole,
        CustomerNameRole,
        ChannelRole,      // int(Channel)
        SubjectRole,      // the subject, or the last message's preview when there is none
        PreviewRole,      // the last message's preview
        LastActivityRole, // UtcMillis
        UnreadCountRole,
        StatusRole,     // int(ConversationStatus)
        PriorityRole,   // int(Priority)
        AssigneeIdRole, // qint64, or invalid when unassigned
        AssigneeNameRole,
        WaitingSinceRole, // UtcMillis, or invalid
        SlaDeadlineRole,  // UtcMillis of the next SLA deadline, or invalid
        SnoozedUntilRole, // UtcMillis, or invalid
        LabelsRole,       // QStringList
        RowRole,          // the whole ConversationRow
    };
    Q_ENUM(Role)

    explicit ConversationListModel(Store &store, QObject *parent = nullptr);
    ~ConversationListModel() override;

    void setFilter(const InboxFilter &filter);
    const InboxFilter &filter() const { return matcher_.filter(); }
    void setSort(InboxSort sort);
    InboxSort inboxSort() const { return sort_; }
    // Rows read per page as the view scrolls; a view's first page is smaller (what fits on a screen or two),
    // so that switching views and starting up read little.
    void setPageSize(int rows)
    {
        pageSize_ = qMax(1, rows);
        firstPageSize_ = qMin(firstPageSize_, pageSize_);
    }
    // Changes touching more conversations than this reload the rows read so far instead of one by one.
    void setReloadThreshold(int rows) { reloadThreshold_ = rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const ConversationRow &rowAt(int row) const { return rows_.at(row); }
    // The row showing a conversation, or -1 when it is not (yet) read.
    int rowOf(qint64 conversationId) const;
    qint64 conversationIdAt(int row) const;

    // Reads the view again from its start, as many rows as are held now (at least one page).
    void reload();

Q_SIGNALS:
    // The rows were read afresh (a new filter or sort, or a change too big to follow row by row).
    void reloaded();

private:
    void onStoreChanged(const ChangeSet &changes);
    void applyChanges(const QSet<qint64> &changed, const QSet<qint64> &deleted);
    void updateOne(qint64 id);
    void removeAt(int row);
    bool inReadRange(const InboxCursor &cursor) const;
    int insertionPoint(const InboxCursor &cursor, int skipRow = -1) const;
    void rebuildIndex() const;

    Store &store_;
    InboxFilterMatcher matcher_;
    InboxSort sort_ = InboxSort::LastActivity;
    int pageSize_ = 100;
    int firstPageSize_ = 30;
    int reloadThreshold_ = 250;
    QList<ConversationRow> rows_;
    // Where the rows read so far end; absent when nothing was read yet.
    std::optional<InboxCursor> boundary_;
    bool hasMore_ = true;
    bool announcing_ = false;
    mutable QHash<qint64, int> index_;
    mutable bool indexDirty_ = true;
};

} // namespace kontor::models

Q_DECLARE_METATYPE(kontor::ConversationRow)
