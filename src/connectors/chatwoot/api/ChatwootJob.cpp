#include "connectors/chatwoot/api/ChatwootJob.h"

#include "net/BoundedReplyBody.h"
#include "net/Origin.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <QUuid>

namespace kontor::chatwoot {

Q_LOGGING_CATEGORY(lcChatwootHttp, "kontor.chatwoot.http")

namespace {

// A request body that can be read once: QNetworkAccessManager cannot rewind it to send it again.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , data_(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return data_.size() - position_ + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return position_ >= data_.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *into, qint64 max) override
    {
        const qint64 count = qMin(max, qint64(data_.size()) - position_);
        if (count <= 0)
            return position_ >= data_.size() ? -1 : 0;
        memcpy(into, data_.constData() + position_, size_t(count));
        position_ += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray data_;
    qint64 position_ = 0;
};

// A multipart/form-data body streamed once, part after part, files read as they go: like OneShotBody it
// cannot be rewound (QHttpMultiPart can, and would be sent again).
class OneShotMultipart : public QIODevice
{
public:
    explicit OneShotMultipart(QObject *parent)
        : QIODevice(parent)
        , boundary_("kontor-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
    {}

    QByteArray contentType() const { return "multipart/form-data; boundary=" + boundary_; }
    qint64 totalSize() const { return total_; }

    void addField(const QString &name, const QByteArray &value)
    {
        addBytes("--" + boundary_ + "\r\nContent-Disposition: form-data; name=\"" + name.toUtf8() +
                 "\"\r\n\r\n" + value + "\r\n");
    }
    // The file is owned by this body from now on.
    void addFile(const QString &field, const QString &fileName, const QString &mimeType, QIODevice *file)
    {
        addBytes("--" + boundary_ + "\r\nContent-Disposition: form-data; name=\"" + field.toUtf8() +
                 "\"; filename=\"" + fileName.toUtf8() + "\"\r\nContent-Type: " + mimeType.toUtf8() +
                 "\r\n\r\n");
        file->setParent(this);
        parts_.append(Part{QByteArray(), file});
        total_ += file->size();
        addBytes("\r\n");
    }
    void finishParts()
    {
        addBytes("--" + boundary_ + "--\r\n");
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return total_ - position_ + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return position_ >= total_ && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *into, qint64 max) override
    {
        qint64 done = 0;
        while (done < max && current_ < parts_.size()) {
            Part &part = parts_[current_];
            qint64 n = 0;
            if (part.file) {
                n = part.file->read(into + done, max - done);
                if (n < 0)
                    return -1;
            } else {
                n = qMin(max - done, qint64(part.bytes.size()) - offset_);
                memcpy(into + done, part.bytes.constData() + offset_, size_t(n));
                offset_ += n;
            }
            done += n;
            position_ += n;
            if (part.file ? part.file->atEnd() : offset_ >= part.bytes.size()) {
                ++current_;
                offset_ = 0;
            } else if (n == 0) {
                break;
            }
        }
        return done == 0 && position_ >= total_ ? -1 : done;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Part
    {
        QByteArray bytes;
        QIODevice *file = nullptr;
    };
    void addBytes(const QByteArray &bytes)
    {
        parts_.append({bytes, nullptr});
        total_ += bytes.size();
    }

    QByteArray boundary_;
    QList<Part> parts_;
    qsizetype current_ = 0;
    qint64 offset_ = 0;
    qint64 position_ = 0;
    qint64 total_ = 0;
};

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

} // namespace

QString describeFailure(JobStatus status, int httpStatus, const QString &serverMessage)
{
    switch (status) {
    case JobStatus::Succeeded:
        return {};
    case JobStatus::Unauthorized:
        return QCoreApplication::translate("ChatwootConnector",
                                           "Chatwoot did not accept the sign-in; please sign in again.");
    case JobStatus::Forbidden:
        return QCoreApplication::translate("ChatwootConnector", "Your Chatwoot role does not allow this.");
    case JobStatus::NotFound:
        return QCoreApplication::translate("ChatwootConnector",
                                           "Chatwoot no longer has this item; it may have been deleted.");
    case JobStatus::Rejected:
        return serverMessage.isEmpty()
                   ? QCoreApplication::translate("ChatwootConnector", "Chatwoot refused the change.")
                   : QCoreApplication::translate("ChatwootConnector", "Chatwoot refused the change: %1")
                         .arg(serverMessage);
    case JobStatus::RateLimited:
        return QCoreApplication::translate("ChatwootConnector",
                                           "Chatwoot asks to slow down; trying again shortly.");
    case JobStatus::ServerError:
        return QCoreApplication::translate("ChatwootConnector",
                                           "Chatwoot had a server error (HTTP %1); trying again later.")
            .arg(httpStatus);
    case JobStatus::OtherHttpError:
        return QCoreApplication::translate("ChatwootConnector", "Chatwoot answered with HTTP %1.")
            .arg(httpStatus);
    case JobStatus::Timeout:
        return QCoreApplication::translate("ChatwootConnector", "Chatwoot did not answer in time.");
    case JobStatus::HostNotFound:
        return QCoreApplication::translate("ChatwootConnector",
                                           "The server address could not be found. Check the URL.");
    case JobStatus::ConnectionRefused:
        return QCoreApplication::translate("ChatwootConnector",
                                           "The server refused the connection. Check the URL and the port.");
    case JobStatus::NetworkError:
        return QCoreApplication::translate("ChatwootConnector", "The connection to Chatwoot broke off.");
    case JobStatus::TlsError:
        return QCoreApplication::translate(
            "ChatwootConnector",
            "The server's certificate could not be verified, so the connection was not made.");
    case JobStatus::MalformedResponse:
        return QCoreApplication::translate("ChatwootConnector", "Chatwoot sent data that could not be read.");
    case JobStatus::Aborted:
        return QCoreApplication::translate("ChatwootConnector", "The request was cancelled.");
    }
    return {};
}

QString serverMessageIn(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const QLatin1StringView key : {QLatin1StringView("message"), QLatin1StringView("error")}) {
        if (object.value(key).isString())
            return object.value(key).toString().left(300);
    }
    const QJsonValue errors = object.value(QLatin1StringView("errors"));
    if (errors.isArray() && !errors.toArray().isEmpty())
        return readString(errors.toArray().first()).left(300);
    if (errors.isString())
        return errors.toString().left(300);
    return {};
}

ChatwootJob::ChatwootJob(Method method, QString path, QObject *parent)
    : QObject(parent)
    , method_(method)
    , path_(std::move(path))
{}

ChatwootJob::~ChatwootJob()
{
    if (reply_) {
        reply_->disconnect(this);
        reply_->abort();
        reply_->deleteLater();
    }
}

QByteArray ChatwootJob::methodName() const
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

void ChatwootJob::start(QNetworkAccessManager &network, const Endpoint &endpoint)
{
    Q_ASSERT(!started_);
    started_ = true;
    network_ = &network;
    if (authenticated_) {
        if (endpoint.accessToken.isEmpty()) {
            QTimer::singleShot(0, this, [this] {
                finish({JobStatus::Unauthorized, 0, describeFailure(JobStatus::Unauthorized, 0), 0});
            });
            return;
        }
        accessToken_ = endpoint.accessToken.toUtf8();
    }
    send(endpoint.url(path_, query_));
}

void ChatwootJob::send(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeout_);
    // Redirects come back here: the token goes along only within its origin (followRedirect).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!accessToken_.isEmpty())
        request.setRawHeader("api_access_token", accessToken_);
    if (!files_.isEmpty()) {
        sendMultipart(request);
        return;
    }
    QByteArray payload;
    if (hasBody_) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(body_).toJson(QJsonDocument::Compact);
    }
    // Only the method and path are logged: queries and bodies may carry customer data, headers the token.
    qCDebug(lcChatwootHttp) << methodName() << path_;
    // Nothing but a plain read goes out twice unasked: QNetworkAccessManager quietly sends a request again
    // when a kept-alive connection closes before the answer, unless its body cannot be rewound. Then the
    // resend fails instead, and the caller finds out whether the first one landed.
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

void ChatwootJob::watchReply()
{
    replyBody_ = new net::BoundedReplyBody(reply_, maxResponseBytes_, reply_);
    connect(reply_, &QNetworkReply::finished, this, &ChatwootJob::onReplyFinished);
    // Certificate problems are only recorded, to tell the agent what is wrong: they are never ignored.
    connect(reply_, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty() && tlsProblem_.isEmpty())
            tlsProblem_ = errors.first().errorString();
    });
}

