#include "sync/DeliveryOutcome.h"

namespace kontor {

DeliveryResult deliveryResultFor(const net::JobError &error)
{
    switch (error.retryClass()) {
    case net::RetryClass::None:
        return DeliveryResult::confirmed();
    case net::RetryClass::Authentication:
        return DeliveryResult::authenticationNeeded(error.message);
    case net::RetryClass::Permanent:
        return DeliveryResult::permanent(error.message);
    case net::RetryClass::Retryable:
        break;
    }
    if (net::outcomeMayBeUnknown(error.status))
        return DeliveryResult::mayHaveLanded(error.message, error.retryAfterMillis);
    return DeliveryResult::retryable(error.message, error.retryAfterMillis);
}

} // namespace kontor
