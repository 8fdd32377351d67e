#pragma once

#include "identity/IdentityRejection.h"
#include "identity/NormalizedIdentity.h"

#include <QString>
#include <optional>

namespace kontor {

// How sure the normaliser is that an accepted identity names one real person's address or number.
enum class IdentityConfidence
{
    // Well-formed, and for a phone number in a range its country's numbering plan assigns.
    Certain,
    // Well-formed and of a possible length, but the numbering plan data do not know the range: a range opened
    // after the data were published, or a made-up or placeholder number ("+45 12 34 56 78"). Kept, because
    // rejecting a real customer's number would lose the link between their channels.
    Plausible,
};

// The outcome of normalising one text: the identity, or why there is none. Details that the text carried but
// that are not part of the identity (the display name of "Anna <anna@example.com>", the extension of a phone
// number) travel beside it.
class IdentityResult
{
public:
    static IdentityResult accepted(NormalizedIdentity identity,
                                   IdentityConfidence confidence = IdentityConfidence::Certain);
    static IdentityResult rejected(IdentityRejection rejection);

    bool isAccepted() const { return !m_rejection; }
    explicit operator bool() const { return isAccepted(); }

    // Null when rejected.
    const NormalizedIdentity &identity() const { return m_identity; }
    IdentityConfidence confidence() const { return m_confidence; }
    std::optional<IdentityRejection> rejection() const { return m_rejection; }
    // Translated, for the agent; empty when accepted.
    QString errorMessage() const;

    // Whether resolution may join two customers automatically because both have this identity: only a strong
    // identity (email, phone) that is certain. A plausible phone number or a weak identity only supports a
    // merge suggestion that an agent confirms.
    bool supportsAutomaticMerge() const;

    // The name written beside an email address ("Anna Schmidt" of "Anna Schmidt <anna@example.com>").
    const QString &displayName() const { return m_displayName; }
    void setDisplayName(QString name) { m_displayName = std::move(name); }
    // The extension of a phone number ("12" of "+49 30 1234567 ext. 12"); the identity is the number alone,
    // since an extension reaches the same line.
    const QString &extension() const { return m_extension; }
    void setExtension(QString extension) { m_extension = std::move(extension); }

private:
    NormalizedIdentity m_identity;
    IdentityConfidence m_confidence = IdentityConfidence::Certain;
    std::optional<IdentityRejection> m_rejection;
    QString m_displayName;
    QString m_extension;
};

} // namespace kontor
