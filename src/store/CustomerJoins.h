#pragma once

#include "core/Identity.h"
#include "core/Time.h"
#include "store/ChangeSet.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace kontor::sql {
class Database;
}

namespace kontor::joins {

// The identifier a join or suggestion is about, as identities hold it.
struct JoinIdentifier
{
    QString kind{};
    QString scope{};
    QString value{};
};

struct JoinRequest
{
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    std::optional<qint64> actorAgentId{}; // nullopt: joined automatically
    QString reason{};                     // a JoinReason key
    JoinIdentifier evidence{};
    // Whether backends that know both customers as contacts are asked to merge them too. Only an agent's
    // merge does: a backend cannot split a contact again, and an automatic join must stay undoable.
    bool askBackends = false;
};

// Why a join, an undo, a split or an edit was not done. Nothing was changed.
enum class Refusal
{
    SameCustomer,
    NoSuchCustomer,
    AlreadyMerged,
    NoSuchMerge,
    AlreadyUndone,
    NoSuchIdentity,
    LastIdentity,
    IdentityTaken,
    EmptyName,
};

template<typename T>
using Outcome = std::variant<T, Refusal>;

// Makes two customers one, inside the caller's transaction: the merged customer's identities, conversations
// (and so their messages), CSAT answers and attributes move to the survivor, each moved row written down with
// the join, and the merged customer stays behind pointing at the survivor. Returns the join's id.
Outcome<qint64> joinCustomers(sql::Database &db, ChangeSet &marks, const JoinRequest &request, UtcMillis now);

// Undoes a join, in any order of joins: every row it moved goes back to the merged customer wherever later
// joins carried it on, later joins forget those rows, and conversations that the merged customer's contacts
// brought after the join go back with them. The two are then kept apart: ingestion will not join them again.
// The contact merges it asked backends for are the outbox's to drop (actions::dropUnsentContactMerges).
Outcome<bool> undoJoin(sql::Database &db, ChangeSet &marks, qint64 mergeId, UtcMillis now);

// Records that two customers may be one person (open), or that they were found to share an identifier and
// were kept apart (dismissed). A pair the agent already decided on stays as it is.
void recordSuggestion(sql::Database &db, qint64 a, qint64 b, const QString &reason, double score,
                      const JoinIdentifier &evidence, bool open, UtcMillis now);

// Whether an agent (or an undo) said these two are different people.
bool keptApart(sql::Database &db, qint64 a, qint64 b);

// Splits one identity off into a new customer of its own, named name. A backend contact takes the
// conversations it brought with it. Returns the new customer's id.
Outcome<qint64> splitIdentity(sql::Database &db, qint64 identityId, const QString &name, UtcMillis now);

// What merging would change, for the agent to see before saying yes.
struct JoinPreview
{
    qint64 conversations = 0;  // the merged customer's, moving to the survivor
    qint64 identities = 0;     // likewise
    qint64 attributes = 0;     // that move (the survivor's word on a key stands)
    QStringList backendsAsked; // accounts that know both as contacts and will be asked to merge them
};
JoinPreview previewJoin(sql::Database &db, qint64 survivorId, qint64 mergedId);

// Renames a customer. Backends that know the customer as a contact are asked to rename it too.
Outcome<bool> renameCustomer(sql::Database &db, ChangeSet &marks, qint64 customerId, const QString &name,
                             UtcMillis now);

// Adds an identity (value normalised by the caller) to a customer; refused when another customer has it. An
// email address or phone number is offered to the customer's backend contacts too (kept where they have
// none).
Outcome<qint64> addIdentity(sql::Database &db, ChangeSet &marks, qint64 customerId, IdentityKind kind,
                            const QString &scope, const QString &value, const QString &displayValue,
                            UtcMillis now);

// Removes an identity that is not a backend contact (those are the backend's to remove). Backend contacts
// keep what they hold: removing an address there is for the backend's own tools.
Outcome<bool> removeIdentity(sql::Database &db, qint64 identityId, UtcMillis now);

} // namespace kontor::joins
