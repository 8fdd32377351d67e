#pragma once

#include "connectors/email/EmailConversations.h"
#include "connectors/email/account/EmailAccountSettings.h"
#include "connectors/email/imap/FolderCursor.h"
#include "connectors/email/imap/ImapConnection.h"
#include "connectors/email/smtp/OutgoingEmail.h"
#include "net/ReconnectPolicy.h"
#include "sync/Connector.h"

#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <chrono>
#include <memory>

namespace kontor::email {

class FolderSync;
class ImapIdle;
class EmailDelivery;
struct FetchedMessage;

struct EmailConnectorOptions
{
    std::chrono::milliseconds pollInterval{std::chrono::minutes(2)}; // besides IDLE, in case it misses
    std::chrono::milliseconds reconnectBase{std::chrono::seconds(1)};
    std::chrono::milliseconds reconnectCap{std::chrono::minutes(2)};
};

// A shared support mailbox as a backend, over IMAP (KIMAP) and SMTP (KSMTP). It syncs the watched folders by
// UID from its cursor (per folder UIDVALIDITY and last UID; a new UIDVALIDITY fetches the folder again, and
// the store knows each message by its Message-ID, so nothing doubles), threads messages into conversations,
// then waits for new mail with IDLE on a second connection, polls now and then besides, and after any lost
// connection reconnects with backoff and syncs from its cursor. Replies and new emails go out exactly once
// (EmailDelivery). What email has no place for (assignment, status, labels, notes) stays in Kontor.
class EmailConnector : public Connector
{
    Q_OBJECT
public:
    EmailConnector(EmailAccountSettings settings, QString password, EmailConnectorOptions options = {},
                   QObject *parent = nullptr);
    ~EmailConnector() override;

    AccountRecord account() const override;
    ConnectorCapabilities capabilities() const override;
    void start(const QString &cursor) override;
    void stop() override;
    void deliver(const DeliveryRequest &request) override;

    // Syncs now (also what IDLE and the poll do); a sync that is running is followed by one more.
    void syncNow();
    // The sync runs (for tests): how many have finished since start().
    int finishedSyncs() const { return finishedSyncs_; }
    bool isIdling() const { return idling_; }

private:
    void connectSync();
    void runSync();
    void syncFolder(int index);
    void takeMessages(const QString &folder, const QList<FetchedMessage> &messages,
                      const FolderPosition &reached);
    void syncFinished();
    void connectionLost();
    void connectionFailed(ConnectionProblem problem, const QString &detail);
    void scheduleReconnect();
    void setState(const ConnectorState &state);

    void deliverNext();
    std::optional<OutgoingEmail> outgoingFor(const DeliveryRequest &request, QString *refusal) const;
    void deliveryDone(const DeliveryRequest &request, const DeliveryResult &result, const QByteArray &mime);

    EmailAccountSettings settings_;
    QString password_;
    EmailConnectorOptions options_;
    EmailConversations conversations_;
    FolderCursor cursor_;
    ConnectorState state_;
    net::ReconnectPolicy reconnect_;
    QTimer reconnectTimer_;
    QTimer pollTimer_;

    std::unique_ptr<ImapConnection> syncConnection_;
    QPointer<FolderSync> folderSync_;
    std::unique_ptr<ImapIdle> idle_;
    bool running_ = false;
    bool syncing_ = false;
    bool syncAgain_ = false;
    bool threadsKnown_ = false; // messages before the cursor were read (as headers) since start()
    bool firstSync_ = false;
    bool idling_ = false;
    qint64 expectedItems_ = 0;
    qint64 syncedItems_ = 0;
    int finishedSyncs_ = 0;

    std::unique_ptr<ImapConnection> deliveryConnection_;
    QQueue<DeliveryRequest> deliveries_;
    QPointer<EmailDelivery> delivering_;
};

} // namespace kontor::email
