#include "net/NumericHost.h"

#include <optional>

namespace kontor::net {

namespace {

bool isHexDigit(QChar c)
{
    return c.isDigit() || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Whether a label is written as a number (decimal, octal or 0x hexadecimal), valid or not.
bool looksNumeric(QStringView label)
{
    if (label.isEmpty())
        return false;
    if (label.size() >= 2 && label[0] == u'0' && (label[1] == u'x' || label[1] == u'X')) {
        for (QChar c : label.mid(2)) {
            if (!isHexDigit(c))
                return false;
        }
        return true;
    }
    for (QChar c : label) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

std::optional<quint64> numberOf(QStringView label)
{
    if (!looksNumeric(label))
        return std::nullopt;
    int base = 10;
    QStringView digits = label;
    if (label.size() >= 2 && (label[1] == u'x' || label[1] == u'X')) {
        base = 16;
        digits = label.mid(2);
        if (digits.isEmpty())
            return 0;
    } else if (label.size() > 1 && label[0] == u'0') {
        base = 8;
        digits = label.mid(1);
    }
    // More digits than any address has: out of range, whatever the value.
    if (digits.size() > 32)
        return std::nullopt;
    bool ok = false;
    const quint64 value = digits.toULongLong(&ok, base);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace

NumericHost NumericHost::parse(const QString &host)
{
    NumericHost result;
    if (host.contains(u':')) {
        // Only an IPv6 literal has colons in a URL's host.
        if (result.address.setAddress(host))
            result.kind = Kind::Address;
        else
            result.kind = Kind::Invalid;
        return result;
    }
    QStringView name(host);
    if (name.endsWith(u'.'))
        name.chop(1);
    const QList<QStringView> parts = name.split(u'.');
    // As in browsers: a name whose last label is a number is an address, or nothing.
    if (parts.isEmpty() || !looksNumeric(parts.last()))
        return result;
    result.kind = Kind::Invalid;
    if (parts.size() > 4)
        return result;
    quint64 address = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const std::optional<quint64> value = numberOf(parts[i]);
        if (!value)
            return result;
        const bool last = i == parts.size() - 1;
        const int bitsLeft = 8 * int(4 - i);
        if (!last) {
            if (*value > 255)
                return result;
            address |= *value << (bitsLeft - 8);
        } else {
            if (*value >= (quint64(1) << bitsLeft))
                return result;
            address |= *value;
        }
    }
    result.kind = Kind::Address;
    result.address = QHostAddress(quint32(address));
    return result;
}

} // namespace kontor::net
