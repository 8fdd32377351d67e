#pragma once

#include "connectors/chatwoot/api/ChatwootClient.h"
#include "connectors/chatwoot/api/ProfileJobs.h"
#include "connectors/chatwoot/mapping/AccountSnapshot.h"
#include "connectors/chatwoot/reports/LiveReport.h"
#include "connectors/chatwoot/setup/ChatwootAccount.h"
#include "connectors/chatwoot/sync/SyncCursor.h"
#include "connectors/chatwoot/sync/SyncOptions.h"
#include "identity/IdentityNormalizer.h"
#include "net/ReconnectPolicy.h"
#include "sync/Connector.h"

#include <QFuture>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimer>
#include <memory>

namespace kontor {
class SecretStore;
}

namespace kontor::chatwoot {

class ActionCableClient;
class ContactActions;
class OutboxDelivery;
class SyncRun;

// Kontor's client of one Chatwoot account (Chatwoot's agent API, v4).
//
// start(cursor): reads the access token from the keychain, checks it with /profile, runs the first sync when
// the cursor is empty (or a first sync was cut off), then subscribes to the account's ActionCable stream and
// fills the gap since the cursor before it reports online. While online it applies realtime events and saves
// its position every few minutes. When the stream drops it reports offline, reconnects with full-jitter
// backoff and fills the gap again — Chatwoot does not replay missed events. A revoked token (401, or the
// stream refusing the subscription) stops everything in AuthenticationNeeded until setAccessToken().
//
// Every batch goes out with the connector's cursor (SyncCursor, encoded): a batch of an unfinished sync
// carries the position before it, so a crash repeats the unfinished part, never skips it.
class ChatwootConnector : public Connector
{
    Q_OBJECT
public:
    ChatwootConnector(ChatwootAccount account, SecretStore *secrets, SyncOptions options = {},
                      IdentitySettings identity = {}, QObject *parent = nullptr);
    ~ChatwootConnector() override;

    AccountRecord account() const override;
    ConnectorCapabilities capabilities() const override;
    void start(const QString &cursor) override;
    void stop() override;
    void deliver(const DeliveryRequest &request) override;
    // GET …/messages?before=ID: the 20 messages before it; fewer than 20 is the conversation's beginning.
    void fetchOlderHistory(const QString &conversationRemoteId,
                           const QString &beforeMessageRemoteId) override;

    // A token from a new sign-in (the keychain is written by the caller); a connector waiting in
    // AuthenticationNeeded starts again with it.
    void setAccessToken(const QString &token);
    // Reads the token from the SecretStore again (after the account dialog saved a new sign-in there), and
    // starts again when it was waiting for one. The token never passes through the caller.
    void reloadAccessToken();

    // Beyond the contract (not store actions yet): merge two contacts, start a conversation with a contact in
    // another inbox, and the supervisor figures.
    QFuture<DeliveryResult> mergeContacts(const QString &baseContactRemoteId,
                                          const QString &mergeeContactRemoteId);
    QFuture<DeliveryResult> startConversation(const QString &contactRemoteId, const QString &inboxRemoteId,
                                              const QString &text);
    // Only for administrators (isAdministrator()); others get JobStatus::Forbidden.
    void fetchLiveReport(std::function<void(const LiveReport &, const JobError &)> done);

    const ChatwootAccount &chatwootAccount() const { return account_; }
    const Profile &profile() const { return profile_; }
    bool isAdministrator() const { return profile_.isAdministrator(account_.accountId); }
    QStringList labels() const { return snapshot_.labels; }
    // An agent's name as the account's directory gives it; empty when unknown.
    QString agentName(const QString &remoteId) const;
    const SyncCursor &cursor() const { return cursor_; }
    QNetworkAccessManager &network() { return network_; }

Q_SIGNALS:
    // Realtime events dropped because they belonged to another account (for diagnostics and tests).
    void foreignEventIgnored(const QString &event);

private:
    enum class Phase
    {
        Stopped,
        Authenticating,
        FirstSync,
        Subscribing,
        FillingGap,
        Online,
        WaitingToReconnect,
        AuthenticationNeeded,
    };

    void begin();
    void checkProfile();
    void runFirstSync();
    void subscribe();
    void runGapFill();
    void setOnline();
    void handleFailure(const JobError &error);
    void goOffline(const QString &reason);
    void needAuthentication();
    void scheduleReconnect();
    void checkpoint();
    void onEvent(const QString &event, const QJsonObject &data);
    void fetchConversation(const QString &conversationId);
    void emitBatch(const IngestBatch &batch, const SyncCursor &cursor);
    void emitState(const ConnectorState &state);

    ChatwootAccount account_;
    SecretStore *secrets_ = nullptr;
    SyncOptions options_;
    IdentityNormalizer normalizer_;
    QNetworkAccessManager network_;
    ChatwootClient client_;
    std::unique_ptr<ActionCableClient> cable_;
    std::unique_ptr<OutboxDelivery> delivery_;
    std::unique_ptr<ContactActions> contactActions_;
    std::unique_ptr<SyncRun> run_;
    AccountSnapshot snapshot_;
    Profile profile_;
    SyncCursor cursor_;
    qint64 liveMaxMessageId_ = 0;
    Phase phase_ = Phase::Stopped;
    bool gapFillAgain_ = false;
    UtcMillis offlineSince_ = 0;
    net::ReconnectPolicy reconnect_;
    QTimer reconnectTimer_;
    QTimer checkpointTimer_;
    ConnectorState lastState_;
    QSet<QString> fetchingConversations_;
};

} // namespace kontor::chatwoot
