#pragma once

#include "HttpExchange.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QTcpSocket;

namespace kontor::chatwoot::fake {

// The server side of Chatwoot's ActionCable endpoint, on sockets the HTTP server hands over: the websocket
// handshake and framing written out by hand (so a test can cut a frame in half), then the protocol:
// welcome, pings, subscribe to RoomChannel (confirmed when the pubsub token and user id match, else
// rejected), update_presence answered with presence.update, and broadcasts of {event, data}.
class FakeCable : public QObject
{
    Q_OBJECT
public:
    // Decides a subscription: the identifier's pubsub_token, account_id and user_id.
    using Authorizer = std::function<bool(const QJsonObject &identifier)>;
    // The presence.update data sent on subscribe and on each update_presence.
    using PresenceSource = std::function<QJsonObject()>;

    explicit FakeCable(QObject *parent = nullptr);
    ~FakeCable() override;

    void setAuthorizer(Authorizer authorizer) { authorizer_ = std::move(authorizer); }
    void setPresenceSource(PresenceSource source) { presence_ = std::move(source); }
    void setPingInterval(std::chrono::milliseconds interval) { pingTimer_.setInterval(interval); }
    // Sends nothing at all, pings included (a half-open connection, as the client sees it).
    void setSilent(bool silent) { silent_ = silent; }

    // Takes over a socket whose upgrade request was read; leftover is what followed it.
    void accept(QTcpSocket *socket, const HttpRequest &upgrade, const QByteArray &leftover);

    // Sends {event, data} to every subscriber.
    void broadcast(const QString &event, const QJsonObject &data);
    // Sends a raw text frame to every connection (malformed frames for tests).
    void sendRaw(const QByteArray &text);
    // Writes the first half of a frame to every connection, then cuts it.
    void dropMidFrame();
    void dropAll();

    int subscriberCount() const;
    int connectionCount() const { return int(clients_.size()); }
    int presenceUpdates() const { return presenceUpdates_; }
    int subscriptionsConfirmed() const { return confirmed_; }
    QStringList identifiers() const;

Q_SIGNALS:
    void subscribedChanged();

private:
    struct Client
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        QString identifier; // set when subscribed
    };

    void onReadable(Client *client);
    void onText(Client *client, const QByteArray &text);
    void sendText(Client *client, const QByteArray &text);
    void remove(Client *client);

    QList<Client *> clients_;
    QTimer pingTimer_;
    Authorizer authorizer_;
    PresenceSource presence_;
    int presenceUpdates_ = 0;
    int confirmed_ = 0;
    bool silent_ = false;
};

} // namespace kontor::chatwoot::fake
