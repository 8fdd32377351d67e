#pragma once

#include "store/queries/DirectoryQueries.h"

#include <QAbstractListModel>

namespace kontor {
class Store;
}

namespace kontor::models {

// The team's canned responses, by short code. DisplayRole is "/code", for a completer matching what the agent
// types after '/'; the content is in ContentRole. The list is small (hundreds), so it is held whole and a
// search over codes and contents runs in memory.
class CannedResponseModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ShortCodeRole = Qt::UserRole + 1,
        ContentRole,
        AccountIdRole,
    };
    Q_ENUM(Role)

    explicit CannedResponseModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Responses whose code starts with, or whose content contains, the text; codes first.
    QList<CannedResponseRow> search(const QString &text, int limit = 20) const;

private:
    void read();
    const QList<CannedResponseRow> &responses() const;

    Store &store_;
    // Read when first asked for (the composer's "/"), not at start-up.
    mutable QList<CannedResponseRow> responses_;
    mutable bool read_ = false;
};

} // namespace kontor::models
