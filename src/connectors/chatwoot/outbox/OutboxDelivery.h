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
// A reply whose earlier attempt may have landed (cut off, timed out, 5xx) is looked for before it is sent
// again: among echo ids seen in realtime events, then among the conversation's latest messages (by echo_id
// where the server lists it, else an outgoing message of this user with the same text and privacy, created
// after the entry) — found, it is confirmed without sending twice.
class OutboxDelivery : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(DeliveryResult)>;

    OutboxDelivery(ChatwootClient &client, AccountSnapshot &snapshot, const IdentityNormalizer &normalizer,
                   const AccountRecord &account, QObject *parent = nullptr);

    void deliver(const DeliveryRequest &request, Done done);
    // A message.created event carried this echo id: the reply landed.
    void noteEcho(const QString &echoId, const QString &messageId);

    // A note's "@Name" for each mentioned colleague (remote id, name) as Chatwoot's mention link.
    static QString withMentionLinks(const QString &body, const QList<std::pair<QString, QString>> &agents);
    static QStringList mergeLabels(const QStringList &current, const QString &add, const QString &remove);

private:
    void sendMessage(const DeliveryRequest &request, const SendMessage &message, Done done);
    void findEarlierAttempt(const DeliveryRequest &request, const SendMessage &message,
                            std::function<void(const JobError &, std::optional<QJsonObject>)> found);
    void assign(const DeliveryRequest &request, Done done);
    void changeLabels(const DeliveryRequest &request, const QString &add, const QString &remove, Done done);
    // Reads the conversation back and answers confirmed, with it as the echo when that worked.
    void confirmWithConversation(const QString &conversationId, Done done);
    void failed(const QString &uuid, const JobError &error, bool mayHaveLanded, Done done);

    ChatwootClient &client_;
    AccountSnapshot &snapshot_;
    IdentityNormalizer normalizer_;
    AccountRecord account_;
    QSet<QString> uncertain_;            // uuids whose last attempt may have landed
    QHash<QString, QString> seenEchoes_; // echo id -> message id, from realtime
    QList<QString> echoOrder_;           // bounds seenEchoes_
};

} // namespace kontor::chatwoot
