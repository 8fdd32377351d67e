#pragma once

#include "core/Identity.h"
#include "core/NameSimilarity.h"

#include <QString>
#include <optional>

namespace kontor {

// What is known when an incoming contact shares a strong identifier (email, phone, messenger handle) with a
// customer already here. Gathered by ingestion, judged by judgeJoin(): the rules have no I/O so that each
// case can be stated as a row of evidence.
struct JoinEvidence
{
    IdentityKind kind = IdentityKind::Email; // of the shared identifier
    QString incomingName{};
    QString existingName{};
    // Customers other than the owner already seen with this identifier (kept apart or suggested before).
    int otherPeopleWithIdentifier = 0;
    // The incoming contact's strong identifiers belong to two or more different customers here: the backends
    // that brought them disagree on who is who.
    bool identifiersDisagree = false;
};

enum class JoinVerdict
{
    Join,     // one person: joined at once, recorded with its reason and undoable
    Suggest,  // maybe one person: an agent decides
    KeepApart // the identifier says nothing about who someone is (a switchboard): not even suggested
};

// Why; stored as the key (customer_merges.reason, merge_suggestions.reason) and shown translated.
enum class JoinReason
{
    SameEmail,
    SamePhone,
    SameHandle,
    NamesDiffer,
    SharedIdentifier,
    OrganisationalNumber,
    IdentifiersDisagree,
    AgentMerged,
};

struct JoinDecision
{
    JoinVerdict verdict = JoinVerdict::Suggest;
    JoinReason reason = JoinReason::NamesDiffer;
    bool operator==(const JoinDecision &) const = default;
};

// From this many people on one number (the owner and three more), it is a switchboard or an office line.
inline constexpr int kOrganisationalPeople = 4;
// Two written-out names less alike than this are two people's: "Harry Khan" and "Oscar Walker", but also
// "Mia Brown" and "Sophie Brown", who share a household's surname and number. The same as the suggestion
// threshold of names alone: what a name could not suggest, it contradicts ("A. Berg" and "Anna Berg" agree).
inline constexpr double kConflictingNameSimilarity = kNameSuggestionThreshold;

JoinDecision judgeJoin(const JoinEvidence &evidence);

QString joinReasonKey(JoinReason reason);
std::optional<JoinReason> joinReasonFromKey(QStringView key);

} // namespace kontor
