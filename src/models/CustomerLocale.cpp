#include "models/CustomerLocale.h"

namespace kontor::models {

namespace {
struct CallingCode
{
    const char *prefix;
    QLocale::Territory territory;
};

// Longest prefixes first where codes nest (+1 and +1242 do not occur here; +35x before +3).
constexpr CallingCode kCallingCodes[] = {
    {"+49", QLocale::Germany},       {"+45", QLocale::Denmark},       {"+43", QLocale::Austria},
    {"+41", QLocale::Switzerland},   {"+44", QLocale::UnitedKingdom}, {"+46", QLocale::Sweden},
    {"+47", QLocale::Norway},        {"+358", QLocale::Finland},      {"+354", QLocale::Iceland},
    {"+353", QLocale::Ireland},      {"+352", QLocale::Luxembourg},   {"+31", QLocale::Netherlands},
    {"+32", QLocale::Belgium},       {"+33", QLocale::France},        {"+34", QLocale::Spain},
    {"+39", QLocale::Italy},         {"+48", QLocale::Poland},        {"+351", QLocale::Portugal},
    {"+420", QLocale::Czechia},      {"+1", QLocale::UnitedStates},   {"+61", QLocale::Australia},
    {"+64", QLocale::NewZealand},    {"+81", QLocale::Japan},         {"+91", QLocale::India},
    {"+298", QLocale::FaroeIslands}, {"+299", QLocale::Greenland},
};

struct Domain
{
    const char *suffix;
    QLocale::Territory territory;
};

constexpr Domain kDomains[] = {
    {".de", QLocale::Germany},      {".dk", QLocale::Denmark},       {".at", QLocale::Austria},
    {".ch", QLocale::Switzerland},  {".uk", QLocale::UnitedKingdom}, {".se", QLocale::Sweden},
    {".no", QLocale::Norway},       {".fi", QLocale::Finland},       {".nl", QLocale::Netherlands},
    {".be", QLocale::Belgium},      {".fr", QLocale::France},        {".es", QLocale::Spain},
    {".it", QLocale::Italy},        {".pl", QLocale::Poland},        {".ie", QLocale::Ireland},
    {".fo", QLocale::FaroeIslands}, {".gl", QLocale::Greenland},
};

// Territories that span several zones get the zone most of their people live in only when that is clear;
// the United States, Australia and others stay without one.
QTimeZone zoneOf(QLocale::Territory territory)
{
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds(territory);
    if (zones.size() == 1)
        return QTimeZone(zones.first());
    switch (territory) {
    case QLocale::Germany:
        return QTimeZone("Europe/Berlin");
    case QLocale::Denmark:
        return QTimeZone("Europe/Copenhagen");
    case QLocale::Spain:
        return QTimeZone("Europe/Madrid");
    case QLocale::Portugal:
        return QTimeZone("Europe/Lisbon");
    case QLocale::UnitedKingdom:
        return QTimeZone("Europe/London");
    case QLocale::NewZealand:
        return QTimeZone("Pacific/Auckland");
    default:
        break;
    }
    for (const QByteArray &zone : zones) {
        // Several ids for one zone (aliases) are fine: they keep the same offset.
        if (QTimeZone(zone).standardTimeOffset(QDateTime::currentDateTimeUtc()) !=
            QTimeZone(zones.first()).standardTimeOffset(QDateTime::currentDateTimeUtc()))
            return {};
    }
    return zones.isEmpty() ? QTimeZone() : QTimeZone(zones.first());
}

QLocale::Language languageOf(QLocale::Territory territory)
{
    switch (territory) {
    case QLocale::Switzerland:
        return QLocale::German; // the largest language group; the agent sees it is a guess
    case QLocale::Belgium:
        return QLocale::Dutch;
    case QLocale::FaroeIslands:
        return QLocale::Faroese;
    case QLocale::Greenland:
        return QLocale::Danish; // most Greenlandic customers write to a Danish desk in Danish
    default:
        break;
    }
    return QLocale(QLocale::AnyLanguage, territory).language();
}
} // namespace

std::optional<QLocale::Territory> territoryOfPhone(QStringView e164)
{
    std::optional<QLocale::Territory> best;
    qsizetype bestLength = 0;
    for (const CallingCode &code : kCallingCodes) {
        const QLatin1StringView prefix(code.prefix);
        if (e164.startsWith(prefix) && prefix.size() > bestLength) {
            best = code.territory;
            bestLength = prefix.size();
        }
    }
    return best;
}

std::optional<QLocale::Territory> territoryOfEmail(QStringView address)
{
    const QStringView domain = address.mid(address.lastIndexOf(u'@') + 1);
    for (const Domain &d : kDomains) {
        if (domain.endsWith(QLatin1StringView(d.suffix), Qt::CaseInsensitive))
            return d.territory;
    }
    return std::nullopt;
}

CustomerLocale guessCustomerLocale(const QList<IdentityRow> &identities)
{
    CustomerLocale locale;
    auto take = [&locale](QLocale::Territory territory, const QString &basis) {
        locale.territory = territory;
        locale.language = languageOf(territory);
        locale.timeZone = zoneOf(territory);
        locale.basis = basis;
    };
    for (const IdentityRow &identity : identities) {
        if (identity.kind != IdentityKind::Phone)
            continue;
        if (const auto territory = territoryOfPhone(identity.value)) {
            take(*territory, identity.displayValue.isEmpty() ? identity.value : identity.displayValue);
            return locale;
        }
    }
    for (const IdentityRow &identity : identities) {
        if (identity.kind != IdentityKind::Email)
            continue;
        if (const auto territory = territoryOfEmail(identity.value)) {
            take(*territory, identity.value);
            return locale;
        }
    }
    return locale;
}

} // namespace kontor::models
