#pragma once

#include "store/queries/DirectoryQueries.h"

#include <QLocale>
#include <QTimeZone>
#include <optional>

namespace kontor::models {

// Where a customer probably is, guessed from their identities (a phone number's country code, an email
// domain's country): the language to answer in and the customer's local time. The store keeps no address or
// language, so this is a hint for the agent, never a fact.
struct CustomerLocale
{
    QLocale::Territory territory = QLocale::AnyTerritory;
    QLocale::Language language = QLocale::AnyLanguage;
    QTimeZone timeZone; // invalid when the territory spans several zones
    QString basis;      // the identity the guess came from, as shown to the agent

    bool isKnown() const { return territory != QLocale::AnyTerritory; }
};

// Phone numbers (E.164) decide first, then email domains.
CustomerLocale guessCustomerLocale(const QList<IdentityRow> &identities);

// The territory of an E.164 number's country code, for the codes of the countries Kontor's teams serve most.
std::optional<QLocale::Territory> territoryOfPhone(QStringView e164);
std::optional<QLocale::Territory> territoryOfEmail(QStringView address);

} // namespace kontor::models
