#include "net/RemoteContentFetcher.h"

#include "net/HostResolver.h"
#include "net/RemoteResourceFetch.h"
#include "net/RemoteTarget.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace kontor::net {

namespace {
void deliver(QObject *context, const RemoteContentFetcher::Done &done, const QUrl &url,
             const QByteArray &bytes)
{
    // Never from within fetch(): the caller may still be setting up.
    QMetaObject::invokeMethod(context, [done, url, bytes] { done(url, bytes); }, Qt::QueuedConnection);
}
} // namespace

RemoteContentFetcher::RemoteContentFetcher(MayConnect mayConnect, const RemoteContentLimits &limits,
                                           const AddressPolicy &policy,
                                           std::shared_ptr<HostResolver> resolver, QObject *parent)
    : QObject(parent)
    , mayConnect_(std::move(mayConnect))
    , limits_(limits)
    , policy_(policy)
    , resolver_(resolver ? std::move(resolver) : std::make_shared<SystemHostResolver>())
    , cache_(limits.cacheBytes)
{}

RemoteContentFetcher::~RemoteContentFetcher()
{
    // Queued and running fetches are children: they go with this, and nobody hears of them.
    queue_.clear();
}

bool RemoteContentFetcher::isFetchable(const QUrl &url)
{
    return checkLinkForm(url) == RemoteTarget::Refusal::None;
}

QNetworkAccessManager &RemoteContentFetcher::network()
{
    if (!network_) {
        network_ = new QNetworkAccessManager(this);
        // A manager of its own: it never holds the agent's sign-ins, and keeps nothing on disk. Redirects are
        // never followed by it: each hop's address is checked first (RemoteResourceFetch).
        network_->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return *network_;
}

void RemoteContentFetcher::fetch(const QList<QUrl> &urls, QObject *context, Done done)
{
    auto budget = std::make_shared<qint64>(limits_.bytesPerMessage);
    for (const QUrl &url : urls) {
        if (!isFetchable(url)) {
            deliver(context, done, url, {});
            continue;
        }
        if (const QByteArray *cached = cache_.object(url)) {
            const bool fits = cached->size() <= *budget;
            if (fits)
                *budget -= cached->size();
            deliver(context, done, url, fits ? *cached : QByteArray());
            continue;
        }
        if (mayConnect_ && !mayConnect_()) {
            deliver(context, done, url, {});
            continue;
        }
        auto *fetch = new RemoteResourceFetch(url, {network(), *resolver_, policy_}, budget, limits_, this);
        connect(fetch, &RemoteResourceFetch::finished, this,
                [this, fetch, url, context = QPointer<QObject>(context), done](const QByteArray &bytes) {
                    --running_;
                    if (!bytes.isEmpty())
                        cache_.insert(url, new QByteArray(bytes), bytes.size());
                    if (context)
                        deliver(context, done, url, bytes);
                    fetch->deleteLater();
                    startQueued();
                });
        queue_.append(fetch);
    }
    startQueued();
}

void RemoteContentFetcher::startQueued()
{
    while (running_ < qMax(1, limits_.concurrentFetches) && !queue_.isEmpty()) {
        ++running_;
        queue_.takeFirst()->start();
    }
}

} // namespace kontor::net
