#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <functional>

class QObject;

namespace kontor::net {

// Turns a host name into addresses. The remote-content fetcher asks one of these itself, checks what it got,
// and connects to exactly the address it checked; tests inject one that answers from a table.
class HostResolver
{
public:
    using Done = std::function<void(const QList<QHostAddress> &addresses)>;

    virtual ~HostResolver() = default;
    // Calls done once, later, on context's thread, with the addresses (empty when the name is unknown); never
    // once context is gone.
    virtual void resolve(const QString &host, QObject *context, Done done) = 0;
};

// The system's resolver, through QHostInfo.
class SystemHostResolver : public HostResolver
{
public:
    void resolve(const QString &host, QObject *context, Done done) override;
};

} // namespace kontor::net
