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
// The open conversation's account first, then the other accounts the customer is a contact of.
std::optional<InboxRow> inboxToStartIn(const QList<InboxRow> &inboxes, const QList<qint64> &accounts,
                                       Channel channel)
{
    for (qint64 account : accounts) {
        for (const InboxRow &inbox : inboxes) {
            if (inbox.accountId == account && inbox.channel == channel)
                return inbox;
        }
    }
    return std::nullopt;
}
} // namespace

QList<ChannelChoice> reachableChannels(StoreReader &reader, const ConversationRow &current)
{
    QHash<Channel, ChannelChoice> byChannel;
    if (writable(current.channel))
        byChannel.insert(current.channel, {current.channel, current.id, {}, true, std::nullopt});
    // Newest first: the first conversation seen on a channel is the one a reply continues.
    for (const ConversationRow &row : reader.inbox().conversationsOfCustomer(current.customerId, 100)) {
        if (writable(row.channel) && !byChannel.contains(row.channel))
            byChannel.insert(row.channel, {row.channel, row.id, {}, false, std::nullopt});
    }
    QList<qint64> accounts{current.accountId};
    if (const auto customer = reader.directory().customer(current.customerId)) {
        for (const IdentityRow &identity : customer->identities) {
            if (identity.kind == IdentityKind::ContactId && identity.accountId &&
                !accounts.contains(*identity.accountId))
                accounts.append(*identity.accountId);
        }
        for (const IdentityRow &identity : customer->identities) {
            for (Channel channel : channelsOfIdentity(identity)) {
                auto it = byChannel.find(channel);
                if (it == byChannel.end())
                    it = byChannel.insert(channel, {channel, std::nullopt, {}, false, std::nullopt});
                if (it->address.isEmpty())
                    it->address = identityForDisplay(identity);
            }
        }
    }
    bool needsInboxes = false;
    for (const ChannelChoice &choice : std::as_const(byChannel))
        needsInboxes = needsInboxes || !choice.conversationId;
    if (needsInboxes) {
        const QList<InboxRow> inboxes = reader.directory().inboxes();
        for (ChannelChoice &choice : byChannel) {
            if (!choice.conversationId)
                choice.startIn = inboxToStartIn(inboxes, accounts, choice.channel);
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
