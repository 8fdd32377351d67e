#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace kontor::chatwoot {

// Where one Chatwoot account is and how to talk to it: the server's base URL, the numeric account id that
// every application API path carries, and the user's access token (held in memory only; it is read from and
// written to the OS keychain, never to settings, SQLite or logs).
struct Endpoint
{
    QUrl server; // scheme, host and port, and a path prefix when Chatwoot is served below one
    qint64 accountId = 0;
    QString accessToken;

    // server + path (+ query). path starts with '/'.
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    // "/api/v1/accounts/<id>" + rest.
    QString accountPath(const QString &rest) const;
    // "/api/v2/accounts/<id>" + rest, the reports API.
    QString reportsPath(const QString &rest) const;
    // The ActionCable endpoint: ws(s)://host/cable.
    QUrl cableUrl() const;
    // "<host>[:port]/<account id>": the account's remote id in the store, stable across token changes.
    QString accountRemoteId() const;
};

// Reads a server address as a person types it ("chat.example.com", "https://chat.example.com/",
// "http://localhost:3000"): no scheme means https; only http and https are accepted, without user info,
// query or fragment. An invalid address gives an empty URL.
QUrl normalizeServerUrl(const QString &input);

} // namespace kontor::chatwoot
