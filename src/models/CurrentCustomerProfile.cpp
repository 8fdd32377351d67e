#include "models/CurrentCustomerProfile.h"

#include "store/Store.h"

namespace kontor::models {

CurrentCustomerProfile::CurrentCustomerProfile(Store &store, QObject *parent)
    : QObject(parent)
    , store_(store)
{
    connect(&store_, &Store::changed, this, &CurrentCustomerProfile::onStoreChanged);
}

std::optional<CustomerProfile> CurrentCustomerProfile::show(qint64 customerId)
{
    std::optional<CustomerProfile> profile = readCustomerProfile(store_.reader(), customerId);
    customerId_ = profile ? customerId : 0;
    return profile;
}

void CurrentCustomerProfile::clear()
{
    customerId_ = 0;
}

std::optional<qint64> CurrentCustomerProfile::actingAgentId() const
{
    std::optional<qint64> actor;
    for (const AgentRow &agent : store_.reader().directory().agents()) {
        if (agent.isSelf)
            actor = agent.id;
    }
    return actor;
}

void CurrentCustomerProfile::onStoreChanged(const ChangeSet &changes)
{
    if (customerId_ == 0)
        return;
    const bool concerns =
        changes.contains(StoreTable::Customers, customerId_) || changes.touches(StoreTable::Identities) ||
        changes.touches(StoreTable::CustomerMerges) || changes.touches(StoreTable::MergeSuggestions) ||
        changes.touches(StoreTable::CsatAnswers);
    if (concerns)
        Q_EMIT stale();
}

} // namespace kontor::models
