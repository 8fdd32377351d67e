#include "store/JoinRules.h"

#include "core/NameSimilarity.h"

namespace kontor {

namespace {

JoinReason sameReason(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::Email:
        return JoinReason::SameEmail;
    case IdentityKind::Phone:
        return JoinReason::SamePhone;
    case IdentityKind::Handle:
    case IdentityKind::ContactId:
        break;
    }
    return JoinReason::SameHandle;
}

// Only two written-out names can contradict each other; a missing name, or one that is an address or a
// number, says nothing.
bool namesConflict(const QString &a, const QString &b)
{
    if (nameTokens(a).isEmpty() || nameTokens(b).isEmpty())
        return false;
    return nameSimilarity(a, b) < kConflictingNameSimilarity;
}

} // namespace

JoinDecision judgeJoin(const JoinEvidence &e)
{
    // A number many people give is an organisation's, whatever the names say.
    if (e.kind == IdentityKind::Phone && e.otherPeopleWithIdentifier + 1 >= kOrganisationalPeople)
        return {JoinVerdict::KeepApart, JoinReason::OrganisationalNumber};
    if (e.identifiersDisagree)
        return {JoinVerdict::Suggest, JoinReason::IdentifiersDisagree};
    if (e.otherPeopleWithIdentifier > 0)
        return {JoinVerdict::Suggest, JoinReason::SharedIdentifier};
    if (namesConflict(e.incomingName, e.existingName))
        return {JoinVerdict::Suggest, JoinReason::NamesDiffer};
    return {JoinVerdict::Join, sameReason(e.kind)};
}

namespace {
constexpr std::pair<JoinReason, const char *> kReasonKeys[] = {
    {JoinReason::SameEmail, "same_email"},
    {JoinReason::SamePhone, "same_phone"},
    {JoinReason::SameHandle, "same_handle"},
    {JoinReason::NamesDiffer, "names_differ"},
    {JoinReason::SharedIdentifier, "shared_identifier"},
    {JoinReason::OrganisationalNumber, "organisational_number"},
    {JoinReason::IdentifiersDisagree, "identifiers_disagree"},
    {JoinReason::AgentMerged, "agent"},
};
} // namespace

QString joinReasonKey(JoinReason reason)
{
    for (const auto &[value, key] : kReasonKeys) {
        if (value == reason)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<JoinReason> joinReasonFromKey(QStringView key)
{
    for (const auto &[value, text] : kReasonKeys) {
        if (key == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
}

} // namespace kontor
