#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace kontor::chatwoot::fake {

// One HTTP request as the fake server parsed it.
struct HttpRequest
{
    QByteArray method;
    QString path; // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool hasJsonBody() const { return !body.trimmed().isEmpty(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// What the fake server answers, including the faults it can play.
struct HttpResponse
{
    enum class Delivery
    {
        Normal,
        Hang,     // never answer: the client's timeout must fire
        Truncate, // announce the whole body, send half of it, close
        Close,    // close the connection without a word
    };

    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Delivery delivery = Delivery::Normal;

    static HttpResponse json(const QJsonDocument &document, int status = 200);
    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse error(int status, const QString &message);
    static HttpResponse empty(int status = 200);
};

} // namespace kontor::chatwoot::fake
