#pragma once

#include "net/RemoteContentFetcher.h"
#include "ui/conversation/RemoteContentSource.h"

namespace kontor::app {

// Hands the workspace's requests for an email's remote content to the network library's fetcher.
class RemoteContentSourceBridge : public ui::RemoteContentSource
{
public:
    explicit RemoteContentSourceBridge(net::RemoteContentFetcher &fetcher)
        : fetcher_(fetcher)
    {}

    void fetch(const QList<QUrl> &urls, QObject *context, Done done) override
    {
        fetcher_.fetch(urls, context, std::move(done));
    }

private:
    net::RemoteContentFetcher &fetcher_;
};

} // namespace kontor::app
