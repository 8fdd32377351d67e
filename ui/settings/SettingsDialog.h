#pragma once

#include <KPageDialog>

#include <QMap>

class KPageWidgetItem;

namespace kontor {
class Store;
}

namespace kontor::ui {

class SettingsPage;
class WorkspaceActions;

// The settings window (Ctrl+,): accounts, notifications, availability, appearance, language, composer and
// shortcuts, one page each. OK and Apply store every page; the look changes at once, the language at the next
// start.
class SettingsDialog : public KPageDialog
{
    Q_OBJECT
public:
    enum class Page
    {
        Accounts,
        Notifications,
        Appearance,
        Language,
        Composer,
        Shortcuts,
        Availability,
    };

    // store: for the inboxes (signatures, silenced inboxes); may be null.
    SettingsDialog(Store *store, WorkspaceActions &actions, QWidget *parent = nullptr);

    void showPage(Page page);
    SettingsPage *page(Page page) const;
    // Stores every page and applies what can change while Kontor runs.
    void apply();

Q_SIGNALS:
    void applied();

private:
    void addPage(Page page, SettingsPage *widget, const QString &name, const QString &header,
                 const QString &icon);

    QMap<Page, KPageWidgetItem *> items_;
};

} // namespace kontor::ui
