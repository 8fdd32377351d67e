#pragma once

#include "models/WorkspaceAlerts.h"

namespace kontor::ui {

// Which alerts the agent wants as desktop notifications, kept in the user's settings. All on by default.
class NotificationSettings
{
public:
    static bool isEnabled(models::WorkspaceAlert::Kind kind);
    static void setEnabled(models::WorkspaceAlert::Kind kind, bool enabled);
};

} // namespace kontor::ui
