#include "net/RestJob.h"

#include "core/Time.h"
#include "net/BoundedReplyBody.h"
#include "net/OneShotBody.h"
#include "net/Origin.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

namespace kontor::net {

Q_LOGGING_CATEGORY(lcRestHttp, "kontor.net.http")

namespace {

JobStatus statusForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return JobStatus::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
        return JobStatus::ConnectionRefused;
    case QNetworkReply::SslHandshakeFailedError:
        return JobStatus::TlsError;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout cancels the reply
        return JobStatus::Timeout;
    default:
        return JobStatus::NetworkError;
    }
}

} // namespace

RestJob::RestJob(Method method, QString path, QObject *parent)
    : QObject(parent)
    , method_(method)
    , path_(std::move(path))
{}

RestJob::~RestJob()
{
    if (reply_) {
        reply_->disconnect(this);
        reply_->abort();
        reply_->deleteLater();
    }
}

QByteArray RestJob::methodName() const
{
    switch (method_) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    }
    return "GET";
}

JobError RestJob::failure(Failure failure) const
{
    return {failure.status, failure.httpStatus, describe(failure), 0};
}

void RestJob::startAt(QNetworkAccessManager &network, const QUrl &url)
{
    Q_ASSERT(!started_);
    started_ = true;
    network_ = &network;
    send(url);
}

void RestJob::failSoon(JobError error)
{
    started_ = true;
    QTimer::singleShot(0, this, [this, error = std::move(error)] { finish(error); });
}

void RestJob::send(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeout_);
    // Redirects come back here: the credentials go along only within their origin (followRedirect).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    addHeaders(request);
    if (!files_.isEmpty()) {
        sendMultipart(request);
        return;
    }
    QByteArray payload;
    if (hasBody_) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(body_).toJson(QJsonDocument::Compact);
    }
    // Only the method and path are logged: queries and bodies may carry customer data, headers credentials.
    qCDebug(lcRestHttp) << methodName() << path_;
    // Nothing but a plain read goes out twice unasked (see OneShotBody).
    if (hasBody_ || method_ != Method::Get) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(payload, this);
        reply_ = network_->sendCustomRequest(request, methodName(), body);
        body->setParent(reply_);
    } else {
        reply_ = network_->sendCustomRequest(request, methodName(), payload);
    }
    watchReply();
}

void RestJob::watchReply()
{
    replyBody_ = new BoundedReplyBody(reply_, maxResponseBytes_, reply_);
    connect(reply_, &QNetworkReply::finished, this, &RestJob::onReplyFinished);
    // Certificate problems are only recorded, to tell the agent what is wrong: they are never ignored.
    connect(reply_, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty() && tlsProblem_.isEmpty())
            tlsProblem_ = errors.first().errorString();
    });
}

void RestJob::sendMultipart(QNetworkRequest request)
{
    auto *body = new OneShotMultipart(this);
    for (auto it = body_.constBegin(); it != body_.constEnd(); ++it) {
        const QJsonValue value = it.value();
        body->addField(it.key(), value.isBool() ? QByteArray(value.toBool() ? "true" : "false")
                                                : value.toVariant().toString().toUtf8());
    }
    for (const FilePart &file : std::as_const(files_)) {
        std::unique_ptr<QIODevice> device = file.open ? file.open() : nullptr;
        if (!device || !device->isReadable()) {
            delete body;
            failSoon(failure({Failure::Kind::FileUnreadable, JobStatus::Rejected, 0, {}, {}, 0}));
            return;
        }
        QString name = file.fileName;
        name.replace(u'"', u'\'');
        body->addFile(fileField_, name,
                      file.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : file.mimeType,
                      device.release());
    }
    body->finishParts();
    request.setHeader(QNetworkRequest::ContentTypeHeader, body->contentType());
    request.setHeader(QNetworkRequest::ContentLengthHeader, body->totalSize());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    reply_ = network_->sendCustomRequest(request, methodName(), body);
    body->setParent(reply_);
    watchReply();
}

