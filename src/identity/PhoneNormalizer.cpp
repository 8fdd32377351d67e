#include "identity/PhoneNormalizer.h"

#include "identity/PhoneNumberLibrary.h"

using namespace Qt::StringLiterals;

namespace kontor {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// The number part of the text, once the wrapping of a messaging platform is removed.
struct UnwrappedNumber
{
    QString number;
    // WhatsApp ids are international numbers without their "+".
    bool bareDigitsAreInternational = false;
    std::optional<IdentityRejection> rejection;
};

// Gateways such as Twilio address WhatsApp users as "whatsapp:+49…". WhatsApp's own ids ("jids") are the
// international number at a WhatsApp server, "@s.whatsapp.net" or "@c.us" for a person, optionally with a
// device suffix ("4917112345678:3@s.whatsapp.net"); "@g.us" is a group.
UnwrappedNumber unwrapPlatformForms(QStringView input)
{
    UnwrappedNumber result;
    QStringView text = input.trimmed();
    if (text.startsWith("whatsapp:"_L1, Qt::CaseInsensitive))
        text = text.sliced(9).trimmed();
    const qsizetype at = text.indexOf(u'@');
    if (at < 0) {
        result.number = text.toString();
        return result;
    }
    const QStringView server = text.sliced(at + 1);
    if (server.compare("g.us"_L1, Qt::CaseInsensitive) == 0) {
        result.rejection = IdentityRejection::PhoneWhatsAppGroup;
    } else if (server.compare("s.whatsapp.net"_L1, Qt::CaseInsensitive) == 0 ||
               server.compare("c.us"_L1, Qt::CaseInsensitive) == 0) {
        QStringView user = text.first(at);
        for (qsizetype i = 0; i < user.size(); ++i) {
            if (user[i] == u':' || user[i] == u'.') {
                user = user.first(i);
                break;
            }
        }
        result.number = user.toString();
        result.bareDigitsAreInternational = true;
    } else {
        // An email address or another platform's id in a phone field.
        result.rejection = IdentityRejection::PhoneNotANumber;
    }
    return result;
}

bool isTelUri(QStringView text)
{
    return text.startsWith("tel:"_L1, Qt::CaseInsensitive);
}

bool isBareDigits(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return !text.isEmpty();
}

// The part of the text that should hold the number itself: a tel: URI's number before its parameters, or the
// text before an extension and its marker ("ext. ", "x", "#", ","), whose letters are allowed.
QStringView numberPart(QStringView text, bool hasExtension)
{
    if (isTelUri(text)) {
        text = text.sliced(4);
        const qsizetype parameters = text.indexOf(u';');
        return parameters < 0 ? text : text.first(parameters);
    }
    if (!hasExtension)
        return text;
    // The extension is the last run of digits; what separates it from the digits before it is its marker.
    qsizetype end = text.size();
    while (end > 0 && !text[end - 1].isDigit())
        --end;
    while (end > 0 && text[end - 1].isDigit())
        --end;
    while (end > 0 && !text[end - 1].isDigit())
        --end;
    return text.first(end);
}

// libphonenumber reads letters as the digits of a phone keypad ("0800 FLOWERS" becomes 0800 3569377).
// Customers do not identify themselves by keypad words, and letters usually mean the text is something else
// ("call after 5"), so they are refused rather than converted.
bool containsLetters(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

IdentityRejection rejectionForParseError(PhoneNumberUtil::ErrorType error, QStringView text, bool regionKnown)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR: {
        const QStringView number = isTelUri(text) ? text.sliced(4).trimmed() : text;
        // Without a "+" the parser only fails on the country code when it has no region to read a national
        // number in: the number lacks its country code rather than having a wrong one.
        if (!regionKnown && !number.startsWith(u'+') && !number.startsWith(u'\uFF0B'))
            return IdentityRejection::PhoneMissingCountryCode;
        return IdentityRejection::PhoneInvalidCountryCode;
    }
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return IdentityRejection::PhoneTooShort;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return IdentityRejection::PhoneTooLong;
    case PhoneNumberUtil::NOT_A_NUMBER:
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    }
    return IdentityRejection::PhoneNotANumber;
}

