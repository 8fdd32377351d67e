#pragma once

#include "core/InputLimits.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <chrono>

namespace kontor::chatwoot {

// The client side of Rails' ActionCable protocol as Chatwoot uses it, over one QWebSocket:
//   ← {"type":"welcome"}  → {"command":"subscribe","identifier":"{\"channel\":\"RoomChannel\",…}"}
//   ← {"type":"confirm_subscription"}  ← {"type":"ping"} every 3 s  ← {"identifier":…,"message":{event,data}}
//   → {"command":"message","identifier":…,"data":"{\"action\":\"update_presence\"}"} every 20 s
// The connection itself is not authenticated; the subscription is, by the user's pubsub token. A socket that
// stays silent longer than staleAfter (no ping) is closed and reported as lost, so a half-open connection is
// noticed. Frames that are not well-formed JSON are dropped and counted, never fatal. A frame or message
// larger than its bound (core/InputLimits.h) is not read: the socket closes and the connection is reported as
// lost.
class ActionCableClient : public QObject
{
    Q_OBJECT
public:
    struct Subscription
    {
        QString pubsubToken;
        qint64 accountId = 0;
        qint64 userId = 0;
    };

    explicit ActionCableClient(QObject *parent = nullptr);
    ~ActionCableClient() override;

    void setPresenceInterval(std::chrono::milliseconds interval) { presenceInterval_ = interval; }
    void setStaleAfter(std::chrono::milliseconds staleAfter) { staleAfter_ = staleAfter; }
    // Bounds for connections opened from now on.
    void setMaxIncomingSizes(qint64 frameBytes, qint64 messageBytes)
    {
        maxFrameBytes_ = frameBytes;
        maxMessageBytes_ = messageBytes;
    }

    void open(const QUrl &url, const Subscription &subscription);
    void close();
    bool isSubscribed() const { return subscribed_; }
    int droppedFrames() const { return droppedFrames_; }

    // The identifier string the subscription uses (and every server message of it echoes).
    static QString identifierFor(const Subscription &subscription);

Q_SIGNALS:
    void subscribed();
    // The server refused the subscription (a wrong pubsub token) or said unauthorized: signing in again
    // helps.
    void rejected();
    void eventReceived(const QString &event, const QJsonObject &data);
    // The connection is gone (closed by the server, broken, or stale); reconnecting is the caller's decision.
    void lost(const QString &reason);

private:
    void onText(const QString &text);
    void sendPresence();
    void sendCommand(const QJsonObject &command);
    void drop(const QString &reason);

    QWebSocket *socket_ = nullptr;
    Subscription subscription_;
    QString identifier_;
    QTimer presenceTimer_;
    QTimer staleTimer_;
    QTimer subscribeTimer_; // a connection that pings but never confirms the subscription is no better
    std::chrono::milliseconds presenceInterval_{20000};
    std::chrono::milliseconds staleAfter_{15000};
    qint64 maxFrameBytes_ = limits::websocketFrameBytes;
    qint64 maxMessageBytes_ = limits::websocketMessageBytes;
    bool subscribed_ = false;
    bool open_ = false;
    int droppedFrames_ = 0;
};

} // namespace kontor::chatwoot
