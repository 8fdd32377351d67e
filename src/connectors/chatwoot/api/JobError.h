#pragma once

#include "net/JobStatus.h"
#include "sync/DeliveryOutcome.h"

namespace kontor::chatwoot {

// Chatwoot's requests end in the kit's statuses and follow its retry table (src/net/JobStatus.h); a failed
// delivery becomes an outcome through deliveryResultFor (src/sync/DeliveryOutcome.h).
using net::JobError;
using net::JobStatus;
using net::parseRetryAfter;
using net::RetryClass;

} // namespace kontor::chatwoot
