#pragma once

#include "HttpExchange.h"

#include <QObject>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <functional>
#include <memory>

class QTcpSocket;

namespace kontor::chatwoot::fake {

class FakeCable;

// A small HTTP/1.1 server on 127.0.0.1 (port 0 picks a free one): keep-alive, Content-Length bodies, and the
// faults HttpResponse describes. A GET of /cable that asks for a websocket upgrade is handed to the cable.
// With a certificate it speaks HTTPS instead.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    void setHandler(Handler handler) { handler_ = std::move(handler); }
    void setCable(FakeCable *cable) { cable_ = cable; }
    // HTTPS with this certificate and key (PEM).
    void useTls(const QByteArray &certificatePem, const QByteArray &keyPem);

    bool listen(quint16 port = 0);
    quint16 port() const;
    // Drops every open connection (a server restart, as clients see it).
    void dropConnections();

private:
    void onConnection(QTcpSocket *socket);
    void onReadable(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const HttpResponse &response);

    std::unique_ptr<QTcpServer> server_;
    Handler handler_;
    FakeCable *cable_ = nullptr;
    QHash<QTcpSocket *, QByteArray> buffers_;
    QList<QPointer<QTcpSocket>> hanging_;
    bool tls_ = false;
};

} // namespace kontor::chatwoot::fake
