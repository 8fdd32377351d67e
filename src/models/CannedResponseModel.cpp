#include "models/CannedResponseModel.h"

#include "store/Store.h"

namespace kontor::models {

namespace {
constexpr int kMaxResponses = 5000;
}

CannedResponseModel::CannedResponseModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , store_(store)
{
    connect(&store_, &Store::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(StoreTable::CannedResponses) && read_)
            read();
    });
}

const QList<CannedResponseRow> &CannedResponseModel::responses() const
{
    if (!read_) {
        // Nothing was shown yet, so there is nothing to announce.
        responses_ = store_.reader().directory().cannedResponses(QString(), kMaxResponses);
        read_ = true;
    }
    return responses_;
}

void CannedResponseModel::read()
{
    beginResetModel();
    responses_ = store_.reader().directory().cannedResponses(QString(), kMaxResponses);
    endResetModel();
}

QList<CannedResponseRow> CannedResponseModel::search(const QString &text, int limit) const
{
    const QString needle = text.trimmed();
    QList<CannedResponseRow> byCode;
    QList<CannedResponseRow> byContent;
    for (const CannedResponseRow &r : responses()) {
        if (r.shortCode.startsWith(needle, Qt::CaseInsensitive))
            byCode.append(r);
        else if (!needle.isEmpty() && r.content.contains(needle, Qt::CaseInsensitive))
            byContent.append(r);
    }
    byCode.append(byContent);
    if (byCode.size() > limit)
        byCode.resize(limit);
    return byCode;
}

int CannedResponseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(responses().size());
}

QVariant CannedResponseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CannedResponseRow &r = responses()[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return QString(QStringLiteral("/") + r.shortCode);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return r.content;
    case ShortCodeRole:
        return r.shortCode;
    case ContentRole:
        return r.content;
    case AccountIdRole:
        return r.accountId;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> CannedResponseModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ShortCodeRole, "shortCode"}, {ContentRole, "content"}, {AccountIdRole, "accountId"}});
    return names;
}

} // namespace kontor::models
