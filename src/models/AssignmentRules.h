#pragma once

#include "store/AgentAction.h"
#include "store/queries/DirectoryQueries.h"
#include "store/queries/InboxQueries.h"

#include <QList>
#include <optional>

namespace kontor {
class Store;
}

namespace kontor::models {

// The assignments an agent's command asks for, before they are applied.
struct AssignmentPlan
{
    QList<AssignConversation> actions{};
    // Conversations left alone because the agent belongs to another backend account.
    int otherAccount = 0;
    QString agentName{}; // of the agent they go to; empty when unassigning or assigning to oneself
    QString teamName{};  // of the team they go to; empty when not moving teams or leaving every team
};

// Who may take which conversation. An agent belongs to one backend account and can only own that account's
// conversations; a conversation already with the agent needs no action; its team stays.
class AssignmentRules
{
public:
    // To the signed-in agent of each conversation's own account (agents marked as self).
    static AssignmentPlan toSelf(const QList<ConversationRow> &conversations, const QList<AgentRow> &agents);
    // To one agent, or nobody (nullopt).
    static AssignmentPlan to(const QList<ConversationRow> &conversations,
                             const std::optional<AgentRow> &agent);

    // To a team, or no team (nullopt); the assignee stays. A team belongs to one backend account, like its
    // conversations.
    static AssignmentPlan toTeam(const QList<ConversationRow> &conversations,
                                 const std::optional<TeamRow> &team);

    // The same, reading the conversations (missing ones are skipped) and agents from the store. to() gives
    // nullopt when the agent is not known.
    static AssignmentPlan toSelf(Store &store, const QList<qint64> &conversations);
    static std::optional<AssignmentPlan> to(Store &store, const QList<qint64> &conversations,
                                            std::optional<qint64> agentId);
    static std::optional<AssignmentPlan> toTeam(Store &store, const QList<qint64> &conversations,
                                                std::optional<qint64> teamId);
};

} // namespace kontor::models
