#pragma once

#include "core/Channel.h"
#include "core/Identity.h"
#include "identity/IdentityResult.h"
#include "identity/PhoneNormalizer.h"
#include "identity/PhoneRegion.h"

#include <QString>
#include <optional>

namespace kontor {

// What identity normalisation depends on from the settings.
struct IdentitySettings
{
    // ISO 3166-1 alpha-2 code of the region whose national formats numbers without a country code are read in
    // ("DE"). Empty or unknown: the system locale's territory.
    QString phoneRegion;
};

// One identity as a connector or an agent reports it, before normalisation: a connector can describe all it
// learnt of a contact as a list of these, and ingestion normalises them in one place.
struct IdentityInput
{
    static IdentityInput email(QString text)
    {
        return {IdentityKind::Email, std::move(text), std::nullopt, {}};
    }
    static IdentityInput phone(QString text, std::optional<Channel> channel = std::nullopt)
    {
        return {IdentityKind::Phone, std::move(text), channel, {}};
    }
    static IdentityInput handle(Channel platform, QString text)
    {
        return {IdentityKind::Handle, std::move(text), platform, {}};
    }
    static IdentityInput contactId(QString account, QString remoteId)
    {
        return {IdentityKind::ContactId, std::move(remoteId), std::nullopt, std::move(account)};
    }

    IdentityKind kind = IdentityKind::Email;
    QString text;
    // For a handle, its platform (required). For a phone number, Channel::WhatsApp reads bare digits as
    // international, as WhatsApp reports them.
    std::optional<Channel> channel;
    // For a contact id, the connector account it belongs to (required).
    QString account;
};

// The one entry point to identity normalisation: dispatches on the kind of identity and on the channel it was
// seen on, with the phone region of the settings. Cheap to copy and thread-safe; the ingestion path can hold
// one.
class IdentityNormalizer
{
public:
    explicit IdentityNormalizer(const IdentitySettings &settings = {});
    explicit IdentityNormalizer(PhoneRegion phoneRegion);

    const PhoneRegion &phoneRegion() const { return m_phones.defaultRegion(); }

    IdentityResult normalize(const IdentityInput &input) const;

    IdentityResult email(QStringView input) const;
    IdentityResult phone(QStringView input) const;
    IdentityResult handle(Channel platform, QStringView input) const;
    IdentityResult contactId(QStringView account, QStringView remoteId) const;

    // The sender of a conversation as its channel names it: an email address on email, a phone number on SMS
    // and voice, a WhatsApp id or number on WhatsApp, and a handle on the handle platforms.
    IdentityResult channelAddress(Channel channel, QStringView address) const;

private:
    PhoneNormalizer m_phones;
};

} // namespace kontor
