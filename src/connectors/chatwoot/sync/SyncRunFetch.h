#pragma once

// SyncRun's request helper, shared by the files of SyncRun: one request with the run's retry rules.
#include "connectors/chatwoot/sync/SyncRun.h"

#include <QLoggingCategory>
#include <QTimer>

namespace kontor::chatwoot {

Q_DECLARE_LOGGING_CATEGORY(lcChatwootSync)

template<typename Job>
void SyncRun::fetch(std::function<Job *()> make, std::function<void(Job &)> done, std::function<void()> skip,
                    int attempt)
{
    if (failed_)
        return;
    Job *job = make();
    client_.send<Job>(job, this, [this, make, done, skip, attempt](Job &finished) {
        if (failed_)
            return;
        if (finished.succeeded()) {
            done(finished);
            return;
        }
        const JobError &error = finished.error();
        if (error.status == JobStatus::Aborted)
            return; // stopped: the run is being torn down
        const bool transient = error.retryClass() == RetryClass::Retryable;
        if (transient && attempt + 1 < options_.requestAttempts) {
            const auto pause =
                qMax(options_.retryPause * (attempt + 1), std::chrono::milliseconds(error.retryAfterMillis));
            QTimer::singleShot(pause, this, [this, make, done, skip, attempt] {
                fetch<Job>(make, done, skip, attempt + 1);
            });
            return;
        }
        // A list the user's role may not read (403), a conversation deleted meanwhile (404), or an answer
        // that stays unreadable: skip the item, keep going.
        if (skip && (error.status == JobStatus::NotFound || error.status == JobStatus::Forbidden ||
                     error.status == JobStatus::MalformedResponse)) {
            ++skipped_;
            lastSkipStatus_ = error.status;
            qCInfo(lcChatwootSync) << "skipped one item of" << finished.path().section(u'/', 5, 5) << "status"
                                   << int(error.status);
            skip();
            return;
        }
        fail(error);
    });
}

} // namespace kontor::chatwoot
