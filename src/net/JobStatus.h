#pragma once

#include <QByteArray>
#include <QString>

namespace kontor::net {

// How a request to a backend's REST API ended. The retry table (retryClassOf) turns each into what the
// caller does next; every connector that speaks HTTP uses the same table.
enum class JobStatus
{
    Succeeded,
    Unauthorized,      // 401: the token was revoked or is wrong
    Forbidden,         // 403: the user's role does not allow it
    NotFound,          // 404: the entity is gone, or the URL is not the backend's
    Rejected,          // 422: the server refused the content; its message is kept
    RateLimited,       // 429: with the server's Retry-After hint
    ServerError,       // 5xx
    OtherHttpError,    // another 4xx
    Timeout,           // no complete answer in time
    HostNotFound,      // DNS failed
    ConnectionRefused, // nothing listens there
    NetworkError,      // the connection broke
    TlsError,          // the certificate could not be verified; never ignored
    MalformedResponse, // the body is not what it should be (malformed, truncated, too large, wrong shape)
    Aborted,           // cancelled by us
};

// What the retry table says about a status.
enum class RetryClass
{
    None,           // succeeded
    Retryable,      // later, with backoff (timeouts, 5xx, 429, network trouble)
    Permanent,      // never, for this entity (404, 422, 403)
    Authentication, // after the user signs in again; nothing is dropped meanwhile
};

RetryClass retryClassOf(JobStatus status);
// Whether the request may have been carried out although its answer was lost: a resend could duplicate it.
bool outcomeMayBeUnknown(JobStatus status);

// The status of an HTTP answer's code, and of a transfer that got no answer.
JobStatus statusForHttp(int code);

struct JobError
{
    JobStatus status = JobStatus::Succeeded;
    int httpStatus = 0;
    QString message;             // translated, for the agent; never contains tokens or customer data
    qint64 retryAfterMillis = 0; // the server's hint on 429/503

    bool ok() const { return status == JobStatus::Succeeded; }
    RetryClass retryClass() const { return retryClassOf(status); }
};

// Retry-After as seconds ("120") or an HTTP date; 0 when absent or unreadable.
qint64 parseRetryAfter(const QByteArray &header, qint64 nowMillis);

} // namespace kontor::net
