#include "connectors/chatwoot/realtime/ActionCableClient.h"

#include "connectors/chatwoot/realtime/CableFrame.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkRequest>

namespace kontor::chatwoot {

Q_LOGGING_CATEGORY(lcChatwootCable, "kontor.chatwoot.cable")

ActionCableClient::ActionCableClient(QObject *parent)
    : QObject(parent)
{
    presenceTimer_.callOnTimeout(this, &ActionCableClient::sendPresence);
    staleTimer_.setSingleShot(true);
    staleTimer_.callOnTimeout(this, [this] { drop(QStringLiteral("no ping from the server")); });
    subscribeTimer_.setSingleShot(true);
    subscribeTimer_.callOnTimeout(this,
                                  [this] { drop(QStringLiteral("the subscription was not confirmed")); });
}

ActionCableClient::~ActionCableClient()
{
    close();
}

QString ActionCableClient::identifierFor(const Subscription &subscription)
{
    const QJsonObject identifier{{QStringLiteral("channel"), QStringLiteral("RoomChannel")},
                                 {QStringLiteral("pubsub_token"), subscription.pubsubToken},
                                 {QStringLiteral("account_id"), subscription.accountId},
                                 {QStringLiteral("user_id"), subscription.userId}};
    return QString::fromUtf8(QJsonDocument(identifier).toJson(QJsonDocument::Compact));
}

void ActionCableClient::open(const QUrl &url, const Subscription &subscription)
{
    close();
    subscription_ = subscription;
    identifier_ = identifierFor(subscription);
    socket_ = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // A frame or message past these closes the connection (reported as lost); the caller reconnects.
    socket_->setMaxAllowedIncomingFrameSize(quint64(maxFrameBytes_));
    socket_->setMaxAllowedIncomingMessageSize(quint64(maxMessageBytes_));
    connect(socket_, &QWebSocket::textMessageReceived, this, &ActionCableClient::onText);
    connect(socket_, &QWebSocket::disconnected, this, [this] {
        const bool tooLarge = socket_ && socket_->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData;
        drop(tooLarge ? QStringLiteral("a frame or message larger than its bound")
                      : QStringLiteral("closed"));
    });
    connect(socket_, &QWebSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        drop(QStringLiteral("socket error %1").arg(int(error)));
    });
    open_ = true;
    staleTimer_.start(staleAfter_ * 2); // the handshake and the welcome get a little longer
    subscribeTimer_.start(staleAfter_ * 2);
    QNetworkRequest request(url);
    socket_->open(request);
}

void ActionCableClient::close()
{
    open_ = false;
    subscribed_ = false;
    presenceTimer_.stop();
    staleTimer_.stop();
    subscribeTimer_.stop();
    if (socket_) {
        QWebSocket *socket = socket_;
        socket_ = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void ActionCableClient::drop(const QString &reason)
{
    if (!open_)
        return;
    close();
    qCInfo(lcChatwootCable) << "connection lost:" << reason;
    Q_EMIT lost(reason);
}

void ActionCableClient::sendCommand(const QJsonObject &command)
{
    if (socket_)
        socket_->sendTextMessage(QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact)));
}

void ActionCableClient::sendPresence()
{
    if (!subscribed_)
        return;
    sendCommand({{QStringLiteral("command"), QStringLiteral("message")},
                 {QStringLiteral("identifier"), identifier_},
                 {QStringLiteral("data"), QStringLiteral("{\"action\":\"update_presence\"}")}});
}

void ActionCableClient::onText(const QString &text)
{
    staleTimer_.start(staleAfter_); // any frame proves the connection alive
    const CableFrame frame = readCableFrame(text);
    switch (frame.kind) {
    case CableFrame::Kind::Unreadable:
        ++droppedFrames_;
        qCInfo(lcChatwootCable) << "dropped an unreadable frame of" << text.size() << "characters";
        return;
    case CableFrame::Kind::Incomplete:
        ++droppedFrames_;
        return;
    case CableFrame::Kind::Welcome:
        sendCommand({{QStringLiteral("command"), QStringLiteral("subscribe")},
                     {QStringLiteral("identifier"), identifier_}});
        return;
    case CableFrame::Kind::Ping:
        return;
    case CableFrame::Kind::SubscriptionConfirmed:
        subscribed_ = true;
        subscribeTimer_.stop();
        sendPresence(); // as the web client does right away, then every interval
        presenceTimer_.start(presenceInterval_);
        Q_EMIT subscribed();
        return;
    case CableFrame::Kind::SubscriptionRejected:
        close();
        Q_EMIT rejected();
        return;
    case CableFrame::Kind::Disconnect:
        if (frame.disconnectReason == QLatin1StringView("unauthorized")) {
            close();
            Q_EMIT rejected();
            return;
        }
        drop(QStringLiteral("server disconnect: ") + frame.disconnectReason);
        return;
    case CableFrame::Kind::Event:
        Q_EMIT eventReceived(frame.event, frame.data);
        return;
    }
}

} // namespace kontor::chatwoot
