#pragma once

#include <chrono>

namespace kontor::chatwoot {

// The knobs of a Chatwoot sync; the defaults suit a production server, tests shorten the times.
struct SyncOptions
{
    // History fetched per conversation in the first sync, in pages of 20 messages; older history is paged in
    // on demand (ChatwootConnector::fetchOlderMessages).
    int firstSyncMessagePages = 2;
    // Whether the first sync also pages through the whole contact list (15 a page), for the identities of
    // contacts who have no conversation yet. Contacts of conversations always come with them.
    bool syncAllContacts = true;
    // Conversations whose messages are fetched at the same time.
    int parallelRequests = 3;
    // A gap up to this long is filled with updated_within (one unpaginated answer); a longer one pages
    // through all conversations again, which a server handles better than one huge answer.
    std::chrono::seconds updatedWithinLimit{24 * 3600};
    // Added to every gap: the window must overlap the last sync generously, or a change made just before the
    // disconnect is missed (Chatwoot issue #14934: a window of seconds since the disconnect lost a reply).
    std::chrono::seconds gapMargin{600};
    // Retries of one request inside a sync before the sync gives up (and the connector retries it later).
    int requestAttempts = 3;
    std::chrono::milliseconds retryPause{400};
    std::chrono::milliseconds requestTimeout{30000};

    // Realtime: presence is refreshed this often (Chatwoot's PRESENCE_DURATION is 20 s) …
    std::chrono::milliseconds presenceInterval{20000};
    // … and a socket silent this long is taken for dead (the server pings every 3 s).
    std::chrono::milliseconds staleConnectionAfter{15000};
    // While online, the cursor is saved this often, so that a restart fills only the gap since then.
    std::chrono::milliseconds checkpointInterval{5 * 60 * 1000};
    // Reconnects back off between these bounds (full jitter).
    std::chrono::milliseconds reconnectBase{1000};
    std::chrono::milliseconds reconnectCap{5 * 60 * 1000};
};

} // namespace kontor::chatwoot
