#include "ui/settings/SettingsDialog.h"

#include "store/Store.h"
#include "ui/WorkspaceActions.h"
#include "ui/settings/ActionsPage.h"
#include "ui/settings/AppearancePage.h"
#include "ui/settings/AvailabilityPage.h"
#include "ui/settings/ComposerPage.h"
#include "ui/settings/LanguagePage.h"
#include "ui/settings/NotificationsPage.h"
#include "ui/settings/WorkspaceSettings.h"

#include <KActionCollection>
#include <KPageWidgetItem>
#include <QAction>
#include <QIcon>
#include <QPushButton>

namespace kontor::ui {

SettingsDialog::SettingsDialog(Store *store, WorkspaceActions &actions, QWidget *parent)
    : KPageDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setFaceType(KPageDialog::List);
    setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
    const QList<InboxRow> inboxes = store ? store->reader().directory().inboxes() : QList<InboxRow>();
    KActionCollection *collection = actions.collection();

    addPage(Page::Accounts,
            new ActionsPage(tr("Kontor works with several accounts at once; their conversations meet in one "
                               "inbox. Add an account, sign in to one again, or remove one with what it "
                               "brought, the demo contact center included."),
                            {collection->action(QStringLiteral("manageAccounts")),
                             collection->action(QStringLiteral("addChatwootAccount"))},
                            this),
            tr("Accounts"), tr("Accounts"), QStringLiteral("system-users"));
    addPage(Page::Notifications, new NotificationsPage(inboxes, this), tr("Notifications"),
            tr("Notifications"), QStringLiteral("preferences-desktop-notification"));
    addPage(Page::Availability, new AvailabilityPage(this), tr("Availability"), tr("Your availability"),
            QStringLiteral("user-away"));
    addPage(Page::Appearance, new AppearancePage(this), tr("Appearance"), tr("Appearance"),
            QStringLiteral("preferences-desktop-theme"));
    addPage(Page::Language, new LanguagePage(this), tr("Language"), tr("Language"),
            QStringLiteral("preferences-desktop-locale"));
    addPage(Page::Composer, new ComposerPage(inboxes, &actions, this), tr("Composer"), tr("Composer"),
            QStringLiteral("document-edit"));
    addPage(
        Page::Shortcuts,
        new ActionsPage(tr("Every action of Kontor can have a keyboard shortcut of your choice. The command "
                           "palette finds any action by its name."),
                        {actions.configureShortcuts, actions.shortcuts, actions.commandPalette}, this),
        tr("Shortcuts"), tr("Keyboard shortcuts"), QStringLiteral("preferences-desktop-keyboard"));

    // Room for the notification events' table and the composer's signature without scrolling.
    resize(900, 640);
    connect(button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(this, &QDialog::accepted, this, &SettingsDialog::apply);
}

void SettingsDialog::addPage(Page page, SettingsPage *widget, const QString &name, const QString &header,
                             const QString &icon)
{
    KPageWidgetItem *item = KPageDialog::addPage(widget, name);
    item->setHeader(header);
    item->setIcon(QIcon::fromTheme(icon));
    items_.insert(page, item);
}

void SettingsDialog::showPage(Page page)
{
    if (KPageWidgetItem *item = items_.value(page))
        setCurrentPage(item);
}

SettingsPage *SettingsDialog::page(Page page) const
{
    const KPageWidgetItem *item = items_.value(page);
    return item ? static_cast<SettingsPage *>(item->widget()) : nullptr;
}

void SettingsDialog::apply()
{
    for (const KPageWidgetItem *item : std::as_const(items_))
        static_cast<SettingsPage *>(item->widget())->save();
    WorkspaceSettings::applyAppearance();
    Q_EMIT applied();
}

} // namespace kontor::ui
