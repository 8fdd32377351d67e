#pragma once

#include "connectors/chatwoot/sync/BatchBuilder.h"

#include <QJsonObject>
#include <QStringList>

namespace kontor::chatwoot {

// What one realtime event means for the store and for the connector.
struct RealtimeOutcome
{
    bool ignored = false;             // another account's event, or one that changes nothing Kontor keeps
    QStringList conversationsToFetch; // a message for a conversation not seen yet: fetch it whole
    bool directoryChanged = false;    // the label, inbox or team cache key moved
};

// Applies one ActionCable event to a batch, per Chatwoot's event table:
//  - message.created / message.updated: the message (a soft-deleted one becomes a deletion); its echo_id
//    matches the optimistic copy of a reply sent from here;
//  - conversation.created / .updated / .status_changed / .read / .contact_changed / .mentioned,
//    assignee.changed, team.changed: the whole conversation, which Chatwoot re-reads at broadcast time;
//  - contact.created / .updated / .merged: the contact with its identities;
//  - contact.deleted: the contact and its conversations are erased (Chatwoot sends no event when only a
//    conversation is deleted: a refetch answered 404 erases it);
//  - presence.update: the agents' availability (users not listed are offline);
//  - account.cache_invalidated: directory lists to fetch again.
// Events whose account_id is not this account's are ignored, as both official clients do.
RealtimeOutcome applyRealtimeEvent(const QString &event, const QJsonObject &data, qint64 accountId,
                                   AccountSnapshot &snapshot, BatchBuilder &builder);

} // namespace kontor::chatwoot
