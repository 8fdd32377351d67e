#pragma once

#include <QString>
#include <QUrl>

namespace kontor::net {

// Scheme, host and port: the unit credentials belong to. A redirect to another origin never carries them.
struct Origin
{
    QString scheme;
    QString host;
    int port = -1; // the scheme's default port when the URL names none

    static Origin of(const QUrl &url);
    bool isValid() const { return !scheme.isEmpty() && !host.isEmpty() && port > 0; }

    friend bool operator==(const Origin &, const Origin &) = default;
};

// Whether a redirect from `from` to `to` stays within one origin, so that credentials may go along.
inline bool sameOrigin(const QUrl &from, const QUrl &to)
{
    const Origin a = Origin::of(from);
    return a.isValid() && a == Origin::of(to);
}

} // namespace kontor::net
