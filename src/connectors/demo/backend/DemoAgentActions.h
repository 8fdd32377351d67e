#pragma once

#include "connectors/demo/backend/DemoActions.h"
#include "connectors/demo/backend/DemoWorldCore.h"

namespace kontor {

// The server side of the signed-in agent's actions: validates an action against the world and applies it,
// with the activity lines, delivery and customer reactions a real backend would produce. Idempotency is
// DemoWorld's business (the ledger); this only applies.
class DemoAgentActions
{
public:
    explicit DemoAgentActions(DemoWorldCore &core);

    DemoActionResult apply(const DemoAction &action, UtcMillis at);

private:
    DemoActionResult reply(const DemoReply &action);
    DemoActionResult startConversation(const DemoStartConversation &action);
    DemoActionResult note(const DemoAddNote &action);
    DemoActionResult assign(const DemoAssign &action);
    DemoActionResult setStatus(const DemoSetStatus &action);
    DemoActionResult setPriority(const DemoSetPriority &action);
    DemoActionResult setLabels(const QString &conversationId, const QStringList &labels);
    DemoActionResult addLabel(const DemoAddLabel &action);
    DemoActionResult removeLabel(const DemoRemoveLabel &action);
    DemoActionResult markRead(const DemoMarkRead &action);
    DemoActionResult merge(const DemoMergeCustomers &action);
    DemoActionResult updateCustomer(const DemoUpdateCustomer &action);

    // The conversation the customer has open on a channel, or a new one continuing `from` there.
    DemoConversation conversationOn(const DemoConversation &from, const DemoCustomer &customer,
                                    Channel channel);
    DemoMessage outgoing(const DemoConversation &conversation, MessageKind kind, const QString &body,
                         BodyFormat format);
    void addActivity(DemoConversation &conversation, const QString &activity, const QString &text);
    void sendOutgoing(DemoConversation &conversation, DemoMessage message);

    DemoActionResult accepted(const QString &conversationId, const QString &messageId = {}) const;
    DemoActionResult rejected(DemoRejection rejection) const;

    DemoWorldCore &m_core;
    DemoAgent m_self;
    QString m_uuid;
    UtcMillis m_at = 0;
};

} // namespace kontor
