#pragma once

#include <QHostAddress>
#include <QString>

namespace kontor::net {

// A host name as the system's resolver would take it when it is a number: besides a.b.c.d and IPv6, the
// historical inet_aton forms — one number for the whole address (2130706433), fewer parts (127.1), octal
// (0177.0.0.1, 017700000001) and hexadecimal (0x7f.1). Read here, so that no such spelling reaches a resolver
// as a "name" and escapes the address check.
struct NumericHost
{
    enum class Kind
    {
        Name,    // not a number: to be resolved
        Address, // a numeric address, in address
        Invalid, // looks numeric but is no address (a part out of range): refused
    };
    Kind kind = Kind::Name;
    QHostAddress address;

    static NumericHost parse(const QString &host);
};

} // namespace kontor::net
