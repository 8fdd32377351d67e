#pragma once

#include "core/Channel.h"
#include "core/Time.h"
#include "models/SlaClock.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <optional>

namespace kontor {
class ChangeSet;
class Store;
} // namespace kontor

namespace kontor::models {

// Something that wants the signed-in agent's attention.
struct WorkspaceAlert
{
    enum class Kind
    {
        AssignedToMe,    // someone else assigned a conversation to me
        Mentioned,       // a colleague mentioned me in a note
        CustomerReplied, // a customer wrote in a conversation assigned to me
        NewInMyQueue,    // a new conversation nobody has, in one of my teams or in no team at all
        SlaAboutToBreak, // a conversation of mine entered the last stretch before its SLA deadline
        SlaBroken,       // a conversation of mine passed its SLA deadline
    };
    Kind kind = Kind::CustomerReplied;
    qint64 conversationId = 0;
    qint64 messageId = 0; // 0 for assignments
    QString customerName;
    QString text; // a preview line: the message, or the conversation's subject
    Channel channel = Channel::WebChat;
    std::optional<qint64> inboxId{}; // the backend's inbox it came through, where known
};

// Watches the store's changes for what concerns the signed-in agent: conversations newly assigned to them,
// notes mentioning them, customers answering in their conversations, new conversations waiting in their
// queue. The agent's own actions (changes that come with an outbox entry) and history arriving in bulk (a
// first sync) raise nothing. A clock checks the SLA deadlines of the agent's conversations: a deadline seen
// coming close warns once, and once more when it is missed.
class WorkspaceAlerts : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceAlerts(Store &store, QObject *parent = nullptr);

    // Messages older than this when they arrive are history being synced, not news.
    void setFreshness(qint64 milliseconds) { freshnessMs_ = milliseconds; }
    // Compares against this clock instead of the system's (for tests).
    void setClock(std::function<UtcMillis()> clock) { clock_ = std::move(clock); }
    // How often SLA deadlines are checked; 0 stops the clock (tests call checkSlaDeadlines() themselves).
    void setSlaCheckInterval(int milliseconds);
    // Raises SlaAboutToBreak or SlaBroken for the agent's conversations whose deadline state changed.
    void checkSlaDeadlines();

Q_SIGNALS:
    void alert(const kontor::models::WorkspaceAlert &alert);

private:
    void readAssignedToMe();
    void onStoreChanged(const ChangeSet &changes);
    void checkAssignments(const QSet<qint64> &conversations, bool ownAction);
    void checkMessages(const QSet<qint64> &messages);
    void checkNewInQueue(const QSet<qint64> &conversations);
    QSet<qint64> myTeams() const;

    Store &store_;
    QSet<qint64> assignedToMe_;
    qint64 freshnessMs_ = 10 * 60 * 1000;
    std::function<UtcMillis()> clock_ = nowUtcMillis;
    QTimer slaClock_;
    struct SlaWatch
    {
        UtcMillis deadline = 0;
        SlaState::Level level = SlaState::Level::None;
    };
    QHash<qint64, SlaWatch> slaWatched_; // my waiting conversations: their next deadline, and how it stood
};

} // namespace kontor::models

Q_DECLARE_METATYPE(kontor::models::WorkspaceAlert)
