#include "app/RemoteContentFetcher.h"

#include "app/RemoteResourceDownload.h"
#include "sync/NetworkPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace kontor::app {

namespace {
void deliver(QObject *context, const ui::RemoteContentSource::Done &done, const QUrl &url,
             const QByteArray &bytes)
{
    // Never from within fetch(): the caller may still be setting up.
    QMetaObject::invokeMethod(
        context, [done, url, bytes] { done(url, bytes); }, Qt::QueuedConnection);
}
} // namespace

RemoteContentFetcher::RemoteContentFetcher(const NetworkPolicy &network, const RemoteContentLimits &limits,
                                           QObject *parent)
    : QObject(parent)
    , policy_(network)
    , limits_(limits)
    , cache_(limits.cacheBytes)
{}

RemoteContentFetcher::~RemoteContentFetcher() = default;

bool RemoteContentFetcher::isFetchable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    // A user name or password in a link is the sender's, and would be sent on a challenge: not followed.
    return url.isValid() && (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https")) &&
           !url.host().isEmpty() && url.userInfo().isEmpty();
}

QNetworkAccessManager &RemoteContentFetcher::network()
{
    if (!network_) {
        network_ = new QNetworkAccessManager(this);
        // A manager of its own: it never holds the agent's sign-ins, and keeps nothing on disk.
        network_->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
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
        if (!policy_.mayConnect()) {
            deliver(context, done, url, {});
            continue;
        }
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(limits_.maxRedirects);
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        request.setTransferTimeout(limits_.timeoutMs);
        request.setRawHeader("Accept", "image/avif,image/webp,image/png,image/*;q=0.8,text/css;q=0.5");
        auto *download = new RemoteResourceDownload(network().get(request), budget, limits_, this);
        connect(download, &RemoteResourceDownload::finished, this,
                [this, download, url, context = QPointer<QObject>(context), done](const QByteArray &bytes) {
                    if (!bytes.isEmpty())
                        cache_.insert(url, new QByteArray(bytes), bytes.size());
                    if (context)
                        deliver(context, done, url, bytes);
                    download->deleteLater();
                });
    }
}

} // namespace kontor::app
