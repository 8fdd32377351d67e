#pragma once

#include "core/Identity.h"
#include "store/CustomerJoins.h"

#include <QFuture>
#include <QString>
#include <optional>
#include <stdexcept>

namespace kontor {

class Store;
class StoreReader;

// A merge, unmerge, split or edit that cannot be done; message() is translated, for the agent. Nothing was
// changed.
class MergeRefused : public std::runtime_error
{
public:
    explicit MergeRefused(const QString &message);
    const QString &message() const { return message_; }

private:
    QString message_;
};

// An agent's changes to who is who. Merging makes two customers one: the merged customer's identities,
// conversations (and so their messages), CSAT answers and attributes move to the survivor, and the merged
// customer stays behind as a record pointing at it. Every moved row is written down with the merge, so that
// undoing it — of this merge or an automatic join, in any order — puts back exactly what moved. Where both
// customers are contacts of the same backend account, the merge is also queued in the outbox for that backend
// (merge_contacts); an unmerge drops it while it is unsent, and is local once it was delivered.
class CustomerMerge
{
public:
    // Through Store::apply, the one door for agent actions; the futures carry the merge id, or MergeRefused.
    static QFuture<qint64> merge(Store &store, qint64 survivorId, qint64 mergedId,
                                 std::optional<qint64> actorAgentId, const QString &reason);
    static QFuture<void> unmerge(Store &store, qint64 mergeId);

    // What a merge would move, read from the store.
    static joins::JoinPreview preview(StoreReader &reader, qint64 survivorId, qint64 mergedId);

    // Splits an identity off into a customer of its own (named name); the future carries its id.
    static QFuture<qint64> split(Store &store, qint64 identityId, const QString &name);
    // Corrects a customer's name.
    static QFuture<void> rename(Store &store, qint64 customerId, const QString &name);
    // Adds an email address or phone number as the agent typed it; it is normalised first, and refused when
    // it is not one or another customer has it.
    static QFuture<qint64> addIdentity(Store &store, qint64 customerId, IdentityKind kind,
                                       const QString &typed);
    // Removes an identity (not a backend contact).
    static QFuture<void> removeIdentity(Store &store, qint64 identityId);

    // The agent's words for a refusal.
    static QString refusalText(joins::Refusal refusal);
};

} // namespace kontor
