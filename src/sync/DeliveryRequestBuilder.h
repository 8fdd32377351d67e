#pragma once

#include "sync/Connector.h"

#include <optional>

namespace kontor {

class StoreReader;

// Turns an outbox entry into what its connector needs: the decoded action and the remote ids of the records
// it names, read from the store at delivery time.
struct DeliveryPreparation
{
    std::optional<DeliveryRequest> request;
    // Set when the entry cannot go yet (its conversation has no remote id so far) or never can (its payload
    // does not decode, its conversation is gone): permanent says which.
    QString problem;
    bool permanent = false;
};

DeliveryPreparation prepareDelivery(StoreReader &reader, const OutboxEntry &entry, bool outcomeUnknown);

} // namespace kontor
