#pragma once

#include "net/AddressPolicy.h"
#include "net/RemoteContentLimits.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace kontor::net {

class HostResolver;
class RemoteResourceDownload;
struct RemoteTarget;

// One remote resource of an email from the link to its bytes: each hop's host is resolved and checked
// (RemoteTarget), the request goes to the checked address, and a redirect is followed only to an http or
// https link that passes the same check, never from https down to http, at most maxRedirects times. The
// whole of it, resolution included, has the resource's time limit. Finishes exactly once.
class RemoteResourceFetch : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        QNetworkAccessManager &network;
        HostResolver &resolver;
        const AddressPolicy &policy;
    };

    RemoteResourceFetch(const QUrl &url, Services services, std::shared_ptr<qint64> messageBudget,
                        const RemoteContentLimits &limits, QObject *parent = nullptr);
    ~RemoteResourceFetch() override;

    void start();
    const QUrl &url() const { return url_; }

Q_SIGNALS:
    // The resource's bytes; empty when it was refused or could not be fetched.
    void finished(const QByteArray &bytes);

private:
    void request(const QUrl &url);
    void send(const RemoteTarget &target);
    void hopFinished(const QByteArray &bytes);
    void finish(const QByteArray &bytes, const QString &refusal = {});

    QUrl url_;
    QUrl current_;
    Services services_;
    std::shared_ptr<qint64> messageBudget_;
    RemoteContentLimits limits_;
    RemoteResourceDownload *download_ = nullptr;
    QTimer deadline_;
    int redirects_ = 0;
    bool done_ = false;
};

} // namespace kontor::net
