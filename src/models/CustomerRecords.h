#pragma once

#include "store/CustomerJoins.h"
#include "store/erasure/CustomerErasure.h"
#include "store/queries/DirectoryQueries.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace kontor {
class Store;
}

namespace kontor::models {

// A customer's record as the dialogs that change it show it: finding the other customer of a merge, what a
// merge or an erasure would touch, and which backends keep a contact record of them.
class CustomerRecords
{
public:
    explicit CustomerRecords(Store &store);

    std::optional<CustomerRow> customer(qint64 customerId);
    QList<AccountRow> accounts();
    // The names of the accounts that keep a contact record of the customer, each once.
    QStringList contactAccountNames(const CustomerRow &customer);
    QList<CustomerMatch> find(const QString &text);
    joins::JoinPreview mergePreview(qint64 survivorId, qint64 mergedId);
    ErasurePreview erasurePreview(qint64 customerId);
    // The unsent actions an erasure discards, each in the agent's words with how far it got.
    QStringList pendingActionTexts(const ErasurePreview &preview);
    // The customer's latest conversation; nullopt when they have none.
    std::optional<qint64> latestConversation(qint64 customerId);

private:
    Store &store_;
};

} // namespace kontor::models
