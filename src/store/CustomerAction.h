#pragma once

#include "store/CustomerJoins.h"

#include <QString>
#include <optional>
#include <stdexcept>
#include <variant>

namespace kontor {

// An agent's change to who is who, applied through Store::apply like every other agent action: one
// transaction, on disk before the future finishes, with the outbox entries it asks backends for.

// Makes two customers one (see joins::joinCustomers). Backends that know both as contacts are asked to merge
// them too: one merge_contacts entry per such account.
struct MergeCustomers
{
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    std::optional<qint64> actorAgentId{};
    QString reason{}; // a JoinReason key
};

// Undoes a merge, of the agent's or an automatic join (see joins::undoJoin). A backend merge not sent yet is
// not sent at all; one that reached its backend stays there, as backends cannot split a contact.
struct UnmergeCustomers
{
    qint64 mergeId = 0;
};

using CustomerAction = std::variant<MergeCustomers, UnmergeCustomers>;

struct CustomerActionReceipt
{
    qint64 mergeId = 0; // the merge made or undone
};

// The action cannot be done; nothing was changed.
class CustomerActionRefused : public std::runtime_error
{
public:
    explicit CustomerActionRefused(joins::Refusal refusal)
        : std::runtime_error("customer action refused")
        , refusal_(refusal)
    {}
    joins::Refusal refusal() const { return refusal_; }

private:
    joins::Refusal refusal_;
};

} // namespace kontor
