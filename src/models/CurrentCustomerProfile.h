#pragma once

#include "models/CustomerProfile.h"

#include <QObject>
#include <optional>

namespace kontor {
class ChangeSet;
class Store;
} // namespace kontor

namespace kontor::models {

// The customer shown beside the open conversation: reads their profile and tells when something it shows
// changed in the store, so that the customer panel binds to this instead of reading the store's changes.
class CurrentCustomerProfile : public QObject
{
    Q_OBJECT
public:
    explicit CurrentCustomerProfile(Store &store, QObject *parent = nullptr);

    // Reads the customer's profile and follows it from now on; nullopt (following nobody) when the customer
    // does not exist.
    std::optional<CustomerProfile> show(qint64 customerId);
    void clear();
    // The agent a merge the agent asks for is recorded as made by: the signed-in agent.
    std::optional<qint64> actingAgentId() const;

Q_SIGNALS:
    // Something the profile shows changed: the customer, identities, merges, suggestions or survey answers.
    void stale();

private:
    void onStoreChanged(const ChangeSet &changes);

    Store &store_;
    qint64 customerId_ = 0;
};

} // namespace kontor::models
