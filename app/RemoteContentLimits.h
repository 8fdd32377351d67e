#pragma once

#include <QtGlobal>

namespace kontor::app {

// How much an email's remote content may pull in. The sender chooses what an email links to; these keep a
// hostile or careless one from filling memory or holding requests open.
struct RemoteContentLimits
{
    qint64 bytesPerResource = 5 * 1024 * 1024;
    qint64 bytesPerMessage = 20 * 1024 * 1024;
    int timeoutMs = 20'000; // for one resource, from the request to its last byte
    int maxRedirects = 5;
    qint64 cacheBytes = 32 * 1024 * 1024; // kept in memory, so that opening a message again fetches nothing
};

} // namespace kontor::app
