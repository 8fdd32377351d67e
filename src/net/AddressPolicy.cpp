#include "net/AddressPolicy.h"

#include <array>

namespace kontor::net {

namespace {

struct Ipv4Range
{
    quint32 base;
    int prefix;
    AddressClass kind;
};

constexpr quint32 ipv4(quint32 a, quint32 b, quint32 c, quint32 d)
{
    return (a << 24) | (b << 16) | (c << 8) | d;
}

// The special-purpose IPv4 ranges (RFC 6890 and its updates); everything else is public.
constexpr std::array kIpv4Ranges{
    Ipv4Range{ipv4(0, 0, 0, 0), 8, AddressClass::Unspecified},
    Ipv4Range{ipv4(10, 0, 0, 0), 8, AddressClass::Private},
    Ipv4Range{ipv4(100, 64, 0, 0), 10, AddressClass::SharedCgnat},
    Ipv4Range{ipv4(127, 0, 0, 0), 8, AddressClass::Loopback},
    Ipv4Range{ipv4(169, 254, 0, 0), 16, AddressClass::LinkLocal},
    Ipv4Range{ipv4(172, 16, 0, 0), 12, AddressClass::Private},
    Ipv4Range{ipv4(192, 0, 0, 0), 24, AddressClass::Reserved},
    Ipv4Range{ipv4(192, 0, 2, 0), 24, AddressClass::Reserved},
    Ipv4Range{ipv4(192, 31, 196, 0), 24, AddressClass::Reserved},
    Ipv4Range{ipv4(192, 52, 193, 0), 24, AddressClass::Reserved},
    Ipv4Range{ipv4(192, 88, 99, 0), 24, AddressClass::Reserved},
    Ipv4Range{ipv4(192, 168, 0, 0), 16, AddressClass::Private},
    Ipv4Range{ipv4(192, 175, 48, 0), 24, AddressClass::Reserved},
    Ipv4Range{ipv4(198, 18, 0, 0), 15, AddressClass::Reserved},
    Ipv4Range{ipv4(198, 51, 100, 0), 24, AddressClass::Reserved},
    Ipv4Range{ipv4(203, 0, 113, 0), 24, AddressClass::Reserved},
    Ipv4Range{ipv4(255, 255, 255, 255), 32, AddressClass::Broadcast},
    Ipv4Range{ipv4(224, 0, 0, 0), 4, AddressClass::Multicast},
    Ipv4Range{ipv4(240, 0, 0, 0), 4, AddressClass::Reserved},
};

bool inRange(quint32 address, quint32 base, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (address & mask) == (base & mask);
}

AddressClass classifyIpv4(quint32 address)
{
    for (const Ipv4Range &range : kIpv4Ranges) {
        if (inRange(address, range.base, range.prefix))
            return range.kind;
    }
    return AddressClass::Public;
}

quint32 ipv4At(const Q_IPV6ADDR &bytes, int offset)
{
    return (quint32(bytes[offset]) << 24) | (quint32(bytes[offset + 1]) << 16) |
           (quint32(bytes[offset + 2]) << 8) | quint32(bytes[offset + 3]);
}

bool allZero(const Q_IPV6ADDR &bytes, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (bytes[i] != 0)
            return false;
    }
    return true;
}

AddressClass classifyIpv6(const Q_IPV6ADDR &b)
{
    if (allZero(b, 0, 16))
        return AddressClass::Unspecified;
    if (allZero(b, 0, 15) && b[15] == 1)
        return AddressClass::Loopback;
    // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible) are IPv4 addresses in IPv6 dress.
    if (allZero(b, 0, 10) && b[10] == 0xff && b[11] == 0xff)
        return classifyIpv4(ipv4At(b, 12));
    if (allZero(b, 0, 12))
        return classifyIpv4(ipv4At(b, 12));
    // NAT64 (64:ff9b::/96) reaches the IPv4 address it carries; the local-use NAT64 prefix is the network's
    // own.
    if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) {
        if (allZero(b, 4, 12))
            return classifyIpv4(ipv4At(b, 12));
        return AddressClass::Reserved;
    }
    // 6to4 (2002::/16) carries the IPv4 address of its relay in bits 16-47.
    if (b[0] == 0x20 && b[1] == 0x02)
        return classifyIpv4(ipv4At(b, 2));
    if (b[0] == 0xff)
        return AddressClass::Multicast;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
        return AddressClass::LinkLocal;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)
        return AddressClass::UniqueLocal; // the deprecated site-local range
    if ((b[0] & 0xfe) == 0xfc)
        return AddressClass::UniqueLocal;
    // Only 2000::/3 is global unicast; within it, the protocol assignments and the documentation ranges
    // (2001:db8::/32, 3fff::/20) are not places to fetch pictures from.
    if ((b[0] & 0xe0) != 0x20)
        return AddressClass::Reserved;
    if (b[0] == 0x20 && b[1] == 0x01 && (b[2] & 0xfe) == 0x00)
        return AddressClass::Reserved; // 2001::/23: Teredo, benchmarking, ORCHID and other protocol uses
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
        return AddressClass::Reserved;
    if (b[0] == 0x3f && b[1] == 0xff && (b[2] & 0xf0) == 0x00)
        return AddressClass::Reserved;
    return AddressClass::Public;
}

} // namespace

AddressClass classifyAddress(const QHostAddress &address)
{
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        return classifyIpv4(address.toIPv4Address());
    case QAbstractSocket::IPv6Protocol:
        return classifyIpv6(address.toIPv6Address());
    default:
        return AddressClass::Invalid;
    }
}

const char *addressClassName(AddressClass addressClass)
{
    switch (addressClass) {
    case AddressClass::Public:
        return "public";
    case AddressClass::Unspecified:
        return "unspecified";
    case AddressClass::Loopback:
        return "loopback";
    case AddressClass::Private:
        return "private";
    case AddressClass::SharedCgnat:
        return "shared (CGNAT)";
    case AddressClass::LinkLocal:
        return "link-local";
    case AddressClass::Multicast:
        return "multicast";
    case AddressClass::Broadcast:
        return "broadcast";
    case AddressClass::UniqueLocal:
        return "unique-local";
    case AddressClass::Reserved:
        return "reserved";
    case AddressClass::Invalid:
        return "invalid";
    }
    return "invalid";
}

bool AddressPolicy::permits(const QHostAddress &address) const
{
    for (const auto &[subnet, prefix] : allowed_) {
        if (address.isInSubnet(subnet, prefix))
            return true;
    }
    return classifyAddress(address) == AddressClass::Public;
}

} // namespace kontor::net
