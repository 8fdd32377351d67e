#pragma once

#include "store/queries/InboxQueries.h"

#include <QAbstractListModel>

namespace kontor {
class ChangeSet;
class Store;
} // namespace kontor

namespace kontor::models {

// A customer's conversations on every channel and connector, newest activity first: the customer panel's
// "earlier conversations".
class CustomerConversationsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ConversationIdRole = Qt::UserRole + 1,
        ChannelRole, // int(Channel)
        SubjectRole,
        StatusRole, // int(ConversationStatus)
        LastActivityRole,
        AccountNameRole, // the connector account it lives on
    };
    Q_ENUM(Role)

    explicit CustomerConversationsModel(Store &store, QObject *parent = nullptr);

    void setCustomer(qint64 customerId);
    qint64 customerId() const { return customerId_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    const ConversationRow &rowAt(int row) const { return rows_.at(row); }

private:
    void read();
    void onStoreChanged(const ChangeSet &changes);

    Store &store_;
    qint64 customerId_ = 0;
    QList<ConversationRow> rows_;
    QHash<qint64, QString> accountNames_;
};

} // namespace kontor::models
