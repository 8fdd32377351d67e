#pragma once

#include "store/AgentAction.h"
#include "store/queries/DirectoryQueries.h"
#include "ui/WorkspaceContext.h"

#include <QFuture>
#include <QObject>

namespace kontor::ui {

// The agent's actions on conversations, one or many at once: each becomes a durable store action (and so an
// outbox entry the sync engine delivers). Reports what was done, or why not, in one translated line.
class ConversationCommands : public QObject
{
    Q_OBJECT
public:
    explicit ConversationCommands(const WorkspaceContext &context, QObject *parent = nullptr);

    // To the signed-in agent of each conversation's own account.
    void assignToMe(const QList<qint64> &conversations);
    // To one agent: only conversations of that agent's account can go to them; nullopt unassigns.
    void assign(const QList<qint64> &conversations, std::optional<qint64> agentId);
    // To a team (its account's conversations only), or out of every team (nullopt); assignees stay.
    void assignTeam(const QList<qint64> &conversations, std::optional<qint64> teamId);
    // The teams of the given backend accounts (every team when none is given), for the menus.
    QList<TeamRow> teams(const QList<qint64> &accounts) const;
    void setStatus(const QList<qint64> &conversations, ConversationStatus status,
                   std::optional<UtcMillis> snoozedUntil = std::nullopt);
    void setPriority(const QList<qint64> &conversations, Priority priority);
    void addLabel(const QList<qint64> &conversations, const QString &label);
    void removeLabel(const QList<qint64> &conversations, const QString &label);
    void markRead(qint64 conversation);
    QFuture<ActionReceipt> send(const SendMessage &message);
    QFuture<ActionReceipt> start(const StartConversation &conversation);
    // Sends a failed outbox entry again.
    bool canRetry() const { return context_.sync != nullptr; }
    void retry(const QString &uuid);

Q_SIGNALS:
    void reported(const QString &message);
    void failed(const QString &message);

private:
    void applyAll(const QList<AgentAction> &actions, const QString &doneMessage);

    WorkspaceContext context_;
};

} // namespace kontor::ui
