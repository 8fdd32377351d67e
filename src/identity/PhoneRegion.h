#pragma once

#include <QLocale>
#include <QString>
#include <optional>

namespace kontor {

// The region whose national formats phone numbers without a country code are read in: "0171 1234567" is
// German in "DE", "12 34 56 78" Danish in "DK". An ISO 3166-1 alpha-2 code for which a numbering plan is
// known.
class PhoneRegion
{
public:
    // An unknown region: only numbers written with their country code can be read.
    PhoneRegion() = default;

    // "DE", "dk"; nullopt for a code without a known numbering plan.
    static std::optional<PhoneRegion> fromCode(QStringView code);
    // The locale's territory; unknown for a locale without one (the C locale).
    static PhoneRegion fromLocale(const QLocale &locale);
    // The system locale's territory.
    static PhoneRegion system();
    // The region a setting names, else the system locale's: an empty or unknown setting falls back.
    static PhoneRegion fromSettingOrSystem(QStringView setting);

    bool isKnown() const { return !m_code.isEmpty(); }
    // The upper-case ISO code; empty when unknown.
    const QString &code() const { return m_code; }

    friend bool operator==(const PhoneRegion &, const PhoneRegion &) = default;

private:
    QString m_code;
};

} // namespace kontor
