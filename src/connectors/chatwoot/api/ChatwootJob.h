#pragma once

#include "connectors/chatwoot/api/Endpoint.h"
#include "connectors/chatwoot/api/JobError.h"
#include "connectors/chatwoot/api/JsonRead.h"
#include "core/InputLimits.h"

#include <QIODevice>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace kontor::net {
class BoundedReplyBody;
}

namespace kontor::chatwoot {

// One request to Chatwoot's REST API and the reading of its answer. Each request kind is a subclass that
// names its method and path and reads its own response; this base class sends it with the api_access_token
// header, enforces a timeout, maps HTTP and network failures to a JobStatus (see JobError.h for what each
// means for retrying) and turns a body that is not the expected JSON into MalformedResponse instead of a
// crash. The answer is read as it arrives and the request aborted as soon as it passes maxResponseBytes
// (MalformedResponse: never held whole). Redirects are followed here, not by the network stack, and only
// within the endpoint's origin (scheme, host, port), where the token belongs; a redirect elsewhere fails the
// job before anything is sent there. Jobs are single-shot: start() once, then finished() once.
class ChatwootJob : public QObject
{
    Q_OBJECT
public:
    enum class Method
    {
        Get,
        Post,
        Put,
        Patch,
        Delete
    };

    // A file sent as a part of a multipart/form-data body, opened when the request goes out.
    struct FilePart
    {
        std::function<std::unique_ptr<QIODevice>()> open;
        QString fileName;
        QString mimeType;
    };

    ChatwootJob(Method method, QString path, QObject *parent = nullptr);
    ~ChatwootJob() override;

    Method method() const { return method_; }
    QByteArray methodName() const;
    const QString &path() const { return path_; }
    const QUrlQuery &query() const { return query_; }

    void setTimeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }
    void setMaxResponseBytes(qint64 bytes) { maxResponseBytes_ = bytes; }

    // Sends the request; finished() follows asynchronously, also for failures found before sending.
    void start(QNetworkAccessManager &network, const Endpoint &endpoint);
    // Cancels; finished() follows with JobStatus::Aborted unless the job had finished already.
    void abort();

    const JobError &error() const { return error_; }
    bool succeeded() const { return error_.ok(); }
    int httpStatus() const { return error_.httpStatus; }

Q_SIGNALS:
    void finished(kontor::chatwoot::ChatwootJob *job);

protected:
    void addQueryItem(const QString &key, const QString &value) { query_.addQueryItem(key, value); }
    void setBody(const QJsonObject &body)
    {
        body_ = body;
        hasBody_ = true;
    }
    // Sends the body as multipart/form-data instead of JSON: the body's fields as text parts, and each file
    // under fileField (Chatwoot's "attachments[]"). Files are read while the request goes out.
    void setFiles(const QString &fileField, const QList<FilePart> &files)
    {
        fileField_ = fileField;
        files_ = files;
    }
    // Sign-in sends no token.
    void setAuthenticated(bool authenticated) { authenticated_ = authenticated; }
    // Statuses besides 2xx that the subclass reads itself (sign-in's 206 MFA step is 2xx already).
    virtual bool expectsBody() const { return true; }
    // Reads a successful response. Returns an empty string when the body was usable, else what was wrong
    // with it (translated) — the job then fails with MalformedResponse.
    virtual QString read(const QJsonDocument &document, int httpStatus) = 0;
    // Response headers for subclasses that need them.
    QByteArray responseHeader(const QByteArray &name) const;

private:
    void send(const QUrl &url);
    void sendMultipart(QNetworkRequest request);
    void watchReply();
    bool followRedirect(const QNetworkReply &reply, int code);
    void onReplyFinished();
    void finish(JobError error);

    Method method_;
    QString path_;
    QUrlQuery query_;
    QJsonObject body_;
    bool hasBody_ = false;
    bool authenticated_ = true;
    QString fileField_;
    QList<FilePart> files_;
    std::chrono::milliseconds timeout_{30000};
    qint64 maxResponseBytes_ = limits::restResponseBytes;
    QNetworkAccessManager *network_ = nullptr;
    QByteArray accessToken_;
    int redirects_ = 0;
    QPointer<QNetworkReply> reply_;
    net::BoundedReplyBody *replyBody_ = nullptr; // a child of reply_
    QList<QPair<QByteArray, QByteArray>> headers_;
    JobError error_;
    QString tlsProblem_;
    bool started_ = false;
    bool finished_ = false;
    bool aborted_ = false;
};

// The agent-facing sentence for a failed request. serverMessage is Chatwoot's own reason (422), if any.
QString describeFailure(JobStatus status, int httpStatus, const QString &serverMessage = {});

// Chatwoot's reason in an error body: "message", "error", or the first of "errors".
QString serverMessageIn(const QByteArray &body);

} // namespace kontor::chatwoot
