#pragma once

#include "store/AgentAction.h"

#include <QHashFunctions>
#include <array>
#include <optional>
#include <utility>

namespace kontor {

// What kind of action an AgentAction is: one value per alternative, in the variant's order. Capabilities and
// the sync engine's dispatch use it; the store keeps its key (agentActionKind(): "send_message", …) in the
// outbox.
enum class ActionKind
{
    SendMessage,
    AssignConversation,
    SetConversationStatus,
    SetConversationPriority,
    AddConversationLabel,
    RemoveConversationLabel,
    MarkConversationRead,
    StartConversation,
    MergeContacts,
    UpdateContact,
};

inline constexpr std::size_t actionKindCount = std::variant_size_v<AgentAction>;

// The enum follows the variant: a kind is the variant's index.
static_assert(std::size_t(ActionKind::UpdateContact) + 1 == actionKindCount);
static_assert(std::is_same_v<std::variant_alternative_t<std::size_t(ActionKind::SendMessage), AgentAction>,
                             SendMessage>);
static_assert(
    std::is_same_v<std::variant_alternative_t<std::size_t(ActionKind::StartConversation), AgentAction>,
                   StartConversation>);
static_assert(std::is_same_v<std::variant_alternative_t<std::size_t(ActionKind::MergeContacts), AgentAction>,
                             MergeContacts>);
static_assert(std::is_same_v<std::variant_alternative_t<std::size_t(ActionKind::UpdateContact), AgentAction>,
                             UpdateContact>);

inline size_t qHash(ActionKind kind, size_t seed = 0) noexcept
{
    return ::qHash(int(kind), seed);
}

inline ActionKind actionKindOf(const AgentAction &action)
{
    return ActionKind(action.index());
}

// Every kind this version records.
inline QList<ActionKind> allActionKinds()
{
    QList<ActionKind> kinds;
    for (std::size_t i = 0; i < actionKindCount; ++i)
        kinds.append(ActionKind(i));
    return kinds;
}

// The outbox key of a kind, e.g. "send_message": the store's own (agentActionKind), so there is one list.
inline QString actionKindKey(ActionKind kind)
{
    static const std::array<QString, actionKindCount> keys = []<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<QString, actionKindCount>{agentActionKind(AgentAction(std::in_place_index<I>))...};
    }(std::make_index_sequence<actionKindCount>());
    return keys[std::size_t(kind)];
}

// The kind of an outbox key; nullopt for a key this version does not know.
inline std::optional<ActionKind> actionKindFromKey(QStringView key)
{
    for (std::size_t i = 0; i < actionKindCount; ++i) {
        if (key == actionKindKey(ActionKind(i)))
            return ActionKind(i);
    }
    return std::nullopt;
}

} // namespace kontor
