#include "identity/EmailAddress.h"

#include <QUrl>
#include <optional>

using namespace Qt::StringLiterals;

namespace kontor {

namespace {

// RFC 5321: a path holds at most 256 octets including its angle brackets, a local part at most 64, and a
// domain label at most 63.
constexpr qsizetype kMaxAddressOctets = 254;
constexpr qsizetype kMaxLocalPartOctets = 64;
constexpr qsizetype kMaxLabelLength = 63;

struct UnwrappedAddress
{
    QString address;
    QString displayName;
};

// Removes the quotes and backslash escapes of a quoted display name ("\"Schmidt, Anna\"" -> "Schmidt, Anna").
QString unquoteDisplayName(QStringView name)
{
    name = name.trimmed();
    if (name.size() < 2 || name.front() != u'"' || name.back() != u'"')
        return name.toString();
    QString unquoted;
    for (qsizetype i = 1; i + 1 < name.size(); ++i) {
        if (name[i] == u'\\' && i + 2 < name.size())
            ++i;
        unquoted.append(name[i]);
    }
    return unquoted.trimmed();
}

// Addresses arrive in mail headers ("Anna Schmidt <anna@example.com>") and as mailto: links, with a ?subject=
// query and percent-encoding; both are reduced to the bare address.
UnwrappedAddress unwrap(QStringView input)
{
    UnwrappedAddress result;
    QStringView text = input.trimmed();
    if (text.endsWith(u'>')) {
        if (const qsizetype open = text.lastIndexOf(u'<'); open >= 0) {
            result.displayName = unquoteDisplayName(text.first(open));
            text = text.sliced(open + 1, text.size() - open - 2).trimmed();
        }
    }
    if (text.startsWith("mailto:"_L1, Qt::CaseInsensitive)) {
        text = text.sliced(7);
        if (const qsizetype query = text.indexOf(u'?'); query >= 0)
            text = text.first(query);
        result.address = QUrl::fromPercentEncoding(text.toUtf8()).trimmed();
        return result;
    }
    result.address = text.toString();
    return result;
}

// RFC 5322 "atext" and the dot, plus letters, digits and marks beyond ASCII (RFC 6531 internationalised
// addresses). Quoted local parts ("anna schmidt"@example.com) are legal but no customer has one, and
// comparing them would need unquoting rules of their own; their characters are rejected here.
bool isLocalPartCharacter(QChar c)
{
    if (c.unicode() < 0x80)
        return c.isLetterOrNumber() || QStringView(u"!#$%&'*+-/=?^_`{|}~.").contains(c);
    return c.isLetterOrNumber() || c.isMark();
}

std::optional<IdentityRejection> checkLocalPart(QStringView local)
{
    if (local.startsWith(u'.') || local.endsWith(u'.'))
        return IdentityRejection::EmailDotAtLocalPartEdge;
    for (const QChar c : local) {
        if (!isLocalPartCharacter(c))
            return IdentityRejection::EmailInvalidCharacter;
    }
    if (local.toUtf8().size() > kMaxLocalPartOctets)
        return IdentityRejection::EmailLocalPartTooLong;
    return std::nullopt;
}

bool isAsciiDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

// Checks a domain in its ASCII form: dot-separated labels of letters, digits and inner hyphens (RFC 1035, as
// refined by RFC 1123), with a top-level domain that is not a number.
std::optional<IdentityRejection> checkAsciiDomain(QStringView domain)
{
    if (!domain.contains(u'.'))
        return IdentityRejection::EmailDomainWithoutDot;
    bool allNumeric = true;
    QStringView lastLabel;
    for (const QStringView label : domain.tokenize(u'.')) {
        if (label.isEmpty() || label.startsWith(u'-') || label.endsWith(u'-'))
            return IdentityRejection::EmailInvalidDomain;
        if (label.size() > kMaxLabelLength)
            return IdentityRejection::EmailDomainLabelTooLong;
        for (const QChar c : label) {
            const bool ldh = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
            if (!ldh)
                return IdentityRejection::EmailInvalidDomain;
        }
        allNumeric = allNumeric && isAsciiDigits(label);
        lastLabel = label;
    }
    // anna@192.168.0.1 is an address at an IP address written without the brackets.
    if (allNumeric)
        return IdentityRejection::EmailDomainLiteral;
    if (isAsciiDigits(lastLabel))
        return IdentityRejection::EmailInvalidDomain;
    return std::nullopt;
}

} // namespace

IdentityResult normalizeEmail(QStringView input)
{
    const UnwrappedAddress unwrapped = unwrap(input);
    // Composed Unicode, so that an "é" typed as e + accent and one typed as a single character compare equal.
    const QString address = unwrapped.address.normalized(QString::NormalizationForm_C);
    if (address.isEmpty())
        return IdentityResult::rejected(IdentityRejection::Empty);
    // A missing @ first: a name or a phone number in an email field is the likely mistake, and that reason
    // says so.
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return IdentityResult::rejected(IdentityRejection::EmailMissingAt);
    for (const QChar c : address) {
        if (c.isSpace())
            return IdentityResult::rejected(IdentityRejection::EmailContainsSpace);
        if (c.category() == QChar::Other_Control)
            return IdentityResult::rejected(IdentityRejection::ControlCharacters);
    }
    if (address.indexOf(u'@') != at)
        return IdentityResult::rejected(IdentityRejection::EmailMultipleAt);
    const QStringView local = QStringView(address).first(at);
    const QStringView domain = QStringView(address).sliced(at + 1);
    if (local.isEmpty())
        return IdentityResult::rejected(IdentityRejection::EmailEmptyLocalPart);
    if (domain.isEmpty())
        return IdentityResult::rejected(IdentityRejection::EmailEmptyDomain);
    if (address.contains(".."_L1))
        return IdentityResult::rejected(IdentityRejection::EmailConsecutiveDots);
    if (const auto problem = checkLocalPart(local))
        return IdentityResult::rejected(*problem);
    if (domain.startsWith(u'['))
        return IdentityResult::rejected(IdentityRejection::EmailDomainLiteral);

    // Qt's IDNA conversion fails without a reason on an overlong label; a label that is too long as written
    // is at least as long in its "xn--" form, so it can be named here.
    for (const QStringView label : domain.tokenize(u'.')) {
        if (label.size() > kMaxLabelLength)
            return IdentityResult::rejected(IdentityRejection::EmailDomainLabelTooLong);
    }
    // UTS #46 non-transitional processing (Qt's default): "straße.de" stays a domain of its own rather than
    // becoming "strasse.de", as the registries of such domains require.
    const QString asciiDomain = QString::fromLatin1(QUrl::toAce(domain.toString().toLower())).toLower();
    if (asciiDomain.isEmpty())
        return IdentityResult::rejected(IdentityRejection::EmailInvalidDomain);
    if (const auto problem = checkAsciiDomain(asciiDomain))
        return IdentityResult::rejected(*problem);

    const QString canonical = local.toString().toLower() + u'@' + asciiDomain;
    if (canonical.toUtf8().size() > kMaxAddressOctets)
        return IdentityResult::rejected(IdentityRejection::EmailTooLong);

    IdentityResult result = IdentityResult::accepted(NormalizedIdentity::email(canonical));
    result.setDisplayName(unwrapped.displayName);
    return result;
}

QString emailForDisplay(QStringView canonical)
{
    const qsizetype at = canonical.lastIndexOf(u'@');
    if (at < 0)
        return canonical.toString();
    // Qt shows a domain in Unicode only under top-level domains whose registries prevent look-alike
    // registrations; elsewhere the "xn--" form stays, so that a spoofed domain does not pass for a familiar
    // one.
    const QString domain = QUrl::fromAce(canonical.sliced(at + 1).toLatin1());
    return canonical.first(at + 1).toString() + domain;
}

} // namespace kontor