bool RestJob::followRedirect(const QNetworkReply &reply, int code)
{
    const QByteArray location = reply.rawHeader("Location");
    if (code < 300 || code >= 400 || code == 304 || location.isEmpty())
        return false;
    const QUrl next = reply.url().resolved(QUrl::fromEncoded(location));
    // Only requests without a body are sent again: a body may carry a password, and a resent one a duplicate.
    const bool resendable = method_ == Method::Get && !hasBody_ && files_.isEmpty();
    if (!sameOrigin(reply.url(), next) || !resendable || redirects_ >= limits::restRedirects) {
        qCInfo(lcRestHttp) << methodName() << path_ << "HTTP" << code << "redirect not followed";
        const QString where =
            next.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                .toDisplayString();
        const Failure::Kind kind = sameOrigin(reply.url(), next) ? Failure::Kind::TooManyRedirects
                                                                 : Failure::Kind::RedirectElsewhere;
        finish(failure({kind, JobStatus::OtherHttpError, code, {}, where, 0}));
        return true;
    }
    ++redirects_;
    send(next);
    return true;
}

void RestJob::abort()
{
    if (finished_)
        return;
    aborted_ = true;
    if (reply_) {
        reply_->abort(); // finished() of the reply follows synchronously
        return;
    }
    failSoon(failure({Failure::Kind::Status, JobStatus::Aborted, 0, {}, {}, 0}));
}

QByteArray RestJob::responseHeader(const QByteArray &name) const
{
    for (const auto &header : headers_) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void RestJob::onReplyFinished()
{
    QNetworkReply *reply = reply_;
    if (!reply)
        return;
    reply_.clear();
    reply->deleteLater();
    headers_ = reply->rawHeaderPairs();
    const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = replyBody_->take();

    if (replyBody_->exceeded() && !aborted_) {
        // Only the size is logged: the answer itself was never kept.
        qCWarning(lcRestHttp) << methodName() << path_ << "answer larger than" << replyBody_->maxBytes()
                              << "bytes, aborted";
        finish(failure({Failure::Kind::AnswerTooLarge,
                        JobStatus::MalformedResponse,
                        code,
                        {},
                        {},
                        replyBody_->maxBytes()}));
        return;
    }
    if (!aborted_ && followRedirect(*reply, code))
        return;
    if (aborted_) {
        finish(failure({Failure::Kind::Status, JobStatus::Aborted, code, {}, {}, 0}));
        return;
    }
    if (code == 0) { // no HTTP answer at all
        const JobStatus status = statusForNetworkError(reply->error());
        JobError error = failure({Failure::Kind::Status, status, 0, {}, {}, 0});
        if (status == JobStatus::TlsError && !tlsProblem_.isEmpty())
            error.message += u' ' + tlsProblem_;
        if (status == JobStatus::TlsError || status == JobStatus::NetworkError)
            qCInfo(lcRestHttp) << methodName() << path_ << "failed:" << reply->error();
        finish(error);
        return;
    }
    const JobStatus httpStatus = statusForHttp(code);
    if (httpStatus != JobStatus::Succeeded) {
        JobError error = failure({Failure::Kind::Status, httpStatus, code, serverMessage(body), {}, 0});
        if (httpStatus == JobStatus::RateLimited || httpStatus == JobStatus::ServerError)
            error.retryAfterMillis = parseRetryAfter(reply->rawHeader("Retry-After"), nowUtcMillis());
        qCInfo(lcRestHttp) << methodName() << path_ << "HTTP" << code;
        finish(error);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) { // e.g. the body was cut off after a 200 header
        finish(failure({Failure::Kind::Status, JobStatus::MalformedResponse, code, {}, {}, 0}));
        return;
    }
    const QString problem = readBody(body, code);
    if (!problem.isEmpty()) {
        qCInfo(lcRestHttp) << methodName() << path_ << "unreadable answer," << body.size() << "bytes";
        finish({JobStatus::MalformedResponse, code, problem, 0});
        return;
    }
    finish({JobStatus::Succeeded, code, {}, 0});
}

void RestJob::finish(JobError error)
{
    if (finished_)
        return;
    finished_ = true;
    error_ = std::move(error);
    Q_EMIT finished(this);
}

} // namespace kontor::net
