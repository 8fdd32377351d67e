#pragma once

#include "core/InputLimits.h"

#include <QtGlobal>

namespace kontor::net {

// How much an email's remote content may pull in. The sender chooses what an email links to; these keep a
// hostile or careless one from filling memory or holding requests open. The defaults are
// core/InputLimits.h's.
struct RemoteContentLimits
{
    qint64 bytesPerResource = limits::remoteResourceBytes;
    qint64 bytesPerMessage = limits::remoteContentBytesPerMessage;
    int timeoutMs = limits::remoteResourceTimeoutMs; // for one resource, from the request to its last byte
    int maxRedirects = limits::remoteContentRedirects;
    qint64 cacheBytes =
        limits::remoteContentCacheBytes; // kept in memory: opening a message again fetches nothing
    int concurrentFetches = limits::concurrentRemoteFetches; // the rest wait their turn
};

} // namespace kontor::net
