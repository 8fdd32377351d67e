#pragma once

#include <QJsonObject>
#include <QString>

namespace kontor::chatwoot {

// One text frame an ActionCable server sends, read without acting on it, so that the client's state machine
// and a fuzzer share the one reading of untrusted bytes.
struct CableFrame
{
    enum class Kind
    {
        Unreadable, // not a JSON object
        Welcome,
        Ping,
        SubscriptionConfirmed,
        SubscriptionRejected,
        Disconnect,
        Event,
        Incomplete, // well-formed, but neither a control frame nor a message with an event and its data
    };

    Kind kind = Kind::Unreadable;
    QString disconnectReason; // Disconnect: "unauthorized", "server_restart", … (may be empty)
    QString event;            // Event: never empty
    QJsonObject data;         // Event
};

CableFrame readCableFrame(const QString &text);

} // namespace kontor::chatwoot