std::optional<IdentityRejection> rejectionForPossibility(PhoneNumberUtil::ValidationResult possibility,
                                                         const PhoneNumber &number)
{
    switch (possibility) {
    case PhoneNumberUtil::IS_POSSIBLE:
        return std::nullopt;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        // A local number lacks its area code only when written nationally; after a country code ("+44 20
        // 7946") digits are missing.
        if (number.country_code_source() == PhoneNumber::FROM_DEFAULT_COUNTRY)
            return IdentityRejection::PhoneMissingAreaCode;
        return IdentityRejection::PhoneTooShort;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return IdentityRejection::PhoneInvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT:
        return IdentityRejection::PhoneTooShort;
    case PhoneNumberUtil::TOO_LONG:
        return IdentityRejection::PhoneTooLong;
    case PhoneNumberUtil::INVALID_LENGTH:
        return IdentityRejection::PhoneInvalidLength;
    }
    return IdentityRejection::PhoneNotANumber;
}

} // namespace

PhoneNormalizer::PhoneNormalizer(PhoneRegion defaultRegion)
    : m_region(std::move(defaultRegion))
{}

IdentityResult PhoneNormalizer::normalize(QStringView input) const
{
    return parse(input, false);
}

IdentityResult PhoneNormalizer::normalizeWhatsApp(QStringView input) const
{
    return parse(input, true);
}

IdentityResult PhoneNormalizer::parse(QStringView input, bool bareDigitsAreInternational) const
{
    const UnwrappedNumber unwrapped = unwrapPlatformForms(input);
    if (unwrapped.rejection)
        return IdentityResult::rejected(*unwrapped.rejection);
    QString text = unwrapped.number;
    if (text.isEmpty())
        return IdentityResult::rejected(IdentityRejection::Empty);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return IdentityResult::rejected(IdentityRejection::ControlCharacters);
    }
    // No country code starts with 0, so a WhatsApp id never does; a leading 0 means a person typed a national
    // number into a WhatsApp field ("0171 …"), which a "+" would turn into a wrong country code.
    if ((bareDigitsAreInternational || unwrapped.bareDigitsAreInternational) && isBareDigits(text) &&
        !text.startsWith(u'0'))
        text.prepend(u'+');
    // libphonenumber reads "tel:" URIs (RFC 3966: ";ext=", ";phone-context=") but matches the scheme
    // case-sensitively.
    if (isTelUri(text))
        text.replace(0, 4, u"tel:"_s);

    const auto &util = phonelib::util();
    const std::string region = m_region.isKnown() ? m_region.code().toStdString() : std::string("ZZ");
    PhoneNumber number;
    // Keeping the raw input records where the country code came from, which the reasons below need.
    const auto error = util.ParseAndKeepRawInput(phonelib::toStd(text), region, &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        if (containsLetters(numberPart(text, false)))
            return IdentityResult::rejected(IdentityRejection::PhoneContainsLetters);
        return IdentityResult::rejected(rejectionForParseError(error, text, m_region.isKnown()));
    }
    if (containsLetters(numberPart(text, number.has_extension())))
        return IdentityResult::rejected(IdentityRejection::PhoneContainsLetters);
    if (const auto rejection = rejectionForPossibility(util.IsPossibleNumberWithReason(number), number))
        return IdentityResult::rejected(*rejection);

    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    // Zeros that lead the national part are kept in E.164 ("+39 06 …"), but a country whose trunk prefix is 0
    // strips one again when the E.164 form is read ("+49 0000 …"): such a number has no form that stays the
    // same, so it names no one reliably.
    if (number.italian_leading_zero()) {
        PhoneNumber reread;
        std::string again;
        if (util.Parse(e164, "ZZ", &reread) == PhoneNumberUtil::NO_PARSING_ERROR)
            util.Format(reread, PhoneNumberUtil::E164, &again);
        if (again != e164)
            return IdentityResult::rejected(IdentityRejection::PhoneNotANumber);
    }
    const auto confidence =
        util.IsValidNumber(number) ? IdentityConfidence::Certain : IdentityConfidence::Plausible;
    IdentityResult result =
        IdentityResult::accepted(NormalizedIdentity::phone(phonelib::fromStd(e164)), confidence);
    result.setExtension(phonelib::fromStd(number.extension()));
    return result;
}

} // namespace kontor
