#pragma once

#include <QString>
#include <optional>

namespace kontor {

enum class ConversationStatus
{
    Open,
    Pending,
    Snoozed,
    Resolved
};
enum class Priority
{
    None,
    Low,
    Medium,
    High,
    Urgent
};

QString statusKey(ConversationStatus status);
std::optional<ConversationStatus> statusFromKey(QStringView key);
QString statusDisplayName(ConversationStatus status);

QString priorityKey(Priority priority);
std::optional<Priority> priorityFromKey(QStringView key);
QString priorityDisplayName(Priority priority);

} // namespace kontor
