#pragma once

#include "net/AddressPolicy.h"

#include <QHostAddress>
#include <QNetworkRequest>
#include <QUrl>
#include <functional>

class QObject;

namespace kontor::net {

class HostResolver;

// Where a link from a stranger may be fetched from: its host resolved here, every address checked against an
// AddressPolicy, and the request built to connect to exactly the address that was checked — the URL names the
// address, the Host header and the TLS peer name (SNI and certificate check) keep the name — so that the
// network stack never resolves the name a second time (a DNS answer that changes between the check and the
// connection cannot lead it elsewhere).
struct RemoteTarget
{
    enum class Refusal
    {
        None,
        Scheme,        // not http or https
        UserInfo,      // a user name or password in the link
        NoHost,        // no host at all
        InvalidNumber, // a numeric host that is no address
        NotFound,      // the name resolves to nothing
        Address,       // resolves to an address the policy refuses (addressClass says which)
    };

    QUrl url; // as linked
    QHostAddress address;
    Refusal refusal = Refusal::None;
    AddressClass addressClass = AddressClass::Invalid;

    bool ok() const { return refusal == Refusal::None; }
    // The request to send: to address, for url's host. Only for an ok() target.
    QNetworkRequest request() const;
    // Why a target was refused, for logs (never the URL: it may name the customer).
    QString reason() const;
};

// Whether a URL's form is fetchable at all: http or https, a host, no user info. Refusal::None when it is.
RemoteTarget::Refusal checkLinkForm(const QUrl &url);

// Checks url's form, resolves its host (a numeric one without the resolver) and judges every address; calls
// done once, later, on context's thread, unless context is gone. A name with any refused address is refused
// whole: a public name has no business pointing into a private network.
void resolveRemoteTarget(const QUrl &url, HostResolver &resolver, const AddressPolicy &policy,
                         QObject *context, std::function<void(const RemoteTarget &)> done);

} // namespace kontor::net
