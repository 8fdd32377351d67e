#include "models/ReachableChannels.h"

#include "models/CustomerProfile.h"
#include "store/StoreReader.h"

namespace kontor::models {

namespace {
bool writable(Channel channel)
{
    return channel != Channel::Voice;
}

QList<Channel> channelsOfIdentity(const IdentityRow &identity)
{
    switch (identity.kind) {
    case IdentityKind::Email:
        return {Channel::Email};
    case IdentityKind::Phone:
        return {Channel::Sms, Channel::WhatsApp};
    case IdentityKind::Handle:
        return identity.platform ? QList<Channel>{*identity.platform} : QList<Channel>{};
    case IdentityKind::ContactId:
        break;
    }
    return {};
}
} // namespace

QList<ChannelChoice> reachableChannels(StoreReader &reader, const ConversationRow &current)
{
    QHash<Channel, ChannelChoice> byChannel;
    if (writable(current.channel))
        byChannel.insert(current.channel, {current.channel, current.id, {}, true});
    // Newest first: the first conversation seen on a channel is the one a reply continues.
    for (const ConversationRow &row : reader.inbox().conversationsOfCustomer(current.customerId, 100)) {
        if (writable(row.channel) && !byChannel.contains(row.channel))
            byChannel.insert(row.channel, {row.channel, row.id, {}, false});
    }
    if (const auto customer = reader.directory().customer(current.customerId)) {
        for (const IdentityRow &identity : customer->identities) {
            for (Channel channel : channelsOfIdentity(identity)) {
                auto it = byChannel.find(channel);
                if (it == byChannel.end())
                    it = byChannel.insert(channel, {channel, std::nullopt, {}, false});
                if (it->address.isEmpty())
                    it->address = identityForDisplay(identity);
            }
        }
    }
    QList<ChannelChoice> choices;
    if (byChannel.contains(current.channel))
        choices.append(byChannel.take(current.channel));
    for (Channel channel : allChannels()) {
        if (byChannel.contains(channel))
            choices.append(byChannel.take(channel));
    }
    return choices;
}

} // namespace kontor::models
