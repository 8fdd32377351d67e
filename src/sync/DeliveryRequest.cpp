#include "sync/Connector.h"

namespace kontor {

ConnectorCapabilities ConnectorCapabilities::deliveringAll()
{
    const QList<ActionKind> kinds = allActionKinds();
    ConnectorCapabilities capabilities;
    capabilities.actions = QSet<ActionKind>(kinds.cbegin(), kinds.cend());
    capabilities.attachments = true;
    return capabilities;
}

DeliveryResult DeliveryResult::confirmed(const QString &messageRemoteId)
{
    DeliveryResult r;
    r.outcome = Outcome::Confirmed;
    r.messageRemoteId = messageRemoteId;
    return r;
}

DeliveryResult DeliveryResult::conversationStarted(const QString &conversationRemoteId,
                                                   const QString &messageRemoteId)
{
    DeliveryResult r = confirmed(messageRemoteId);
    r.conversationRemoteId = conversationRemoteId;
    return r;
}

DeliveryResult DeliveryResult::retryable(const QString &error, qint64 retryAfterMillis)
{
    DeliveryResult r;
    r.outcome = Outcome::RetryableError;
    r.error = error;
    r.retryAfterMillis = retryAfterMillis;
    return r;
}

DeliveryResult DeliveryResult::mayHaveLanded(const QString &error, qint64 retryAfterMillis)
{
    DeliveryResult r = retryable(error, retryAfterMillis);
    r.outcome = Outcome::MayHaveLanded;
    return r;
}

DeliveryResult DeliveryResult::outcomeUnknown(const QString &error)
{
    DeliveryResult r;
    r.outcome = Outcome::OutcomeUnknown;
    r.error = error;
    return r;
}

DeliveryResult DeliveryResult::permanent(const QString &error)
{
    DeliveryResult r;
    r.outcome = Outcome::PermanentError;
    r.error = error;
    return r;
}

DeliveryResult DeliveryResult::authenticationNeeded(const QString &error)
{
    DeliveryResult r;
    r.outcome = Outcome::AuthenticationNeeded;
    r.error = error;
    return r;
}

} // namespace kontor
