#include "connectors/email/mapping/EmailRefusal.h"

#include "core/InputLimits.h"

#include <QCoreApplication>

namespace kontor::email {

QString emailRefusalKey(EmailRefusal refusal)
{
    switch (refusal) {
    case EmailRefusal::Empty:
        return QStringLiteral("email-empty");
    case EmailRefusal::TooLarge:
        return QStringLiteral("email-too-large");
    case EmailRefusal::HeaderTooLarge:
        return QStringLiteral("email-header-too-large");
    case EmailRefusal::NestedTooDeeply:
        return QStringLiteral("email-nested-too-deeply");
    case EmailRefusal::TooManyParts:
        return QStringLiteral("email-too-many-parts");
    }
    return QStringLiteral("email-unknown");
}

QString emailRefusalMessage(EmailRefusal refusal)
{
    switch (refusal) {
    case EmailRefusal::Empty:
        return QCoreApplication::translate("EmailRefusal", "The email is empty or has no header.");
    case EmailRefusal::TooLarge:
        return QCoreApplication::translate("EmailRefusal",
                                           "The email is larger than %1 MiB and was not read.")
            .arg(limits::emailMessageBytes / (1024 * 1024));
    case EmailRefusal::HeaderTooLarge:
        return QCoreApplication::translate("EmailRefusal",
                                           "The email's header is larger than %1 KiB and was not read.")
            .arg(limits::emailHeaderBytes / 1024);
    case EmailRefusal::NestedTooDeeply:
        return QCoreApplication::translate(
                   "EmailRefusal", "The email's parts are nested more than %1 levels deep; it was not read.")
            .arg(limits::emailMimeDepth);
    case EmailRefusal::TooManyParts:
        return QCoreApplication::translate("EmailRefusal",
                                           "The email has more than %1 parts and was not read.")
            .arg(limits::emailMimeParts);
    }
    return {};
}

} // namespace kontor::email
