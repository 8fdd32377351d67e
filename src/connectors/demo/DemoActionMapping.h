#pragma once

#include "connectors/demo/backend/DemoActions.h"
#include "sync/Connector.h"

#include <optional>

namespace kontor {

// An outbox entry as the demo backend's action, with the entry's uuid as its idempotency key; nullopt for an
// action the demo backend has no equivalent for.
std::optional<DemoAction> demoActionFor(const DeliveryRequest &request);

} // namespace kontor
