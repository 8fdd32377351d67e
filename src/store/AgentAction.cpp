#include "store/AgentAction.h"

#include <utility>

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
    QString operator()(const StartConversation &) const { return QStringLiteral("start_conversation"); }
    QString operator()(const MergeContacts &) const { return QStringLiteral("merge_contacts"); }
    QString operator()(const UpdateContact &) const { return QStringLiteral("update_contact"); }
};

struct ConversationOf
{
    qint64 operator()(const MergeContacts &) const { return 0; }
    qint64 operator()(const UpdateContact &) const { return 0; }
    qint64 operator()(const auto &a) const { return a.conversationId; }
};

} // namespace

QString agentActionKind(const AgentAction &action)
{
    return std::visit(KindOf{}, action);
}

qint64 agentActionConversation(const AgentAction &action)
{
    return std::visit(ConversationOf{}, action);
}

} // namespace kontor
