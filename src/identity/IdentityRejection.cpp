#include "identity/IdentityRejection.h"

#include <QCoreApplication>

namespace kontor {

namespace {
struct RejectionInfo
{
    IdentityRejection rejection;
    const char *key;
    const char *message;
};

constexpr RejectionInfo kRejections[] = {
    {IdentityRejection::Empty, "empty", QT_TRANSLATE_NOOP("IdentityRejection", "Nothing was given.")},
    {IdentityRejection::TooLong, "too-long",
     QT_TRANSLATE_NOOP("IdentityRejection", "The value is too long.")},
    {IdentityRejection::ControlCharacters, "control-characters",
     QT_TRANSLATE_NOOP("IdentityRejection", "The value contains control characters.")},

    {IdentityRejection::EmailMissingAt, "email-missing-at",
     QT_TRANSLATE_NOOP("IdentityRejection", "An email address needs an @ between the name and the domain.")},
    {IdentityRejection::EmailMultipleAt, "email-multiple-at",
     QT_TRANSLATE_NOOP("IdentityRejection", "An email address may contain only one @.")},
    {IdentityRejection::EmailEmptyLocalPart, "email-empty-local-part",
     QT_TRANSLATE_NOOP("IdentityRejection", "The part of the email address before the @ is empty.")},
    {IdentityRejection::EmailEmptyDomain, "email-empty-domain",
     QT_TRANSLATE_NOOP("IdentityRejection", "The domain after the @ is empty.")},
    {IdentityRejection::EmailContainsSpace, "email-contains-space",
     QT_TRANSLATE_NOOP("IdentityRejection", "An email address cannot contain spaces.")},
    {IdentityRejection::EmailInvalidCharacter, "email-invalid-character",
     QT_TRANSLATE_NOOP(
         "IdentityRejection",
         "The part before the @ contains a character that is not allowed in an email address.")},
    {IdentityRejection::EmailConsecutiveDots, "email-consecutive-dots",
     QT_TRANSLATE_NOOP("IdentityRejection", "An email address cannot contain two dots in a row.")},
    {IdentityRejection::EmailDotAtLocalPartEdge, "email-dot-at-edge",
     QT_TRANSLATE_NOOP("IdentityRejection", "The part before the @ cannot begin or end with a dot.")},
    {IdentityRejection::EmailLocalPartTooLong, "email-local-part-too-long",
     QT_TRANSLATE_NOOP("IdentityRejection", "The part before the @ is longer than 64 characters.")},
    {IdentityRejection::EmailTooLong, "email-too-long",
     QT_TRANSLATE_NOOP("IdentityRejection", "The email address is longer than 254 characters.")},
    {IdentityRejection::EmailDomainLiteral, "email-domain-literal",
     QT_TRANSLATE_NOOP("IdentityRejection",
                       "Addresses at an IP address instead of a domain name are not accepted.")},
    {IdentityRejection::EmailDomainWithoutDot, "email-domain-without-dot",
     QT_TRANSLATE_NOOP("IdentityRejection",
                       "The domain has no dot; a public domain such as example.com is needed.")},
    {IdentityRejection::EmailInvalidDomain, "email-invalid-domain",
     QT_TRANSLATE_NOOP("IdentityRejection", "The domain after the @ is not a valid domain name.")},
    {IdentityRejection::EmailDomainLabelTooLong, "email-domain-label-too-long",
     QT_TRANSLATE_NOOP("IdentityRejection",
                       "A part of the domain between two dots is longer than 63 characters.")},

    {IdentityRejection::PhoneContainsLetters, "phone-contains-letters",
     QT_TRANSLATE_NOOP("IdentityRejection", "A phone number cannot contain letters.")},
    {IdentityRejection::PhoneNotANumber, "phone-not-a-number",
     QT_TRANSLATE_NOOP("IdentityRejection", "This does not look like a phone number.")},
    {IdentityRejection::PhoneMissingCountryCode, "phone-missing-country-code",
     QT_TRANSLATE_NOOP("IdentityRejection",
                       "The number has no country code and no default region is set; write it with + and the "
                       "country code.")},
    {IdentityRejection::PhoneInvalidCountryCode, "phone-invalid-country-code",
     QT_TRANSLATE_NOOP("IdentityRejection", "The country code of the phone number does not exist.")},
    {IdentityRejection::PhoneTooShort, "phone-too-short",
     QT_TRANSLATE_NOOP("IdentityRejection", "The phone number is too short.")},
    {IdentityRejection::PhoneTooLong, "phone-too-long",
     QT_TRANSLATE_NOOP("IdentityRejection", "The phone number is too long.")},
    {IdentityRejection::PhoneInvalidLength, "phone-invalid-length",
     QT_TRANSLATE_NOOP("IdentityRejection", "No phone number in its country has this many digits.")},
    {IdentityRejection::PhoneMissingAreaCode, "phone-missing-area-code",
     QT_TRANSLATE_NOOP("IdentityRejection",
                       "The number can only be dialled locally; the area code is missing.")},
    {IdentityRejection::PhoneWhatsAppGroup, "phone-whatsapp-group",
     QT_TRANSLATE_NOOP("IdentityRejection", "This is a WhatsApp group, not a person.")},

    {IdentityRejection::HandleUnsupportedPlatform, "handle-unsupported-platform",
     QT_TRANSLATE_NOOP(
         "IdentityRejection",
         "This channel has no handles; its people are known by email address or phone number.")},
    {IdentityRejection::HandleInvalidCharacters, "handle-invalid-characters",
     QT_TRANSLATE_NOOP("IdentityRejection",
                       "The handle contains characters that the platform does not allow.")},
    {IdentityRejection::HandleTooShort, "handle-too-short",
     QT_TRANSLATE_NOOP("IdentityRejection", "The handle is shorter than the platform allows.")},
    {IdentityRejection::HandleTooLong, "handle-too-long",
     QT_TRANSLATE_NOOP("IdentityRejection", "The handle is longer than the platform allows.")},
    {IdentityRejection::HandleMustStartWithLetter, "handle-must-start-with-letter",
     QT_TRANSLATE_NOOP("IdentityRejection", "The handle must begin with a letter.")},
    {IdentityRejection::HandleMisplacedPunctuation, "handle-misplaced-punctuation",
     QT_TRANSLATE_NOOP(
         "IdentityRejection",
         "The handle has a dot or underscore at a place where the platform does not allow one.")},
    {IdentityRejection::HandleNotNumericId, "handle-not-numeric-id",
     QT_TRANSLATE_NOOP("IdentityRejection",
                       "This platform identifies people by a numeric id; this is not one.")},

    {IdentityRejection::ContactIdMissingAccount, "contact-missing-account",
     QT_TRANSLATE_NOOP("IdentityRejection", "The contact id has no account that it belongs to.")},
};

const RejectionInfo &infoFor(IdentityRejection rejection)
{
    for (const auto &info : kRejections) {
        if (info.rejection == rejection)
            return info;
    }
    return kRejections[0];
}
} // namespace

QList<IdentityRejection> allIdentityRejections()
{
    QList<IdentityRejection> result;
    for (const auto &info : kRejections)
        result.append(info.rejection);
    return result;
}

QString rejectionKey(IdentityRejection rejection)
{
    return QString::fromLatin1(infoFor(rejection).key);
}

QString rejectionMessage(IdentityRejection rejection)
{
    return QCoreApplication::translate("IdentityRejection", infoFor(rejection).message);
}

} // namespace kontor
