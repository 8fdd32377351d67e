#include "FakeCable.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QTcpSocket>

namespace kontor::chatwoot::fake {

namespace {

QByteArray frame(const QByteArray &payload, quint8 opcode = 0x1)
{
    QByteArray out;
    out.append(char(0x80 | opcode));
    if (payload.size() < 126) {
        out.append(char(payload.size()));
    } else if (payload.size() <= 0xffff) {
        out.append(char(126));
        out.append(char((payload.size() >> 8) & 0xff));
        out.append(char(payload.size() & 0xff));
    } else {
        out.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((quint64(payload.size()) >> shift) & 0xff));
    }
    return out + payload;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

FakeCable::FakeCable(QObject *parent)
    : QObject(parent)
{
    pingTimer_.setInterval(std::chrono::milliseconds(3000));
    pingTimer_.callOnTimeout(this, [this] {
        const QByteArray ping = compact({{QStringLiteral("type"), QStringLiteral("ping")},
                                         {QStringLiteral("message"), QDateTime::currentSecsSinceEpoch()}});
        for (Client *client : std::as_const(clients_))
            sendText(client, ping);
    });
    pingTimer_.start();
}

FakeCable::~FakeCable()
{
    dropAll();
}

void FakeCable::accept(QTcpSocket *socket, const HttpRequest &upgrade, const QByteArray &leftover)
{
    const QByteArray pending = leftover + socket->readAll();
    const QByteArray key = upgrade.header("sec-websocket-key");
    const QByteArray accept =
        QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                 QCryptographicHash::Sha1)
            .toBase64();
    socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Accept: " +
                  accept + "\r\n\r\n");
    auto *client = new Client{socket, pending, {}};
    clients_.append(client);
    connect(socket, &QTcpSocket::readyRead, this, [this, client] { onReadable(client); });
    connect(socket, &QTcpSocket::disconnected, this, [this, client] { remove(client); });
    sendText(client, compact({{QStringLiteral("type"), QStringLiteral("welcome")}}));
    if (!client->buffer.isEmpty())
        onReadable(client);
}

void FakeCable::remove(Client *client)
{
    if (!clients_.removeOne(client))
        return;
    const bool wasSubscribed = !client->identifier.isEmpty();
    if (client->socket)
        client->socket->deleteLater();
    delete client;
    if (wasSubscribed)
        Q_EMIT subscribedChanged();
}

void FakeCable::onReadable(Client *client)
{
    if (!client->socket)
        return;
    client->buffer += client->socket->readAll();
    for (;;) {
        QByteArray &b = client->buffer;
        if (b.size() < 2)
            return;
        const quint8 opcode = quint8(b[0]) & 0x0f;
        const bool masked = quint8(b[1]) & 0x80;
        quint64 length = quint8(b[1]) & 0x7f;
        qsizetype offset = 2;
        if (length == 126) {
            if (b.size() < 4)
                return;
            length = (quint64(quint8(b[2])) << 8) | quint8(b[3]);
            offset = 4;
        } else if (length == 127) {
            if (b.size() < 10)
                return;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | quint8(b[2 + i]);
            offset = 10;
        }
        const qsizetype maskOffset = offset;
        if (masked)
            offset += 4;
        if (quint64(b.size()) < offset + length)
            return;
        QByteArray payload = b.mid(offset, qsizetype(length));
        if (masked) {
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload[i] ^ b[maskOffset + (i % 4)]);
        }
        b.remove(0, offset + qsizetype(length));
        if (opcode == 0x8) { // close: answer and go
            client->socket->write(frame({}, 0x8));
            client->socket->disconnectFromHost();
            return;
        }
        if (opcode == 0x9) {
            client->socket->write(frame(payload, 0xA));
            continue;
        }
        if (opcode == 0x1)
            onText(client, payload);
    }
}

