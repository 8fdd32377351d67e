#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTcpServer>

// A small HTTP/1.1 server on 127.0.0.1 and a free port, answering each request from a table of canned
// responses (404 for the rest) and closing the connection after each answer. Records what it was asked.
class LocalHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool announceLength = true; // false: the body ends where the connection does
        bool hang = false;          // never answer
    };
    struct Request
    {
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
    };

    explicit LocalHttpServer(QObject *parent = nullptr);

    bool listen();
    QUrl url(const QByteArray &path) const;
    void respond(const QByteArray &path, const Response &response) { responses_.insert(path, response); }

    const QList<Request> &requests() const { return requests_; }
    int requestsFor(const QByteArray &path) const;

private:
    void serve(QTcpSocket *socket);

    QTcpServer server_;
    QHash<QByteArray, Response> responses_;
    QList<Request> requests_;
    QHash<QTcpSocket *, QByteArray> buffers_;
};
