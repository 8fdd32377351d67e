#include "core/Conversation.h"

#include "core/EnumKeys.h"

#include <QCoreApplication>

namespace kontor {

namespace {
constexpr EnumKey<ConversationStatus> kStatusKeys[] = {
    {ConversationStatus::Open, "open"},
    {ConversationStatus::Pending, "pending"},
    {ConversationStatus::Snoozed, "snoozed"},
    {ConversationStatus::Resolved, "resolved"},
};
constexpr EnumKey<Priority> kPriorityKeys[] = {
    {Priority::None, "none"}, {Priority::Low, "low"},       {Priority::Medium, "medium"},
    {Priority::High, "high"}, {Priority::Urgent, "urgent"},
};
} // namespace

QString statusKey(ConversationStatus status)
{
    return keyOf(kStatusKeys, status);
}

std::optional<ConversationStatus> statusFromKey(QStringView key)
{
    return enumFromKey(kStatusKeys, key);
}

QString statusDisplayName(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open:
        return QCoreApplication::translate("ConversationStatus", "Open");
    case ConversationStatus::Pending:
        return QCoreApplication::translate("ConversationStatus", "Pending");
    case ConversationStatus::Snoozed:
        return QCoreApplication::translate("ConversationStatus", "Snoozed");
    case ConversationStatus::Resolved:
        return QCoreApplication::translate("ConversationStatus", "Resolved");
    }
    return {};
}

QString priorityKey(Priority priority)
{
    return keyOf(kPriorityKeys, priority);
}

std::optional<Priority> priorityFromKey(QStringView key)
{
    return enumFromKey(kPriorityKeys, key);
}

QString priorityDisplayName(Priority priority)
{
    switch (priority) {
    case Priority::None:
        return QCoreApplication::translate("Priority", "No priority");
    case Priority::Low:
        return QCoreApplication::translate("Priority", "Low");
    case Priority::Medium:
        return QCoreApplication::translate("Priority", "Medium");
    case Priority::High:
        return QCoreApplication::translate("Priority", "High");
    case Priority::Urgent:
        return QCoreApplication::translate("Priority", "Urgent");
    }
    return {};
}

} // namespace kontor
