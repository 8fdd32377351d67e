#pragma once

#include "app/RemoteContentLimits.h"
#include "ui/conversation/RemoteContentSource.h"

#include <QCache>
#include <QObject>

class QNetworkAccessManager;

namespace kontor {
class NetworkPolicy;
}

namespace kontor::app {

// Fetches the remote images and style sheets of an email when the agent asks for them, and only then:
// http and https only, TLS verified as always, no cookies and no credentials, redirects only to targets as
// safe as the link, within RemoteContentLimits, and nothing at all while the agent works offline. What was
// fetched is kept in memory, so that opening the message again fetches nothing.
class RemoteContentFetcher : public QObject, public ui::RemoteContentSource
{
    Q_OBJECT
public:
    explicit RemoteContentFetcher(const NetworkPolicy &network, const RemoteContentLimits &limits = {},
                                  QObject *parent = nullptr);
    ~RemoteContentFetcher() override;

    void fetch(const QList<QUrl> &urls, QObject *context, Done done) override;

    // Whether a link is one this fetcher would follow at all.
    static bool isFetchable(const QUrl &url);

private:
    QNetworkAccessManager &network();

    const NetworkPolicy &policy_;
    RemoteContentLimits limits_;
    QNetworkAccessManager *network_ = nullptr; // made when first needed: most starts never fetch anything
    QCache<QUrl, QByteArray> cache_;
};

} // namespace kontor::app
