#include "store/AgentAction.h"

namespace kontor {

namespace {

struct KindOf
{
    QString operator()(const SendMessage &) const { return QStringLiteral("send_message"); }
    QString operator()(const AssignConversation &) const { return QStringLiteral("assign"); }
    QString operator()(const SetConversationStatus &) const { return QStringLiteral("set_status"); }
    QString operator()(const SetConversationPriority &) const { return QStringLiteral("set_priority"); }
    QString operator()(const AddConversationLabel &) const { return QStringLiteral("add_label"); }
    QString operator()(const RemoveConversationLabel &) const { return QStringLiteral("remove_label"); }
    QString operator()(const MarkConversationRead &) const { return QStringLiteral("mark_read"); }
};

} // namespace

QString agentActionKind(const AgentAction &action)
{
    return std::visit(KindOf{}, action);
}

qint64 agentActionConversation(const AgentAction &action)
{
    return std::visit([](const auto &a) { return a.conversationId; }, action);
}

} // namespace kontor
