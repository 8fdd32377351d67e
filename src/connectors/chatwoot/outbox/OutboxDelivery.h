#pragma once

#include "connectors/chatwoot/api/ChatwootClient.h"
#include "connectors/chatwoot/mapping/AccountSnapshot.h"
#include "identity/IdentityNormalizer.h"
#include "sync/Connector.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace kontor::chatwoot {

// Delivers outbox entries to Chatwoot, one request sequence per action kind:
//  - reply / private note: POST messages with echo_id = the entry's uuid;
//  - status (with the snooze time), priority: toggle_status / toggle_priority;
//  - assignment: the team, then the agent (Chatwoot ignores team_id beside assignee_id);
//  - add / remove label: Chatwoot replaces a conversation's whole label set, so the current set is read first
//    and only this entry's label is added or removed: a colleague's label added meanwhile stays;
//  - mark read: update_last_seen.
// After a conversation change, the conversation is read back and returned as the echo (the server is
// authoritative). Failures follow the retry table: 401 keeps the entry for after sign-in, 404 and 422 fail
// it with the reason, 429/5xx/timeouts retry (with Retry-After).
//
// A reply or note carries the entry's key as source_id, which Chatwoot keeps with the message. One whose
// earlier attempt may have landed (request.outcomeUnknown; the sync engine has already looked among the echo
// ids it ingested) is looked for by that key among every message of the conversation since its first
// attempt — found, it is confirmed without sending twice. Where the channel overwrites source_id and the key
// is not found, the outcome stays unknown and the agent decides; nothing is ever resent blindly.
class OutboxDelivery : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(DeliveryResult)>;

    OutboxDelivery(ChatwootClient &client, AccountSnapshot &snapshot, const IdentityNormalizer &normalizer,
                   const AccountRecord &account, QObject *parent = nullptr);

    void deliver(const DeliveryRequest &request, Done done);

    // A note's "@Name" for each mentioned colleague (remote id, name) as Chatwoot's mention link.
    static QString withMentionLinks(const QString &body, const QList<std::pair<QString, QString>> &agents);
    static QStringList mergeLabels(const QStringList &current, const QString &add, const QString &remove);
    // The key Chatwoot keeps with a message sent for an outbox entry (as its source_id).
    static QString deliveryKey(const QString &uuid);
    // Whether messages in conversations of this channel keep the source_id Kontor sent.
    static bool keepsDeliveryKey(std::optional<Channel> channel);

private:
    void sendMessage(const DeliveryRequest &request, const SendMessage &message, Done done);
    // Looks for the message carrying key among the conversation's messages created from notBefore on,
    // paging from the newest (or from before, exclusive) back.
    void findByKey(const QString &conversationId, const QString &key, UtcMillis notBefore,
                   std::optional<qint64> before,
                   std::function<void(const JobError &, std::optional<QJsonObject>)> found);
    void assign(const DeliveryRequest &request, Done done);
    void changeLabels(const DeliveryRequest &request, const QString &add, const QString &remove, Done done);
    // Reads the conversation back and answers confirmed, with it as the echo when that worked.
    void confirmWithConversation(const QString &conversationId, Done done);

    ChatwootClient &client_;
    AccountSnapshot &snapshot_;
    IdentityNormalizer normalizer_;
    AccountRecord account_;
};

} // namespace kontor::chatwoot
