#pragma once

#include <QList>
#include <QString>

namespace kontor {

// Why a text could not be made into an identity. The key is stable and carries no customer data, so it may be
// logged and counted; the message is translated, for the agent.
enum class IdentityRejection
{
    Empty,
    TooLong,
    ControlCharacters,

    EmailMissingAt,
    EmailMultipleAt,
    EmailEmptyLocalPart,
    EmailEmptyDomain,
    EmailContainsSpace,
    EmailInvalidCharacter,
    EmailConsecutiveDots,
    EmailDotAtLocalPartEdge,
    EmailLocalPartTooLong,
    EmailTooLong,
    EmailDomainLiteral,
    EmailDomainWithoutDot,
    EmailInvalidDomain,
    EmailDomainLabelTooLong,

    PhoneContainsLetters,
    PhoneNotANumber,
    PhoneMissingCountryCode,
    PhoneInvalidCountryCode,
    PhoneTooShort,
    PhoneTooLong,
    PhoneInvalidLength,
    PhoneMissingAreaCode,
    PhoneWhatsAppGroup,

    HandleUnsupportedPlatform,
    HandleInvalidCharacters,
    HandleTooShort,
    HandleTooLong,
    HandleMustStartWithLetter,
    HandleMisplacedPunctuation,
    HandleNotNumericId,

    ContactIdMissingAccount,
};

QList<IdentityRejection> allIdentityRejections();
QString rejectionKey(IdentityRejection rejection);
// Translated, for display.
QString rejectionMessage(IdentityRejection rejection);

} // namespace kontor
