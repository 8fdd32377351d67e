#include "net/RemoteTarget.h"

#include "net/HostResolver.h"
#include "net/NumericHost.h"

#include <QObject>
#include <QPointer>

namespace kontor::net {

namespace {

void deliver(QObject *context, const std::function<void(const RemoteTarget &)> &done,
             const RemoteTarget &target)
{
    QMetaObject::invokeMethod(context, [done, target] { done(target); }, Qt::QueuedConnection);
}

RemoteTarget judge(RemoteTarget target, const QList<QHostAddress> &addresses, const AddressPolicy &policy)
{
    if (addresses.isEmpty()) {
        target.refusal = RemoteTarget::Refusal::NotFound;
        return target;
    }
    for (const QHostAddress &address : addresses) {
        if (!policy.permits(address)) {
            target.refusal = RemoteTarget::Refusal::Address;
            target.addressClass = classifyAddress(address);
            return target;
        }
    }
    target.address = addresses.first();
    target.addressClass = classifyAddress(target.address);
    return target;
}

} // namespace

RemoteTarget::Refusal checkLinkForm(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")))
        return RemoteTarget::Refusal::Scheme;
    // A user name or password in a link is the sender's, and would be sent on a challenge.
    if (!url.userInfo().isEmpty())
        return RemoteTarget::Refusal::UserInfo;
    if (url.host().isEmpty())
        return RemoteTarget::Refusal::NoHost;
    return RemoteTarget::Refusal::None;
}

QNetworkRequest RemoteTarget::request() const
{
    QUrl pinned = url;
    pinned.setHost(address.toString());
    QNetworkRequest request(pinned);
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    request.setRawHeader("Host", host);
    // The certificate is checked against the name, and the name is what SNI announces.
    request.setPeerVerifyName(url.host());
    // HTTP/2 takes the authority from the URL, which names the address; HTTP/1.1 sends the Host header above.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

QString RemoteTarget::reason() const
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::Scheme:
        return QStringLiteral("not an http or https link");
    case Refusal::UserInfo:
        return QStringLiteral("a link with a user name or password");
    case Refusal::NoHost:
        return QStringLiteral("a link without a host");
    case Refusal::InvalidNumber:
        return QStringLiteral("a numeric host that is no address");
    case Refusal::NotFound:
        return QStringLiteral("the host name was not found");
    case Refusal::Address:
        return QStringLiteral("the host is not a public address (%1)")
            .arg(QLatin1StringView(addressClassName(addressClass)));
    }
    return {};
}

void resolveRemoteTarget(const QUrl &url, HostResolver &resolver, const AddressPolicy &policy,
                         QObject *context, std::function<void(const RemoteTarget &)> done)
{
    RemoteTarget target;
    target.url = url;
    target.refusal = checkLinkForm(url);
    if (!target.ok()) {
        deliver(context, done, target);
        return;
    }
    const NumericHost numeric = NumericHost::parse(url.host());
    switch (numeric.kind) {
    case NumericHost::Kind::Invalid:
        target.refusal = RemoteTarget::Refusal::InvalidNumber;
        deliver(context, done, target);
        return;
    case NumericHost::Kind::Address:
        deliver(context, done, judge(target, {numeric.address}, policy));
        return;
    case NumericHost::Kind::Name:
        break;
    }
    resolver.resolve(url.host(), context,
                     [target, policy, done = std::move(done)](const QList<QHostAddress> &addresses) {
                         done(judge(target, addresses, policy));
                     });
}

} // namespace kontor::net
