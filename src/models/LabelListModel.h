#pragma once

#include "store/queries/DirectoryQueries.h"

#include <QAbstractListModel>

namespace kontor {
class ChangeSet;
class Store;
} // namespace kontor

namespace kontor::models {

// Every label known to the store, by name: for labelling conversations and for the label views.
class LabelListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        LabelIdRole = Qt::UserRole + 1,
        ColorRole, // the backend's colour, e.g. "#e5484d"; empty when none
    };
    Q_ENUM(Role)

    explicit LabelListModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    const QList<LabelRow> &labels() const;

private:
    void read();

    Store &store_;
    // Read when first asked for (a menu or a view), not at start-up.
    mutable QList<LabelRow> labels_;
    mutable bool read_ = false;
};

} // namespace kontor::models
