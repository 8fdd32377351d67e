#include "models/CustomerProfile.h"

#include "identity/EmailAddress.h"

#include "store/JoinRules.h"
#include "store/StoreReader.h"
#include <QCoreApplication>

namespace kontor::models {

double CustomerProfile::satisfiedShare() const
{
    if (csat.isEmpty())
        return -1;
    const auto satisfied =
        std::count_if(csat.cbegin(), csat.cend(), [](const CsatEntry &e) { return e.rating >= 4; });
    return double(satisfied) / double(csat.size());
}

QString identityForDisplay(const IdentityRow &identity)
{
    if (!identity.displayValue.isEmpty())
        return identity.displayValue;
    if (identity.kind == IdentityKind::Email)
        return emailForDisplay(identity.value);
    return identity.value;
}

QString joinReasonText(const QString &reasonKey, const QString &evidence)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("JoinReason", text); };
    const std::optional<JoinReason> reason = joinReasonFromKey(reasonKey);
    QString text;
    switch (reason.value_or(JoinReason::AgentMerged)) {
    case JoinReason::SameEmail:
        text = tr("Same email address");
        break;
    case JoinReason::SamePhone:
        text = tr("Same phone number");
        break;
    case JoinReason::SameHandle:
        text = tr("Same messenger account");
        break;
    case JoinReason::NamesDiffer:
        text = tr("Share an identity, but their names differ");
        break;
    case JoinReason::SharedIdentifier:
        text = tr("Share an identity that other people use too");
        break;
    case JoinReason::OrganisationalNumber:
        text = tr("Share an organisation's number");
        break;
    case JoinReason::IdentifiersDisagree:
        text = tr("Their identities point to different customers");
        break;
    case JoinReason::AgentMerged:
        text = tr("Merged by an agent");
        break;
    }
    return evidence.isEmpty() ? text : tr("%1: %2").arg(text, evidence);
}

std::optional<CustomerProfile> readCustomerProfile(StoreReader &reader, qint64 customerId)
{
    std::optional<CustomerRow> customer = reader.directory().customer(customerId);
    if (!customer)
        return std::nullopt;
    CustomerProfile profile;
    profile.customer = std::move(*customer);
    profile.summary = CustomerTimeline(reader, customerId).summary();
    profile.locale = guessCustomerLocale(profile.customer.identities);
    profile.attributes = reader.directory().customerAttributes(customerId);
    for (const CsatAnswerRow &row : reader.customers().csatAnswers(customerId)) {
        profile.csat.append(
            {row.conversationId, row.rating, row.comment, row.createdAt, row.channel.value_or(Channel::Api)});
    }
    for (const CustomerMergeRow &row : reader.customers().activeMerges(customerId)) {
        MergeEntry entry;
        entry.mergeId = row.mergeId;
        entry.mergedCustomerId = row.mergedCustomerId;
        entry.mergedName = row.mergedName;
        entry.reason = row.reason;
        entry.createdAt = row.createdAt;
        const std::optional<JoinReason> reason = joinReasonFromKey(entry.reason);
        entry.automatic =
            !row.byAgent && (reason == JoinReason::SameEmail || reason == JoinReason::SamePhone ||
                             reason == JoinReason::SameHandle);
        entry.evidence = row.evidence;
        profile.merges.append(entry);
    }
    for (const MergeCandidateRow &row : reader.customers().openSuggestions(customerId)) {
        MergeCandidate candidate;
        candidate.suggestionId = row.suggestionId;
        candidate.otherCustomerId = row.otherCustomerId;
        candidate.otherName = row.otherName;
        candidate.reason = row.reason;
        candidate.score = row.score;
        candidate.evidence = row.evidence;
        profile.candidates.append(candidate);
    }
    for (MergeCandidate &candidate : profile.candidates) {
        if (const auto other = reader.directory().customer(candidate.otherCustomerId)) {
            for (const IdentityRow &identity : other->identities) {
                if (identity.kind != IdentityKind::ContactId)
                    candidate.otherIdentities.append(identityForDisplay(identity));
            }
        }
    }
    const CustomerConversationSpan span = reader.customers().conversationSpan(customerId);
    profile.conversationCount = span.conversations;
    profile.firstContactAt = span.firstContactAt;
    return profile;
}

} // namespace kontor::models
