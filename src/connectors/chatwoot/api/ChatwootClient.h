#pragma once

#include "connectors/chatwoot/api/ChatwootJob.h"

#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace kontor::chatwoot {

// Runs jobs against one endpoint: starts them, hands each finished job to its callback, deletes it, and can
// cancel everything at once (stop(), a lost connection, a token that was revoked).
class ChatwootClient : public QObject
{
    Q_OBJECT
public:
    ChatwootClient(QNetworkAccessManager &network, QObject *parent = nullptr);

    void setEndpoint(const Endpoint &endpoint) { endpoint_ = endpoint; }
    // The timeout every job sent from here gets.
    void setRequestTimeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }
    // The largest answer any job sent from here reads (core/InputLimits.h by default).
    void setMaxResponseBytes(qint64 bytes) { maxResponseBytes_ = bytes; }
    const Endpoint &endpoint() const { return endpoint_; }
    QNetworkAccessManager &network() { return network_; }

    // Starts job (taking ownership) and calls done(job) when it finished, unless context is gone by then.
    template<typename Job>
    Job *send(Job *job, QObject *context, std::function<void(Job &)> done)
    {
        job->setParent(this);
        job->setTimeout(timeout_);
        job->setMaxResponseBytes(maxResponseBytes_);
        QPointer<QObject> guard(context);
        connect(job, &ChatwootJob::finished, this, [job, guard, done = std::move(done)] {
            job->deleteLater();
            if (guard)
                done(*job);
        });
        job->start(network_, endpoint_);
        return job;
    }

    // Cancels every running job; their callbacks see JobStatus::Aborted.
    void abortAll();
    int runningJobs() const;

private:
    QNetworkAccessManager &network_;
    Endpoint endpoint_;
    std::chrono::milliseconds timeout_{30000};
    qint64 maxResponseBytes_ = limits::restResponseBytes;
};

} // namespace kontor::chatwoot
