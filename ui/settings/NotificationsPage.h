#pragma once

#include "store/queries/DirectoryQueries.h"
#include "ui/settings/SettingsPage.h"

class KNotifyConfigWidget;
class QListWidget;

namespace kontor::ui {

// Sound and popup for each notification event (KNotifications' own editor over kontor.notifyrc), and the
// inboxes that raise no notification at all.
class NotificationsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit NotificationsPage(const QList<InboxRow> &inboxes, QWidget *parent = nullptr);

    void load() override;
    void save() override;
    QListWidget *inboxes() const { return inboxes_; }

private:
    KNotifyConfigWidget *events_;
    QListWidget *inboxes_;
};

} // namespace kontor::ui
