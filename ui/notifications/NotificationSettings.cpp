#include "ui/notifications/NotificationSettings.h"

#include <QSettings>

namespace kontor::ui {

namespace {
QString keyOf(models::WorkspaceAlert::Kind kind)
{
    switch (kind) {
    case models::WorkspaceAlert::Kind::AssignedToMe:
        return QStringLiteral("notifications/assigned");
    case models::WorkspaceAlert::Kind::Mentioned:
        return QStringLiteral("notifications/mentions");
    case models::WorkspaceAlert::Kind::CustomerReplied:
        break;
    }
    return QStringLiteral("notifications/replies");
}
} // namespace

bool NotificationSettings::isEnabled(models::WorkspaceAlert::Kind kind)
{
    return QSettings().value(keyOf(kind), true).toBool();
}

void NotificationSettings::setEnabled(models::WorkspaceAlert::Kind kind, bool enabled)
{
    QSettings().setValue(keyOf(kind), enabled);
}

} // namespace kontor::ui
