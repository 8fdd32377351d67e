#pragma once

#include "models/InboxCounter.h"
#include "store/queries/InboxQueries.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QTimer>

namespace kontor {
class ChangeSet;
class Store;
} // namespace kontor

namespace kontor::models {

// The agent's ways into the inbox, as a two-level tree: sections (views, channels, teams, inboxes, labels,
// saved filters) holding entries, each entry an inbox filter with a live count of its conversations. Counts
// are read off the GUI thread and refreshed after the store's changes, at most a few times a second.
class NavigationModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // "view:mine", "channel:email", "team:3", "saved:0"…
        FilterRole,                 // InboxFilter
        CountRole,                  // qint64 conversations; invalid until counted or for uncounted entries
        UnreadRole,                 // qint64 conversations with unread messages; invalid until counted
        IsSectionRole,
        IconPathRole,
    };
    Q_ENUM(Role)

    struct Entry
    {
        QString key;
        QString title;
        QString iconPath;
        InboxFilter filter;
        bool counted = true;
        std::optional<InboxCounts> counts;
    };
    struct Section
    {
        QString key;
        QString title;
        QList<Entry> entries;
    };

    explicit NavigationModel(Store &store, QObject *parent = nullptr);
    ~NavigationModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfKey(const QString &key) const;
    // The entry behind a key, or null.
    const Entry *entry(const QString &key) const;
    // Counts again now (the settle delay is skipped), e.g. after the saved filters changed.
    void recount();
    // Reads the sections again (after saved filters were added or removed).
    void rebuild();
    bool isCounting() const { return counter_.isBusy() || recountTimer_.isActive(); }

Q_SIGNALS:
    // Every count of a refresh has arrived.
    void countsUpdated();

private:
    QList<Section> readSections() const;
    void onStoreChanged(const ChangeSet &changes);
    void applyCounts(const QHash<QString, InboxCounts> &counts);
    void scheduleRecount();
    const Entry *entryAt(const QModelIndex &index) const;

    Store &store_;
    QList<Section> sections_;
    InboxCounter counter_;
    QTimer recountTimer_;
    mutable QHash<QString, QIcon> icons_;
};

} // namespace kontor::models

Q_DECLARE_METATYPE(kontor::InboxFilter)
