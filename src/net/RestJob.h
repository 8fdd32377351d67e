#pragma once

#include "core/InputLimits.h"
#include "net/JobStatus.h"

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

// One request to a backend's REST API and the reading of its answer: the base of every connector's jobs
// (one subclass per request kind, which names its method and path and reads its own answer). This class
// sends it, enforces a timeout, maps HTTP and network failures to a JobStatus (see JobStatus.h for what each
// means for retrying) and turns an unreadable answer into MalformedResponse instead of a crash. The answer
// is read as it arrives and the request aborted as soon as it passes maxResponseBytes (never held whole).
// Redirects are followed here, not by the network stack, and only within the origin (scheme, host, port),
// where the credentials of addHeaders() belong; a redirect elsewhere fails the job before anything is sent
// there, and only requests without a body are sent again. Jobs are single-shot: start once, then finished()
// once.
class RestJob : public QObject
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

    // Why a job failed, for the backend's own sentence (describe()).
    struct Failure
    {
        enum class Kind
        {
            Status,            // status says it all
            AnswerTooLarge,    // larger than maxBytes
            RedirectElsewhere, // to otherOrigin, where the credentials do not go
            TooManyRedirects,
            FileUnreadable, // a file of the multipart body could not be opened
        };
        Kind kind = Kind::Status;
        JobStatus status = JobStatus::Succeeded;
        int httpStatus = 0;
        QString serverMessage; // the backend's own reason in an error answer, if any
        QString otherOrigin;   // RedirectElsewhere: where to, without path and credentials
        qint64 maxBytes = 0;   // AnswerTooLarge
    };

    RestJob(Method method, QString path, QObject *parent = nullptr);
    ~RestJob() override;

    Method method() const { return method_; }
    QByteArray methodName() const;
    const QString &path() const { return path_; }
    const QUrlQuery &query() const { return query_; }

    void setTimeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }
    void setMaxResponseBytes(qint64 bytes) { maxResponseBytes_ = bytes; }

    // Cancels; finished() follows with JobStatus::Aborted unless the job had finished already.
    void abort();

    const JobError &error() const { return error_; }
    bool succeeded() const { return error_.ok(); }
    int httpStatus() const { return error_.httpStatus; }

Q_SIGNALS:
    void finished(kontor::net::RestJob *job);

protected:
    // Sends the request to url (the backend's address of path() with query()); finished() follows
    // asynchronously, also for failures found before sending.
    void startAt(QNetworkAccessManager &network, const QUrl &url);
    // Ends the job now (a subclass that finds it cannot be sent), with finished() from the event loop.
    void failSoon(JobError error);

    void addQueryItem(const QString &key, const QString &value) { query_.addQueryItem(key, value); }
    void setBody(const QJsonObject &body)
    {
        body_ = body;
        hasBody_ = true;
    }
    // Sends the body as multipart/form-data instead of JSON: the body's fields as text parts, and each file
    // under fileField. Files are read while the request goes out.
    void setFiles(const QString &fileField, const QList<FilePart> &files)
    {
        fileField_ = fileField;
        files_ = files;
    }
    // Headers sent with every request of this job, redirects within the origin included: credentials.
    virtual void addHeaders(QNetworkRequest &) const {}
    // Reads a successful answer. Returns an empty string when it was usable, else what was wrong with it
    // (translated): the job then fails with MalformedResponse.
    virtual QString readBody(const QByteArray &body, int httpStatus) = 0;
    // The agent-facing sentence for a failure, in the backend's own words.
    virtual QString describe(const Failure &failure) const = 0;
    // The backend's reason in an error answer; empty when it gives none.
    virtual QString serverMessage(const QByteArray &) const { return {}; }
    // Response headers for subclasses that need them.
    QByteArray responseHeader(const QByteArray &name) const;

private:
    void send(const QUrl &url);
    void sendMultipart(QNetworkRequest request);
    void watchReply();
    bool followRedirect(const QNetworkReply &reply, int code);
    void onReplyFinished();
    void finish(JobError error);
    JobError failure(Failure failure) const;

    Method method_;
    QString path_;
    QUrlQuery query_;
    QJsonObject body_;
    bool hasBody_ = false;
    QString fileField_;
    QList<FilePart> files_;
    std::chrono::milliseconds timeout_{30000};
    qint64 maxResponseBytes_ = limits::restResponseBytes;
    QNetworkAccessManager *network_ = nullptr;
    int redirects_ = 0;
    QPointer<QNetworkReply> reply_;
    BoundedReplyBody *replyBody_ = nullptr; // a child of reply_
    QList<QPair<QByteArray, QByteArray>> headers_;
    JobError error_;
    QString tlsProblem_;
    bool started_ = false;
    bool finished_ = false;
    bool aborted_ = false;
};

} // namespace kontor::net
