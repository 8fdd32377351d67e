#include "net/RemoteResourceFetch.h"

#include "net/HostResolver.h"
#include "net/RemoteResourceDownload.h"
#include "net/RemoteTarget.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace kontor::net {

Q_LOGGING_CATEGORY(lcRemoteContent, "kontor.net.remotecontent")

RemoteResourceFetch::RemoteResourceFetch(const QUrl &url, Services services,
                                         std::shared_ptr<qint64> messageBudget,
                                         const RemoteContentLimits &limits, QObject *parent)
    : QObject(parent)
    , url_(url)
    , services_(services)
    , messageBudget_(std::move(messageBudget))
    , limits_(limits)
{
    deadline_.setSingleShot(true);
    deadline_.callOnTimeout(this, [this] { finish({}, QStringLiteral("no complete answer in time")); });
}

RemoteResourceFetch::~RemoteResourceFetch()
{
    done_ = true;
    delete download_;
}

void RemoteResourceFetch::start()
{
    deadline_.start(limits_.timeoutMs);
    request(url_);
}

void RemoteResourceFetch::request(const QUrl &url)
{
    current_ = url;
    resolveRemoteTarget(url, services_.resolver, services_.policy, this, [this](const RemoteTarget &target) {
        if (done_)
            return;
        if (!target.ok()) {
            finish({}, target.reason());
            return;
        }
        send(target);
    });
}

void RemoteResourceFetch::send(const RemoteTarget &target)
{
    QNetworkRequest request = target.request();
    // Every redirect comes back here to have its target checked before anything is sent there.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(limits_.timeoutMs);
    request.setRawHeader("Accept", "image/avif,image/webp,image/png,image/*;q=0.8,text/css;q=0.5");
    download_ = new RemoteResourceDownload(services_.network.get(request), messageBudget_,
                                           limits_.bytesPerResource, this);
    connect(download_, &RemoteResourceDownload::finished, this, &RemoteResourceFetch::hopFinished);
}

void RemoteResourceFetch::hopFinished(const QByteArray &bytes)
{
    RemoteResourceDownload *download = download_;
    download_ = nullptr;
    download->deleteLater();
    const QByteArray location = download->redirectLocation();
    if (location.isEmpty()) {
        finish(bytes, bytes.isEmpty() ? QStringLiteral("refused or failed") : QString());
        return;
    }
    if (++redirects_ > limits_.maxRedirects) {
        finish({}, QStringLiteral("more than %1 redirects").arg(limits_.maxRedirects));
        return;
    }
    const QUrl next = current_.resolved(QUrl::fromEncoded(location));
    if (current_.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0 &&
        next.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) != 0) {
        finish({}, QStringLiteral("a redirect from https to a less safe scheme"));
        return;
    }
    request(next);
}

void RemoteResourceFetch::finish(const QByteArray &bytes, const QString &refusal)
{
    if (done_)
        return;
    done_ = true;
    deadline_.stop();
    if (download_) {
        download_->disconnect(this);
        download_->deleteLater();
        download_ = nullptr;
    }
    // Only why, never which link: the link may name the customer or the sender's tracking id.
    if (!refusal.isEmpty())
        qCInfo(lcRemoteContent).noquote() << "remote resource not loaded:" << refusal;
    Q_EMIT finished(bytes);
}

} // namespace kontor::net
