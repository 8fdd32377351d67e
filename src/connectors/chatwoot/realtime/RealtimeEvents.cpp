#include "connectors/chatwoot/realtime/RealtimeEvents.h"

#include "connectors/chatwoot/api/JsonRead.h"

namespace kontor::chatwoot {

namespace {

bool isConversationEvent(const QString &event)
{
    static const QStringList events{QStringLiteral("conversation.created"),
                                    QStringLiteral("conversation.updated"),
                                    QStringLiteral("conversation.status_changed"),
                                    QStringLiteral("conversation.read"),
                                    QStringLiteral("conversation.contact_changed"),
                                    QStringLiteral("conversation.mentioned"),
                                    QStringLiteral("assignee.changed"),
                                    QStringLiteral("team.changed")};
    return events.contains(event);
}

void applyPresence(const QJsonObject &data, AccountSnapshot &snapshot, BatchBuilder &builder)
{
    const QJsonObject users = data.value(QLatin1StringView("users")).toObject();
    for (auto it = snapshot.agents.begin(); it != snapshot.agents.end(); ++it) {
        const Presence presence = presenceFromAvailability(readString(users.value(it.key())));
        if (presence == it->presence)
            continue;
        it->presence = presence;
        builder.batch().agents.append(*it);
    }
}

} // namespace

RealtimeOutcome applyRealtimeEvent(const QString &event, const QJsonObject &data, qint64 accountId,
                                   AccountSnapshot &snapshot, BatchBuilder &builder)
{
    RealtimeOutcome outcome;
    if (readIdNumber(data.value(QLatin1StringView("account_id"))) != accountId) {
        outcome.ignored = true;
        return outcome;
    }
    if (event == QLatin1StringView("message.created") || event == QLatin1StringView("message.updated")) {
        QString conversationId = readId(data.value(QLatin1StringView("conversation_id")));
        if (!snapshot.knowsConversation(conversationId)) {
            // The store may not have the conversation yet (created while we were away, or in an inbox we were
            // just added to): the message alone would be skipped, so the whole conversation is fetched.
            if (!conversationId.isEmpty())
                outcome.conversationsToFetch.append(conversationId);
            return outcome;
        }
        builder.addMessage(data);
        return outcome;
    }
    if (isConversationEvent(event)) {
        builder.addConversation(data);
        return outcome;
    }
    if (event == QLatin1StringView("contact.created") || event == QLatin1StringView("contact.updated") ||
        event == QLatin1StringView("contact.merged")) {
        builder.addContact(data);
        return outcome;
    }
    if (event == QLatin1StringView("contact.deleted")) {
        // Chatwoot deletes the contact's conversations with it: both are erased here too.
        const QString contactId = readId(data.value(QLatin1StringView("id")));
        if (contactId.isEmpty()) {
            outcome.ignored = true;
            return outcome;
        }
        builder.batch().deletedContactRemoteIds.append(contactId);
        return outcome;
    }
    if (event == QLatin1StringView("presence.update")) {
        applyPresence(data, snapshot, builder);
        return outcome;
    }
    if (event == QLatin1StringView("account.cache_invalidated")) {
        const CacheKeys keys = readCacheKeys(data);
        outcome.directoryChanged = !(keys == snapshot.cacheKeys);
        return outcome;
    }
    // Typing, notifications, first-reply and copilot events change nothing the store keeps.
    outcome.ignored = true;
    return outcome;
}

} // namespace kontor::chatwoot
