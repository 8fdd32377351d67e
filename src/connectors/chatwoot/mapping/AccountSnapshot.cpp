#include "connectors/chatwoot/mapping/AccountSnapshot.h"

#include "connectors/chatwoot/mapping/ChannelMapping.h"

namespace kontor::chatwoot {

Channel AccountSnapshot::channelOf(const QString &inboxId, const QString &channelType) const
{
    const auto found = inboxChannels.constFind(inboxId);
    if (found != inboxChannels.constEnd())
        return *found;
    return channelForInboxType(channelType);
}

bool AccountSnapshot::acceptConversationVersion(const QString &conversationId, UtcMillis updatedAt)
{
    auto found = versions_.find(conversationId);
    if (found == versions_.end()) {
        versions_.insert(conversationId, updatedAt);
        return true;
    }
    if (updatedAt != 0 && updatedAt < *found)
        return false;
    *found = qMax(*found, updatedAt);
    return true;
}

} // namespace kontor::chatwoot
