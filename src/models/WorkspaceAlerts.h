#pragma once

#include "core/Channel.h"
#include "core/Time.h"

#include <QObject>
#include <QSet>
#include <functional>

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
    };
    Kind kind = Kind::CustomerReplied;
    qint64 conversationId = 0;
    qint64 messageId = 0; // 0 for assignments
    QString customerName;
    QString text; // a preview line: the message, or the conversation's subject
    Channel channel = Channel::WebChat;
};

// Watches the store's changes for what concerns the signed-in agent: conversations newly assigned to them,
// notes mentioning them, customers answering in their conversations. The agent's own actions (changes that
// come with an outbox entry) and history arriving in bulk (a first sync) raise nothing.
class WorkspaceAlerts : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceAlerts(Store &store, QObject *parent = nullptr);

    // Messages older than this when they arrive are history being synced, not news.
    void setFreshness(qint64 milliseconds) { freshnessMs_ = milliseconds; }
    // Compares against this clock instead of the system's (for tests).
    void setClock(std::function<UtcMillis()> clock) { clock_ = std::move(clock); }

Q_SIGNALS:
    void alert(const kontor::models::WorkspaceAlert &alert);

private:
    void readAssignedToMe();
    void onStoreChanged(const ChangeSet &changes);
    void checkAssignments(const QSet<qint64> &conversations, bool ownAction);
    void checkMessages(const QSet<qint64> &messages);

    Store &store_;
    QSet<qint64> assignedToMe_;
    qint64 freshnessMs_ = 10 * 60 * 1000;
    std::function<UtcMillis()> clock_ = nowUtcMillis;
};

} // namespace kontor::models

Q_DECLARE_METATYPE(kontor::models::WorkspaceAlert)
