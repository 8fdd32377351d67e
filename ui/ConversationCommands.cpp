#include "ui/ConversationCommands.h"

#include "models/AssignmentRules.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QPointer>
#include <memory>

namespace kontor::ui {

ConversationCommands::ConversationCommands(const WorkspaceContext &context, QObject *parent)
    : QObject(parent)
    , context_(context)
{}

void ConversationCommands::applyAll(const QList<AgentAction> &actions, const QString &doneMessage)
{
    if (!context_.store || actions.isEmpty())
        return;
    // One line when the last of them is durable; failures are counted and told once.
    auto remaining = std::make_shared<int>(int(actions.size()));
    auto failures = std::make_shared<int>(0);
    QPointer<ConversationCommands> self(this);
    for (const AgentAction &action : actions) {
        context_.store->apply(action)
            .then(this,
                  [self, remaining, failures, doneMessage](const ActionReceipt &) {
                      if (--*remaining != 0 || !self)
                          return;
                      if (*failures == 0)
                          Q_EMIT self->reported(doneMessage);
                      else
                          Q_EMIT self->failed(tr("%n action(s) could not be saved.", nullptr, *failures));
                  })
            .onFailed(this, [self, remaining, failures] {
                ++*failures;
                if (--*remaining == 0 && self)
                    Q_EMIT self->failed(tr("%n action(s) could not be saved.", nullptr, *failures));
            });
    }
}

void ConversationCommands::assignToMe(const QList<qint64> &conversations)
{
    if (!context_.store)
        return;
    const models::AssignmentPlan plan = models::AssignmentRules::toSelf(*context_.store, conversations);
    const QList<AgentAction> actions(plan.actions.cbegin(), plan.actions.cend());
    applyAll(actions, tr("Assigned %n conversation(s) to you.", nullptr, int(actions.size())));
}

void ConversationCommands::assign(const QList<qint64> &conversations, std::optional<qint64> agentId)
{
    if (!context_.store)
        return;
    const std::optional<models::AssignmentPlan> plan =
        models::AssignmentRules::to(*context_.store, conversations, agentId);
    if (!plan)
        return;
    const QList<AgentAction> actions(plan->actions.cbegin(), plan->actions.cend());
    QString message =
        agentId ? tr("Assigned %n conversation(s) to %1.", nullptr, int(actions.size())).arg(plan->agentName)
                : tr("Unassigned %n conversation(s).", nullptr, int(actions.size()));
    if (plan->otherAccount > 0)
        message += u' ' + tr("%n conversation(s) belong to another account and were left as they were.",
                             nullptr, plan->otherAccount);
    if (actions.isEmpty()) {
        Q_EMIT reported(message);
        return;
    }
    applyAll(actions, message);
}

void ConversationCommands::assignTeam(const QList<qint64> &conversations, std::optional<qint64> teamId)
{
    if (!context_.store)
        return;
    const std::optional<models::AssignmentPlan> plan =
        models::AssignmentRules::toTeam(*context_.store, conversations, teamId);
    if (!plan)
        return;
    const QList<AgentAction> actions(plan->actions.cbegin(), plan->actions.cend());
    QString message =
        teamId
            ? tr("Moved %n conversation(s) to the team %1.", nullptr, int(actions.size())).arg(plan->teamName)
            : tr("Took %n conversation(s) out of their team.", nullptr, int(actions.size()));
    if (plan->otherAccount > 0)
        message += u' ' + tr("%n conversation(s) belong to another account and were left as they were.",
                             nullptr, plan->otherAccount);
    if (actions.isEmpty()) {
        Q_EMIT reported(message);
        return;
    }
    applyAll(actions, message);
}

QList<TeamRow> ConversationCommands::teams(const QList<qint64> &accounts) const
{
    if (!context_.store)
        return {};
    QList<TeamRow> teams = context_.store->reader().directory().teams();
    if (!accounts.isEmpty())
        teams.removeIf([&accounts](const TeamRow &team) { return !accounts.contains(team.accountId); });
    return teams;
}

void ConversationCommands::setStatus(const QList<qint64> &conversations, ConversationStatus status,
                                     std::optional<UtcMillis> snoozedUntil)
{
    QList<AgentAction> actions;
    for (qint64 id : conversations)
        actions.append(SetConversationStatus{id, status, snoozedUntil});
    QString message;
    switch (status) {
    case ConversationStatus::Resolved:
        message = tr("Resolved %n conversation(s).", nullptr, int(actions.size()));
        break;
    case ConversationStatus::Snoozed:
        message = tr("Snoozed %n conversation(s).", nullptr, int(actions.size()));
        break;
    case ConversationStatus::Open:
        message = tr("Reopened %n conversation(s).", nullptr, int(actions.size()));
        break;
    case ConversationStatus::Pending:
        message = tr("Marked %n conversation(s) as pending.", nullptr, int(actions.size()));
        break;
    }
    applyAll(actions, message);
}

void ConversationCommands::setPriority(const QList<qint64> &conversations, Priority priority)
{
    QList<AgentAction> actions;
    for (qint64 id : conversations)
        actions.append(SetConversationPriority{id, priority});
    applyAll(actions, tr("Priority set to %1.").arg(priorityDisplayName(priority)));
}

void ConversationCommands::addLabel(const QList<qint64> &conversations, const QString &label)
{
    QList<AgentAction> actions;
    for (qint64 id : conversations)
        actions.append(AddConversationLabel{id, label});
    applyAll(actions, tr("Labelled %n conversation(s) “%1”.", nullptr, int(actions.size())).arg(label));
}

void ConversationCommands::removeLabel(const QList<qint64> &conversations, const QString &label)
{
    QList<AgentAction> actions;
    for (qint64 id : conversations)
        actions.append(RemoveConversationLabel{id, label});
    applyAll(actions, tr("Removed the label “%1”.").arg(label));
}

void ConversationCommands::markRead(qint64 conversation)
{
    if (context_.store)
        context_.store->apply(MarkConversationRead{conversation});
}

QFuture<ActionReceipt> ConversationCommands::send(const SendMessage &message)
{
    return context_.store->apply(message);
}

QFuture<ActionReceipt> ConversationCommands::start(const StartConversation &conversation)
{
    return context_.store->apply(conversation);
}

void ConversationCommands::retry(const QString &uuid)
{
    if (context_.sync) {
        context_.sync->sendAgain(uuid);
        Q_EMIT reported(tr("Sending again."));
    }
}

} // namespace kontor::ui
