#pragma once

#include <QSet>

namespace kontor::ui {

// The inboxes whose conversations raise no notification, kept in the user's settings. Sound and popup per
// event are KNotifications' own settings (kontor.notifyrc and the agent's changes to it).
class NotificationSettings
{
public:
    static QSet<qint64> silencedInboxes();
    static void setSilencedInboxes(const QSet<qint64> &inboxes);
    static bool isSilenced(qint64 inboxId) { return silencedInboxes().contains(inboxId); }
};

} // namespace kontor::ui
