#pragma once

#include "connectors/chatwoot/api/DirectoryJobs.h"
#include "core/Time.h"

#include <QString>

namespace kontor::chatwoot {

// The connector's sync position, saved by the store with every batch (in the same transaction):
//  - firstSyncDone: false while the first sync runs, so a restart in the middle starts it again (ingestion is
//    idempotent) instead of trusting a half-filled store;
//  - syncedAt: everything changed before this moment (client clock) is in the store; the next gap fill asks
//    for conversations updated since then, plus a margin;
//  - maxMessageId: the newest message id seen (Chatwoot's message ids rise across the whole installation),
//    so a conversation whose last message is not newer needs no message request;
//  - cacheKeys: the label/inbox/team keys of the last directory fetch.
// Stored as a small JSON object with a version, so a later format can read this one.
struct SyncCursor
{
    bool firstSyncDone = false;
    UtcMillis syncedAt = 0;
    qint64 maxMessageId = 0;
    CacheKeys cacheKeys;

    QString encode() const;
    // An empty, unreadable or unknown-version text gives a cursor that asks for a first sync.
    static SyncCursor decode(const QString &text);

    friend bool operator==(const SyncCursor &, const SyncCursor &) = default;
};

} // namespace kontor::chatwoot
