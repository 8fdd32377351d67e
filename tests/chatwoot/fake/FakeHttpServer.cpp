#include "FakeHttpServer.h"

#include "FakeCable.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

namespace kontor::chatwoot::fake {

HttpResponse HttpResponse::json(const QJsonDocument &document, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    response.headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return response;
}

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object), status);
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    return response;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , server_(std::make_unique<QTcpServer>())
{}

FakeHttpServer::~FakeHttpServer()
{
    dropConnections();
}

void FakeHttpServer::useTls(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificatePem, QSsl::Pem));
    configuration.setPrivateKey(QSslKey(keyPem, QSsl::Rsa, QSsl::Pem));
    // A server only asks for client certificates (QueryPeer); clients here present none, which is fine.
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    server->setSslConfiguration(configuration);
    server_ = std::move(server);
    tls_ = true;
}

bool FakeHttpServer::listen(quint16 port)
{
    // For HTTPS a connection becomes pending only after its handshake.
    connect(server_.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = server_->nextPendingConnection())
            onConnection(socket);
    });
    return server_->listen(QHostAddress::LocalHost, port);
}

quint16 FakeHttpServer::port() const
{
    return server_->serverPort();
}

void FakeHttpServer::dropConnections()
{
    const QList<QTcpSocket *> sockets = buffers_.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
    buffers_.clear();
    for (const QPointer<QTcpSocket> &socket : std::as_const(hanging_)) {
        if (socket)
            socket->abort();
    }
    hanging_.clear();
}

void FakeHttpServer::onConnection(QTcpSocket *socket)
{
    socket->setParent(this);
    buffers_.insert(socket, {});
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        buffers_.remove(socket);
        socket->deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        onReadable(socket);
}

void FakeHttpServer::onReadable(QTcpSocket *socket)
{
    if (!buffers_.contains(socket))
        return;
    QByteArray &buffer = buffers_[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        HttpRequest request;
        request.method = requestLine.value(0);
        const QUrl target(QString::fromUtf8(requestLine.value(1)));
        request.path = target.path();
        request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        if (request.path == QLatin1StringView("/cable") &&
            request.header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0 && cable_) {
            const QByteArray leftover = buffer.mid(headerEnd + 4);
            buffers_.remove(socket);
            socket->disconnect(this);
            cable_->accept(socket, request, leftover);
            return;
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        respond(socket,
                handler_ ? handler_(request) : HttpResponse::error(500, QStringLiteral("no handler")));
        if (!buffers_.contains(socket))
            return;
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const HttpResponse &response)
{
    switch (response.delivery) {
    case HttpResponse::Delivery::Hang:
        hanging_.append(socket);
        return;
    case HttpResponse::Delivery::Close:
        buffers_.remove(socket);
        socket->abort();
        return;
    case HttpResponse::Delivery::Normal:
    case HttpResponse::Delivery::Truncate:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    if (response.delivery == HttpResponse::Delivery::Truncate) {
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->flush();
        buffers_.remove(socket);
        socket->disconnectFromHost();
        return;
    }
    socket->write(head + response.body);
}

} // namespace kontor::chatwoot::fake
