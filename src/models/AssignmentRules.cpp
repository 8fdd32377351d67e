#include "models/AssignmentRules.h"

#include "store/Store.h"

namespace kontor::models {

namespace {
QList<ConversationRow> rowsOf(StoreReader &reader, const QList<qint64> &conversations)
{
    QList<ConversationRow> rows;
    for (qint64 id : conversations) {
        if (std::optional<ConversationRow> row = reader.inbox().conversation(id))
            rows.append(std::move(*row));
    }
    return rows;
}
} // namespace

AssignmentPlan AssignmentRules::toSelf(const QList<ConversationRow> &conversations,
                                       const QList<AgentRow> &agents)
{
    AssignmentPlan plan;
    for (const ConversationRow &row : conversations) {
        for (const AgentRow &agent : agents) {
            if (agent.isSelf && agent.accountId == row.accountId && row.assigneeId != agent.id)
                plan.actions.append(AssignConversation{row.id, agent.id, row.teamId});
        }
    }
    return plan;
}

AssignmentPlan AssignmentRules::to(const QList<ConversationRow> &conversations,
                                   const std::optional<AgentRow> &agent)
{
    AssignmentPlan plan;
    const std::optional<qint64> agentId = agent ? std::optional<qint64>(agent->id) : std::nullopt;
    if (agent)
        plan.agentName = agent->name;
    for (const ConversationRow &row : conversations) {
        if (agent && agent->accountId != row.accountId) {
            ++plan.otherAccount;
            continue;
        }
        if (row.assigneeId != agentId)
            plan.actions.append(AssignConversation{row.id, agentId, row.teamId});
    }
    return plan;
}

AssignmentPlan AssignmentRules::toTeam(const QList<ConversationRow> &conversations,
                                       const std::optional<TeamRow> &team)
{
    AssignmentPlan plan;
    const std::optional<qint64> teamId = team ? std::optional<qint64>(team->id) : std::nullopt;
    if (team)
        plan.teamName = team->name;
    for (const ConversationRow &row : conversations) {
        if (team && team->accountId != row.accountId) {
            ++plan.otherAccount;
            continue;
        }
        if (row.teamId != teamId)
            plan.actions.append(AssignConversation{row.id, row.assigneeId, teamId});
    }
    return plan;
}

AssignmentPlan AssignmentRules::toSelf(Store &store, const QList<qint64> &conversations)
{
    return toSelf(rowsOf(store.reader(), conversations), store.reader().directory().agents());
}

std::optional<AssignmentPlan> AssignmentRules::to(Store &store, const QList<qint64> &conversations,
                                                  std::optional<qint64> agentId)
{
    std::optional<AgentRow> agent;
    if (agentId) {
        for (const AgentRow &candidate : store.reader().directory().agents()) {
            if (candidate.id == *agentId)
                agent = candidate;
        }
        if (!agent)
            return std::nullopt;
    }
    return to(rowsOf(store.reader(), conversations), agent);
}

std::optional<AssignmentPlan> AssignmentRules::toTeam(Store &store, const QList<qint64> &conversations,
                                                      std::optional<qint64> teamId)
{
    std::optional<TeamRow> team;
    if (teamId) {
        for (const TeamRow &candidate : store.reader().directory().teams()) {
            if (candidate.id == *teamId)
                team = candidate;
        }
        if (!team)
            return std::nullopt;
    }
    return toTeam(rowsOf(store.reader(), conversations), team);
}

} // namespace kontor::models