void ChatwootJob::sendMultipart(QNetworkRequest request)
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
            QTimer::singleShot(0, this, [this] {
                finish({JobStatus::Rejected, 0, tr("An attached file could not be read."), 0});
            });
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

bool ChatwootJob::followRedirect(const QNetworkReply &reply, int code)
{
    const QByteArray location = reply.rawHeader("Location");
    if (code < 300 || code >= 400 || code == 304 || location.isEmpty())
        return false;
    const QUrl next = reply.url().resolved(QUrl::fromEncoded(location));
    // Only requests without a body are sent again: a body may carry a password, and a resent one a duplicate.
    const bool resendable = method_ == Method::Get && !hasBody_ && files_.isEmpty();
    if (!net::sameOrigin(reply.url(), next) || !resendable || redirects_ >= limits::restRedirects) {
        qCInfo(lcChatwootHttp) << methodName() << path_ << "HTTP" << code << "redirect not followed";
        const QString where =
            next.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                .toDisplayString();
        const QString message =
            net::sameOrigin(reply.url(), next)
                ? tr("The Chatwoot server redirected the request more often than Kontor follows.")
                : tr("The Chatwoot server sent Kontor to another address (%1). Kontor does not send "
                     "your sign-in there; if that is your server, use that address instead.")
                      .arg(where);
        finish({JobStatus::OtherHttpError, code, message, 0});
        return true;
    }
    ++redirects_;
    send(next);
    return true;
}

