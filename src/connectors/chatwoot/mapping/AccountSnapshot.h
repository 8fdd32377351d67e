#pragma once

#include "connectors/chatwoot/api/DirectoryJobs.h"
#include "connectors/chatwoot/mapping/AttributeDefinitions.h"
#include "connectors/chatwoot/mapping/SlaMapping.h"
#include "core/Channel.h"
#include "core/Time.h"
#include "store/IngestBatch.h"

#include <QHash>
#include <QStringList>

namespace kontor::chatwoot {

// What the connector keeps in memory about the remote account between requests: the channel of each inbox
// (conversations and source ids are read through it), the agents (a presence event names only ids), the
// newest version of each conversation seen (a page fetched before a realtime event must not overwrite the
// event's newer state), the account's labels, SLA policies, attribute definitions and its cache keys.
class AccountSnapshot
{
public:
    qint64 selfUserId = 0;
    QHash<QString, Channel> inboxChannels;
    QHash<QString, AgentRecord> agents;
    QStringList labels;
    CacheKeys cacheKeys;
    // The account's SLA policies by id (empty where the server has none: Community edition, feature off).
    QHash<QString, SlaPolicy> slaPolicies;
    // The contact attributes' definitions by key (empty until fetched, or where the role may not read them).
    AttributeDefinitions contactAttributes;

    // The inbox's channel, or the one its channel type names when the inbox is not known yet.
    Channel channelOf(const QString &inboxId, const QString &channelType = {}) const;

    // Records the conversation's updated_at; false when a newer version was seen already.
    bool acceptConversationVersion(const QString &conversationId, UtcMillis updatedAt);
    bool knowsConversation(const QString &conversationId) const { return versions_.contains(conversationId); }
    void forgetConversation(const QString &conversationId) { versions_.remove(conversationId); }

private:
    QHash<QString, UtcMillis> versions_;
};

} // namespace kontor::chatwoot
