#include "identity/IdentityNormalizer.h"

#include "identity/ContactId.h"
#include "identity/EmailAddress.h"
#include "identity/MessengerHandle.h"

namespace kontor {

IdentityNormalizer::IdentityNormalizer(const IdentitySettings &settings)
    : m_phones(PhoneRegion::fromSettingOrSystem(settings.phoneRegion))
{}

IdentityNormalizer::IdentityNormalizer(PhoneRegion phoneRegion)
    : m_phones(std::move(phoneRegion))
{}

IdentityResult IdentityNormalizer::normalize(const IdentityInput &input) const
{
    switch (input.kind) {
    case IdentityKind::Email:
        return email(input.text);
    case IdentityKind::Phone:
        if (input.channel == Channel::WhatsApp)
            return m_phones.normalizeWhatsApp(input.text);
        return phone(input.text);
    case IdentityKind::Handle:
        if (!input.channel)
            return IdentityResult::rejected(IdentityRejection::HandleUnsupportedPlatform);
        return handle(*input.channel, input.text);
    case IdentityKind::ContactId:
        return contactId(input.account, input.text);
    }
    return IdentityResult::rejected(IdentityRejection::Empty);
}

IdentityResult IdentityNormalizer::email(QStringView input) const
{
    return normalizeEmail(input);
}

IdentityResult IdentityNormalizer::phone(QStringView input) const
{
    return m_phones.normalize(input);
}

IdentityResult IdentityNormalizer::handle(Channel platform, QStringView input) const
{
    return normalizeHandle(platform, input);
}

IdentityResult IdentityNormalizer::contactId(QStringView account, QStringView remoteId) const
{
    return normalizeContactId(account, remoteId);
}

IdentityResult IdentityNormalizer::channelAddress(Channel channel, QStringView address) const
{
    switch (channel) {
    case Channel::Email:
        return email(address);
    case Channel::Sms:
    case Channel::Voice:
        return phone(address);
    case Channel::WhatsApp:
        return m_phones.normalizeWhatsApp(address);
    case Channel::WebChat:
    case Channel::Messenger:
    case Channel::Instagram:
    case Channel::Telegram:
    case Channel::Api:
        break;
    }
    return handle(channel, address);
}

} // namespace kontor
