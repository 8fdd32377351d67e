#pragma once

#include "net/HostResolver.h"

#include <QHash>
#include <QObject>
#include <QStringList>

// Answers host names from a table, later, as a real resolver would; remembers what it was asked.
class FakeResolver : public kontor::net::HostResolver
{
public:
    void add(const QString &host, const QList<QHostAddress> &addresses) { table_.insert(host, addresses); }

    void resolve(const QString &host, QObject *context, Done done) override
    {
        asked_.append(host);
        const QList<QHostAddress> addresses = table_.value(host.toLower());
        QMetaObject::invokeMethod(
            context, [done = std::move(done), addresses] { done(addresses); }, Qt::QueuedConnection);
    }

    const QStringList &asked() const { return asked_; }

private:
    QHash<QString, QList<QHostAddress>> table_;
    QStringList asked_;
};
