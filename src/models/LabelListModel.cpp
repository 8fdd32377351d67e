#include "models/LabelListModel.h"

#include "store/Store.h"

#include <QColor>

namespace kontor::models {

LabelListModel::LabelListModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , store_(store)
{
    connect(&store_, &Store::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(StoreTable::Labels) && read_)
            read();
    });
}

const QList<LabelRow> &LabelListModel::labels() const
{
    if (!read_) {
        // Nothing was shown yet, so there is nothing to announce.
        labels_ = store_.reader().directory().labels();
        read_ = true;
    }
    return labels_;
}

void LabelListModel::read()
{
    beginResetModel();
    labels_ = store_.reader().directory().labels();
    endResetModel();
}

int LabelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(labels().size());
}

QVariant LabelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LabelRow &label = labels()[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return label.name;
    case Qt::DecorationRole:
        return label.color.isEmpty() ? QVariant() : QVariant(QColor::fromString(label.color));
    case LabelIdRole:
        return label.id;
    case ColorRole:
        return label.color;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> LabelListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{LabelIdRole, "labelId"}, {ColorRole, "color"}});
    return names;
}

} // namespace kontor::models
