#include "models/CustomerProfile.h"

#include "identity/EmailAddress.h"

#include "store/JoinRules.h"
#include "store/StoreReader.h"
#include "store/sql/Database.h"
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
    sql::Database &db = reader.database();
    {
        sql::Statement select = db.prepare(
            "SELECT a.conversation_id, a.rating, a.comment, a.created_at, c.channel FROM csat_answers a "
            "JOIN conversations c ON c.id = a.conversation_id WHERE a.customer_id = ? "
            "ORDER BY a.created_at DESC LIMIT 50");
        select.bindAll(customerId);
        while (select.step()) {
            profile.csat.append({select.int64(0), select.int32(1), select.text(2), select.int64(3),
                                 channelFromKey(select.text(4)).value_or(Channel::Api)});
        }
    }
    {
        sql::Statement select = db.prepare(
            "SELECT m.id, m.merged_id, cu.name, m.reason, m.created_at, m.actor_agent_id IS NULL, "
            "  coalesce(nullif(i.display_value, ''), m.evidence_value) FROM customer_merges m "
            "JOIN customers cu ON cu.id = m.merged_id "
            "LEFT JOIN identities i ON i.kind = m.evidence_kind AND i.scope = m.evidence_scope "
            "  AND i.value = m.evidence_value "
            "WHERE m.survivor_id = ? AND m.undone_at IS NULL ORDER BY m.created_at DESC, m.id DESC");
        select.bindAll(customerId);
        while (select.step()) {
            MergeEntry entry;
            entry.mergeId = select.int64(0);
            entry.mergedCustomerId = select.int64(1);
            entry.mergedName = select.text(2);
            entry.reason = select.text(3);
            entry.createdAt = select.int64(4);
            const std::optional<JoinReason> reason = joinReasonFromKey(entry.reason);
            entry.automatic =
                select.int64(5) != 0 && (reason == JoinReason::SameEmail || reason == JoinReason::SamePhone ||
                                         reason == JoinReason::SameHandle);
            entry.evidence = select.text(6);
            profile.merges.append(entry);
        }
    }
    {
        sql::Statement select = db.prepare(
            "SELECT s.id, CASE WHEN s.customer_a = ?1 THEN s.customer_b ELSE s.customer_a END AS other, "
            "  cu.name, s.reason, s.score, coalesce(nullif(i.display_value, ''), s.evidence_value) "
            "FROM merge_suggestions s "
            "JOIN customers cu ON cu.id = (CASE WHEN s.customer_a = ?1 THEN s.customer_b ELSE s.customer_a "
            "END) "
            "LEFT JOIN identities i ON i.kind = s.evidence_kind AND i.scope = s.evidence_scope "
            "  AND i.value = s.evidence_value "
            "WHERE s.state = 'open' AND (s.customer_a = ?1 OR s.customer_b = ?1) AND cu.merged_into IS NULL "
            "ORDER BY s.score DESC LIMIT 10");
        select.bindAll(customerId);
        while (select.step()) {
            MergeCandidate candidate;
            candidate.suggestionId = select.int64(0);
            candidate.otherCustomerId = select.int64(1);
            candidate.otherName = select.text(2);
            candidate.reason = select.text(3);
            candidate.score = select.real(4);
            candidate.evidence = select.text(5);
            profile.candidates.append(candidate);
        }
    }
    for (MergeCandidate &candidate : profile.candidates) {
        if (const auto other = reader.directory().customer(candidate.otherCustomerId)) {
            for (const IdentityRow &identity : other->identities) {
                if (identity.kind != IdentityKind::ContactId)
                    candidate.otherIdentities.append(identityForDisplay(identity));
            }
        }
    }
    {
        sql::Statement select =
            db.prepare("SELECT count(*), min(created_at) FROM conversations WHERE customer_id = ?");
        select.bindAll(customerId);
        if (select.step()) {
            profile.conversationCount = select.int64(0);
            profile.firstContactAt = select.optionalInt64(1);
        }
    }
    return profile;
}

} // namespace kontor::models
