#include "identity/PhoneRegion.h"

#include "identity/PhoneNumberLibrary.h"

namespace kontor {

std::optional<PhoneRegion> PhoneRegion::fromCode(QStringView code)
{
    const QString upper = code.trimmed().toString().toUpper();
    if (upper.size() != 2)
        return std::nullopt;
    // libphonenumber answers 0 for a region it has no numbering plan for (and for "ZZ", its "unknown").
    if (phonelib::util().GetCountryCodeForRegion(upper.toStdString()) == 0)
        return std::nullopt;
    PhoneRegion region;
    region.m_code = upper;
    return region;
}

PhoneRegion PhoneRegion::fromLocale(const QLocale &locale)
{
    if (locale.territory() == QLocale::AnyTerritory)
        return {};
    return fromCode(QLocale::territoryToCode(locale.territory())).value_or(PhoneRegion());
}

PhoneRegion PhoneRegion::system()
{
    return fromLocale(QLocale::system());
}

PhoneRegion PhoneRegion::fromSettingOrSystem(QStringView setting)
{
    if (const auto region = fromCode(setting))
        return *region;
    return system();
}

} // namespace kontor
