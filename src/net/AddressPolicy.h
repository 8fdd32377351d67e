#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>

namespace kontor::net {

// What kind of address a host resolved to, as far as fetching something a stranger linked to is concerned.
enum class AddressClass
{
    Public,      // global unicast: the only kind remote content is fetched from
    Unspecified, // 0.0.0.0/8, ::
    Loopback,    // 127/8, ::1
    Private,     // 10/8, 172.16/12, 192.168/16
    SharedCgnat, // 100.64/10
    LinkLocal,   // 169.254/16, fe80::/10
    Multicast,   // 224/4, ff00::/8
    Broadcast,   // 255.255.255.255
    UniqueLocal, // fc00::/7 (and the deprecated site-local fec0::/10)
    Reserved,    // documentation, benchmarking, protocol assignments, 240/4, IPv6 outside 2000::/3, Teredo…
    Invalid,     // not an address at all
};

// The class of an address. IPv6 forms that carry an IPv4 address (mapped ::ffff:a.b.c.d, compatible
// ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) take the class of the IPv4 address they carry: a private
// address does not become public by being written in IPv6.
AddressClass classifyAddress(const QHostAddress &address);
// The class's name, for logs ("loopback", "private"…).
const char *addressClassName(AddressClass addressClass);

// Which addresses a fetch on a stranger's behalf may connect to: public unicast ones, plus whatever was
// explicitly allowed (a test server on loopback, an intranet an administrator vouches for).
class AddressPolicy
{
public:
    // Allows a subnet (e.g. 127.0.0.1/32) in spite of its class.
    void allow(const QHostAddress &subnet, int prefixLength) { allowed_.append({subnet, prefixLength}); }
    bool permits(const QHostAddress &address) const;

private:
    QList<QPair<QHostAddress, int>> allowed_;
};

} // namespace kontor::net
