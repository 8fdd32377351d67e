#include "identity/IdentityResult.h"

namespace kontor {

IdentityResult IdentityResult::accepted(NormalizedIdentity identity, IdentityConfidence confidence)
{
    IdentityResult result;
    result.m_identity = std::move(identity);
    result.m_confidence = confidence;
    return result;
}

IdentityResult IdentityResult::rejected(IdentityRejection rejection)
{
    IdentityResult result;
    result.m_rejection = rejection;
    return result;
}

QString IdentityResult::errorMessage() const
{
    return m_rejection ? rejectionMessage(*m_rejection) : QString();
}

bool IdentityResult::supportsAutomaticMerge() const
{
    return isAccepted() && m_identity.isStrong() && m_confidence == IdentityConfidence::Certain;
}

} // namespace kontor
