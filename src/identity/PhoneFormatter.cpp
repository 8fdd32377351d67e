#include "identity/PhoneFormatter.h"

#include "identity/PhoneNumberLibrary.h"

#include <QCoreApplication>
#include <optional>

namespace kontor {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

std::optional<PhoneNumber> parseE164(QStringView e164)
{
    if (!e164.startsWith(u'+'))
        return std::nullopt;
    PhoneNumber number;
    if (phonelib::util().Parse(phonelib::toStd(e164), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    return number;
}

// libphonenumber would append an English " ext. "; the extension is appended here so that it can be
// translated.
QString withExtension(const QString &number, QStringView extension)
{
    if (extension.isEmpty())
        return number;
    return QCoreApplication::translate("PhoneFormatter", "%1 ext. %2").arg(number, extension.toString());
}

QString format(QStringView e164, QStringView extension, PhoneNumberUtil::PhoneNumberFormat style)
{
    const auto number = parseE164(e164);
    if (!number)
        return withExtension(e164.toString(), extension);
    std::string formatted;
    phonelib::util().Format(*number, style, &formatted);
    return withExtension(phonelib::fromStd(formatted), extension);
}

} // namespace

PhoneFormatter::PhoneFormatter(PhoneRegion agentRegion)
    : m_region(std::move(agentRegion))
{}

QString PhoneFormatter::international(QStringView e164, QStringView extension) const
{
    return format(e164, extension, PhoneNumberUtil::INTERNATIONAL);
}

QString PhoneFormatter::forAgent(QStringView e164, QStringView extension) const
{
    const auto number = parseE164(e164);
    if (!number || !m_region.isKnown())
        return international(e164, extension);
    // Calling codes are compared rather than regions, because regions share codes: a Guernsey mobile (+44
    // 7911) is dialled nationally from Britain.
    const bool domestic =
        number->country_code() == phonelib::util().GetCountryCodeForRegion(m_region.code().toStdString());
    return format(e164, extension, domestic ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL);
}

QString PhoneFormatter::telUri(QStringView e164, QStringView extension) const
{
    auto number = parseE164(e164);
    if (!number)
        return {};
    if (!extension.isEmpty())
        number->set_extension(phonelib::toStd(extension));
    std::string formatted;
    phonelib::util().Format(*number, PhoneNumberUtil::RFC3966, &formatted);
    return phonelib::fromStd(formatted);
}

} // namespace kontor
