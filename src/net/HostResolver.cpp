#include "net/HostResolver.h"

#include <QHostInfo>

namespace kontor::net {

void SystemHostResolver::resolve(const QString &host, QObject *context, Done done)
{
    QHostInfo::lookupHost(host, context,
                          [done = std::move(done)](const QHostInfo &info) { done(info.addresses()); });
}

} // namespace kontor::net
