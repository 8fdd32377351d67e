#pragma once

#include "store/queries/DirectoryQueries.h"

#include <QAbstractListModel>
#include <QTimer>

namespace kontor {
class ChangeSet;
class Store;
} // namespace kontor

namespace kontor::models {

// The agents of every account, by name, with presence and load: for assigning and for @mentions. The
// signed-in agent comes first.
class AgentListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        AgentIdRole = Qt::UserRole + 1,
        AccountIdRole,
        PresenceRole, // int(Presence)
        IsSelfRole,
        OpenConversationsRole,
        CapacityRole,
    };
    Q_ENUM(Role)

    explicit AgentListModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<AgentRow> &agents() const;
    std::optional<AgentRow> agent(qint64 id) const;
    // The signed-in agent on an account (any account when accountId is absent).
    std::optional<AgentRow> self(std::optional<qint64> accountId = {}) const;

private:
    void read();
    static QList<AgentRow> readAgents(Store &store);
    void onStoreChanged(const ChangeSet &changes);

    void ensureRead() const;

    Store &store_;
    // Read when first asked for: counting every agent's load is not worth doing before anyone looks.
    mutable QList<AgentRow> agents_;
    mutable bool read_ = false;
    QTimer rereadTimer_;
};

} // namespace kontor::models
