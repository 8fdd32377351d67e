#pragma once

#include "net/AddressPolicy.h"
#include "net/RemoteContentLimits.h"

#include <QByteArray>
#include <QCache>
#include <QList>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace kontor::net {

class HostResolver;
class RemoteResourceFetch;

// Fetches the remote images and style sheets of an email when the agent asks for them, and only then: http
// and https only, from public unicast addresses only (each hop resolved and checked here, and connected to
// exactly as checked: see RemoteTarget), TLS verified as always, no cookies and no credentials, within
// RemoteContentLimits (at most concurrentFetches at once, the rest queued), and nothing at all while
// mayConnect() says no. What was fetched is kept in memory, so that opening the message again fetches
// nothing.
class RemoteContentFetcher : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QUrl &url, const QByteArray &bytes)>;
    using MayConnect = std::function<bool()>;

    // resolver: the system's when null. policy: public addresses, plus what it allows besides.
    explicit RemoteContentFetcher(MayConnect mayConnect, const RemoteContentLimits &limits = {},
                                  const AddressPolicy &policy = {},
                                  std::shared_ptr<HostResolver> resolver = {}, QObject *parent = nullptr);
    ~RemoteContentFetcher() override;

    // Fetches the remote resources of one message, which share its byte budget. Calls done once per URL, on
    // context's thread, with the bytes, or with an empty array when the resource was refused or could not be
    // fetched; never from within fetch(), and never once context is gone.
    void fetch(const QList<QUrl> &urls, QObject *context, Done done);

    // Whether a link is one this fetcher would follow at all (its form; the address is checked when fetched).
    static bool isFetchable(const QUrl &url);

    int runningFetches() const { return running_; }
    qsizetype queuedFetches() const { return queue_.size(); }

private:
    QNetworkAccessManager &network();
    void startQueued();

    MayConnect mayConnect_;
    RemoteContentLimits limits_;
    AddressPolicy policy_;
    std::shared_ptr<HostResolver> resolver_;
    QNetworkAccessManager *network_ = nullptr; // made when first needed: most starts never fetch anything
    QCache<QUrl, QByteArray> cache_;
    QList<RemoteResourceFetch *> queue_;
    int running_ = 0;
};

} // namespace kontor::net
