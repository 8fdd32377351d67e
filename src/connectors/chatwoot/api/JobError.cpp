#include "connectors/chatwoot/api/JobError.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace kontor::chatwoot {

RetryClass retryClassOf(JobStatus status)
{
    switch (status) {
    case JobStatus::Succeeded:
        return RetryClass::None;
    case JobStatus::Unauthorized:
        return RetryClass::Authentication;
    case JobStatus::Forbidden:
    case JobStatus::NotFound:
    case JobStatus::Rejected:
    case JobStatus::OtherHttpError:
        return RetryClass::Permanent;
    case JobStatus::RateLimited:
    case JobStatus::ServerError:
    case JobStatus::Timeout:
    case JobStatus::HostNotFound:
    case JobStatus::ConnectionRefused:
    case JobStatus::NetworkError:
    case JobStatus::TlsError: // a certificate may be renewed; the agent sees the reason meanwhile
    case JobStatus::MalformedResponse:
    case JobStatus::Aborted:
        return RetryClass::Retryable;
    }
    return RetryClass::Retryable;
}

bool outcomeMayBeUnknown(JobStatus status)
{
    switch (status) {
    case JobStatus::ServerError:
    case JobStatus::Timeout:
    case JobStatus::NetworkError:
    case JobStatus::MalformedResponse:
    case JobStatus::Aborted:
        return true;
    default:
        return false;
    }
}

DeliveryResult deliveryResultFor(const JobError &error)
{
    switch (error.retryClass()) {
    case RetryClass::None:
        return DeliveryResult::confirmed();
    case RetryClass::Authentication:
        return DeliveryResult::authenticationNeeded(error.message);
    case RetryClass::Permanent:
        return DeliveryResult::permanent(error.message);
    case RetryClass::Retryable:
        break;
    }
    // A request that broke off after it was sent may have been carried out: it is checked before a resend.
    if (outcomeMayBeUnknown(error.status))
        return DeliveryResult::mayHaveLanded(error.message, error.retryAfterMillis);
    return DeliveryResult::retryable(error.message, error.retryAfterMillis);
}

qint64 parseRetryAfter(const QByteArray &header, qint64 nowMillis)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return std::clamp<qint64>(seconds, 0, 24 * 3600) * 1000;
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text).replace(QLatin1StringView(" GMT"), QString()),
                                QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return 0;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::UTC);
    return std::clamp<qint64>(utc.toMSecsSinceEpoch() - nowMillis, 0, 24 * 3600 * 1000);
}

} // namespace kontor::chatwoot
