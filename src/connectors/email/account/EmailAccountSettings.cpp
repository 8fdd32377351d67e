#include "connectors/email/account/EmailAccountSettings.h"

namespace kontor::email {

QString EmailAccountSettings::domain() const
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QStringLiteral("localhost") : address.mid(at + 1);
}

} // namespace kontor::email
