#pragma once

#include "store/queries/InboxQueries.h"

#include <optional>

namespace kontor {
class StoreReader;
}

namespace kontor::models {

// "Get next": the open conversation of the agent's teams that nobody has, whose customer has waited longest.
// Conversations nobody waits on come last, the oldest first. The agent's teams are those a signed-in agent
// (one per account) belongs to.
struct NextConversation
{
    enum class Outcome
    {
        Found,
        NoTeams,   // the agent belongs to no team
        NoneWaits, // their teams have no open conversation without an assignee
    };
    Outcome outcome = Outcome::NoneWaits;
    std::optional<ConversationRow> conversation{};

    static NextConversation find(StoreReader &reader);
};

} // namespace kontor::models
