#include "net/JobStatus.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace kontor::net {

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

JobStatus statusForHttp(int code)
{
    if (code >= 200 && code < 300)
        return JobStatus::Succeeded;
    switch (code) {
    case 401:
        return JobStatus::Unauthorized;
    case 403:
        return JobStatus::Forbidden;
    case 404:
        return JobStatus::NotFound;
    case 422:
        return JobStatus::Rejected;
    case 429:
        return JobStatus::RateLimited;
    case 408:
        return JobStatus::Timeout;
    default:
        break;
    }
    if (code >= 500)
        return JobStatus::ServerError;
    return JobStatus::OtherHttpError;
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

} // namespace kontor::net
