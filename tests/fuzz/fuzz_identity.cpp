// The identity normalisers (src/identity) on what backends and agents write: email addresses, phone numbers
// in three regions and as WhatsApp ids, the handles of every platform, backend contact ids and a channel's
// sender address. The first byte picks the normaliser, the rest is the text.

#include "FuzzTarget.h"
#include "IdentityInvariants.h"
#include "identity/EmailAddress.h"

#include <array>

namespace {

using namespace kontor;

constexpr std::array<Channel, 9> channels{Channel::Email,    Channel::WebChat,   Channel::Sms,
                                          Channel::WhatsApp, Channel::Messenger, Channel::Instagram,
                                          Channel::Telegram, Channel::Voice,     Channel::Api};

const IdentityNormalizer &normalizerFor(uint8_t selector)
{
    static const std::array<IdentityNormalizer, 3> normalizers{
        IdentityNormalizer(*PhoneRegion::fromCode(u"DE")), IdentityNormalizer(*PhoneRegion::fromCode(u"US")),
        IdentityNormalizer(*PhoneRegion::fromCode(u"DK"))};
    return normalizers[selector % normalizers.size()];
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t selector = data[0];
    const QString text = kontor::fuzz::textOf(data + 1, size - 1);
    const IdentityNormalizer &normalizer = normalizerFor(selector >> 4);
    const Channel channel = channels[(selector >> 2) % channels.size()];

    IdentityResult result;
    switch (selector % 4) {
    case 0:
        result = normalizer.email(text);
        if (result)
            KONTOR_FUZZ_EXPECT(!emailForDisplay(result.identity().value()).isEmpty());
        break;
    case 1:
        result = normalizer.normalize(IdentityInput::phone(text, channel));
        break;
    case 2:
        result = normalizer.handle(channel, text);
        break;
    default:
        result = normalizer.channelAddress(channel, text);
        break;
    }
    if (result) {
        kontor::fuzz::expectCanonical(normalizer, result.identity());
    } else {
        KONTOR_FUZZ_EXPECT(result.identity().isNull());
        KONTOR_FUZZ_EXPECT(!result.errorMessage().isEmpty());
    }

    // A contact id keeps what the backend wrote, only trimmed.
    const qsizetype split = text.indexOf(u'|');
    const IdentityResult contact =
        normalizer.contactId(text.left(split < 0 ? 0 : split), text.mid(split + 1));
    if (contact)
        kontor::fuzz::expectCanonical(normalizer, contact.identity());
    return 0;
}
