#pragma once

#include "net/JobStatus.h"
#include "sync/Connector.h"

namespace kontor {

// A failed REST request as a delivery outcome for the sync engine: the one route from the retry table to
// the outbox. Authentication waits for a new sign-in, permanent failures go to the agent, and a retryable
// failure after the request may have reached the backend is checked by its key before anything is resent.
DeliveryResult deliveryResultFor(const net::JobError &error);

} // namespace kontor