void ChatwootJob::abort()
{
    if (finished_)
        return;
    aborted_ = true;
    if (reply_) {
        reply_->abort(); // finished() of the reply follows synchronously
        return;
    }
    QTimer::singleShot(0, this, [this] {
        finish({JobStatus::Aborted, 0, describeFailure(JobStatus::Aborted, 0), 0});
    });
}

QByteArray ChatwootJob::responseHeader(const QByteArray &name) const
{
    for (const auto &header : headers_) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void ChatwootJob::onReplyFinished()
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
        qCWarning(lcChatwootHttp) << methodName() << path_ << "answer larger than" << replyBody_->maxBytes()
                                  << "bytes, aborted";
        finish({JobStatus::MalformedResponse, code,
                tr("Chatwoot sent an answer larger than %1; it was not read.")
                    .arg(QLocale().formattedDataSize(replyBody_->maxBytes())),
                0});
        return;
    }
    if (!aborted_ && followRedirect(*reply, code))
        return;
    if (aborted_) {
        finish({JobStatus::Aborted, code, describeFailure(JobStatus::Aborted, code), 0});
        return;
    }
    if (code == 0) { // no HTTP answer at all
        const JobStatus status = statusForNetworkError(reply->error());
        JobError error{status, 0, describeFailure(status, 0), 0};
        if (status == JobStatus::TlsError && !tlsProblem_.isEmpty())
            error.message += u' ' + tlsProblem_;
        if (status == JobStatus::TlsError || status == JobStatus::NetworkError)
            qCInfo(lcChatwootHttp) << methodName() << path_ << "failed:" << reply->error();
        finish(error);
        return;
    }
    const JobStatus httpStatus = statusForHttp(code);
    if (httpStatus != JobStatus::Succeeded) {
        JobError error{httpStatus, code, describeFailure(httpStatus, code, serverMessageIn(body)), 0};
        if (httpStatus == JobStatus::RateLimited || httpStatus == JobStatus::ServerError)
            error.retryAfterMillis = parseRetryAfter(reply->rawHeader("Retry-After"), nowUtcMillis());
        qCInfo(lcChatwootHttp) << methodName() << path_ << "HTTP" << code;
        finish(error);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) { // e.g. the body was cut off after a 200 header
        finish({JobStatus::MalformedResponse, code, describeFailure(JobStatus::MalformedResponse, code), 0});
        return;
    }
    QJsonDocument document;
    if (expectsBody() || !body.trimmed().isEmpty()) {
        const ParsedJson parsed = parseJson(body);
        if (!parsed.ok()) {
            qCInfo(lcChatwootHttp) << methodName() << path_ << "unreadable response," << body.size()
                                   << "bytes";
            finish({JobStatus::MalformedResponse, code, parsed.error, 0});
            return;
        }
        document = parsed.document;
    }
    const QString problem = read(document, code);
    if (!problem.isEmpty()) {
        qCInfo(lcChatwootHttp) << methodName() << path_ << "unexpected response shape";
        finish({JobStatus::MalformedResponse, code, problem, 0});
        return;
    }
    finish({JobStatus::Succeeded, code, {}, 0});
}

void ChatwootJob::finish(JobError error)
{
    if (finished_)
        return;
    finished_ = true;
    error_ = std::move(error);
    Q_EMIT finished(this);
}

} // namespace kontor::chatwoot