void FakeCable::onText(Client *client, const QByteArray &text)
{
    const QJsonObject command = QJsonDocument::fromJson(text).object();
    const QString identifier = command.value(QLatin1StringView("identifier")).toString();
    const QString kind = command.value(QLatin1StringView("command")).toString();
    if (kind == QLatin1StringView("subscribe")) {
        const QJsonObject parsed = QJsonDocument::fromJson(identifier.toUtf8()).object();
        const bool allowed =
            parsed.value(QLatin1StringView("channel")).toString() == QLatin1StringView("RoomChannel") &&
            (!authorizer_ || authorizer_(parsed));
        if (!allowed) {
            sendText(client, compact({{QStringLiteral("identifier"), identifier},
                                      {QStringLiteral("type"), QStringLiteral("reject_subscription")}}));
            return;
        }
        client->identifier = identifier;
        ++confirmed_;
        sendText(client, compact({{QStringLiteral("identifier"), identifier},
                                  {QStringLiteral("type"), QStringLiteral("confirm_subscription")}}));
        if (presence_)
            sendText(client,
                     compact({{QStringLiteral("identifier"), identifier},
                              {QStringLiteral("message"),
                               QJsonObject{{QStringLiteral("event"), QStringLiteral("presence.update")},
                                           {QStringLiteral("data"), presence_()}}}}));
        Q_EMIT subscribedChanged();
        return;
    }
    if (kind == QLatin1StringView("message") && identifier == client->identifier) {
        const QJsonObject data =
            QJsonDocument::fromJson(command.value(QLatin1StringView("data")).toString().toUtf8()).object();
        if (data.value(QLatin1StringView("action")).toString() == QLatin1StringView("update_presence")) {
            ++presenceUpdates_;
            if (presence_)
                sendText(client,
                         compact({{QStringLiteral("identifier"), identifier},
                                  {QStringLiteral("message"),
                                   QJsonObject{{QStringLiteral("event"), QStringLiteral("presence.update")},
                                               {QStringLiteral("data"), presence_()}}}}));
        }
    }
}

void FakeCable::sendText(Client *client, const QByteArray &text)
{
    if (silent_)
        return;
    if (client->socket && client->socket->state() == QAbstractSocket::ConnectedState)
        client->socket->write(frame(text));
}

void FakeCable::broadcast(const QString &event, const QJsonObject &data)
{
    for (Client *client : std::as_const(clients_)) {
        if (client->identifier.isEmpty())
            continue;
        sendText(client, compact({{QStringLiteral("identifier"), client->identifier},
                                  {QStringLiteral("message"), QJsonObject{{QStringLiteral("event"), event},
                                                                          {QStringLiteral("data"), data}}}}));
    }
}

void FakeCable::sendRaw(const QByteArray &text)
{
    for (Client *client : std::as_const(clients_))
        sendText(client, text);
}

void FakeCable::dropMidFrame()
{
    const QList<Client *> clients = clients_;
    for (Client *client : clients) {
        if (!client->socket)
            continue;
        const QByteArray whole =
            frame(compact({{QStringLiteral("identifier"), client->identifier},
                           {QStringLiteral("message"),
                            QJsonObject{{QStringLiteral("event"), QStringLiteral("message.created")},
                                        {QStringLiteral("data"), QJsonObject{}}}}}));
        client->socket->write(whole.left(whole.size() / 2));
        client->socket->flush();
        client->socket->abort();
        remove(client);
    }
}

void FakeCable::dropAll()
{
    const QList<Client *> clients = clients_;
    for (Client *client : clients) {
        if (client->socket)
            client->socket->abort();
        remove(client);
    }
}

int FakeCable::subscriberCount() const
{
    int count = 0;
    for (const Client *client : clients_)
        count += client->identifier.isEmpty() ? 0 : 1;
    return count;
}

QStringList FakeCable::identifiers() const
{
    QStringList result;
    for (const Client *client : clients_) {
        if (!client->identifier.isEmpty())
            result.append(client->identifier);
    }
    return result;
}

} // namespace kontor::chatwoot::fake
