#include "ui/settings/NotificationsPage.h"

#include "ui/notifications/DesktopNotificationSink.h"
#include "ui/notifications/NotificationSettings.h"

#include <KNotifyConfigWidget>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace kontor::ui {

NotificationsPage::NotificationsPage(const QList<InboxRow> &inboxes, QWidget *parent)
    : SettingsPage(parent)
    , events_(new KNotifyConfigWidget(this))
    , inboxes_(new QListWidget(this))
{
    events_->setObjectName(QStringLiteral("notificationEvents"));
    events_->setApplication(DesktopNotificationSink::componentName());
    inboxes_->setObjectName(QStringLiteral("silencedInboxes"));
    inboxes_->setAccessibleName(tr("Silenced inboxes"));
    for (const InboxRow &inbox : inboxes) {
        auto *item = new QListWidgetItem(inbox.name, inboxes_);
        item->setData(Qt::UserRole, inbox.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    }
    auto *inboxLabel = new QLabel(
        tr("&Silence these inboxes: their conversations raise no notification (they still count as "
           "unread):"),
        this);
    inboxLabel->setWordWrap(true);
    inboxLabel->setBuddy(inboxes_);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(events_, 2);
    layout->addWidget(inboxLabel);
    layout->addWidget(inboxes_, 1);
    load();
}

void NotificationsPage::load()
{
    const QSet<qint64> silenced = NotificationSettings::silencedInboxes();
    for (int row = 0; row < inboxes_->count(); ++row) {
        QListWidgetItem *item = inboxes_->item(row);
        item->setCheckState(silenced.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                     : Qt::Unchecked);
    }
}

void NotificationsPage::save()
{
    events_->save();
    QSet<qint64> silenced;
    for (int row = 0; row < inboxes_->count(); ++row) {
        const QListWidgetItem *item = inboxes_->item(row);
        if (item->checkState() == Qt::Checked)
            silenced.insert(item->data(Qt::UserRole).toLongLong());
    }
    NotificationSettings::setSilencedInboxes(silenced);
}

} // namespace kontor::ui
