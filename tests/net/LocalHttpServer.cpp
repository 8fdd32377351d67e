#include "LocalHttpServer.h"

#include <QTcpSocket>
#include <QUrl>

LocalHttpServer::LocalHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&server_, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = server_.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                buffers_.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool LocalHttpServer::listen()
{
    return server_.listen(QHostAddress::LocalHost, 0);
}

QUrl LocalHttpServer::url(const QByteArray &path) const
{
    return QUrl(
        QStringLiteral("http://127.0.0.1:%1%2").arg(server_.serverPort()).arg(QString::fromLatin1(path)));
}

int LocalHttpServer::requestsFor(const QByteArray &path) const
{
    return int(std::count_if(requests_.cbegin(), requests_.cend(),
                             [&path](const Request &request) { return request.path == path; }));
}

void LocalHttpServer::serve(QTcpSocket *socket)
{
    QByteArray &buffer = buffers_[socket];
    buffer.append(socket->readAll());
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    buffer.clear();
    Request request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    requests_.append(request);

    const Response response = responses_.value(request.path, Response{404, "text/plain", "not here", {}});
    if (response.hang)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\nConnection: close\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    if (response.announceLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n" + response.body);
    socket->disconnectFromHost();
}
