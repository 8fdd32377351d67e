#pragma once

#include <QList>
#include <QObject>

class KActionCollection;
class QAction;
class QKeySequence;

namespace kontor::ui {

// Every action of the workspace as a QAction with its default shortcut, kept in one KActionCollection under a
// stable object name: the menus, the command palette, the shortcut sheet and the shortcut editor all read the
// same actions, so none of them can drift from the others. The agent's own shortcuts are read over the
// defaults. Single-letter shortcuts act while the focus is not in a text field (text fields take letters
// first).
class WorkspaceActions : public QObject
{
    Q_OBJECT
public:
    // What an action is for; the palette and the shortcut sheet group by it.
    enum class Section
    {
        MovingAround,
        Views,
        Inbox,
        Answering,
        Triage,
        Customer,
        Workspace,
        Kontor
    };

    explicit WorkspaceActions(QObject *parent = nullptr);

    QAction *search;
    QAction *next;
    QAction *previous;
    QAction *open;
    QAction *focusList;
    QAction *reply;
    QAction *note;
    QAction *send;
    QAction *resolve;
    QAction *assign;
    QAction *assignToMe;
    QAction *getNext; // Ctrl+N: take the longest-waiting conversation of my teams that nobody has
    QAction *snooze;
    QAction *pending;
    QAction *team;
    QAction *labels;
    QAction *priority;
    QAction *allChannels;
    QAction *selectAll;
    QAction *shortcuts;
    QAction *saveView;
    QAction *outbox;
    QAction *customerPanel;
    QAction *workOffline;
    QAction *mergeCustomer;
    QAction *editCustomer;
    QAction *splitCustomer;
    QAction *eraseCustomer;
    QAction *commandPalette;
    QAction *settings; // the settings window, Ctrl+,
    QAction *configureShortcuts;
    QAction *about;
    QAction *quit;

    // The fixed conversation views, each with the navigation key it shows.
    struct ViewAction
    {
        QString key;
        QAction *action;
    };
    QList<ViewAction> views;
    // The agent's own status, one checkable action per choice; data() holds the Presence value.
    QList<QAction *> availability;
    // One checkable action per sort order of the inbox; data() holds the InboxSort value.
    QList<QAction *> sortOrders;

    // Adds an action made elsewhere (an entry a window installs) under its object name, with its current
    // shortcut as the default, and applies the agent's own shortcut for it.
    void adopt(QAction *action, Section section);

    KActionCollection *collection() const { return collection_; }

    struct Group
    {
        QString title;
        QList<QAction *> actions;
    };
    // Every action, grouped by section, in the order the palette and the shortcut sheet show them.
    QList<Group> groups() const;

private:
    QAction *make(Section section, const QString &text, const QKeySequence &shortcut,
                  const QString &objectName);
    void add(Section section, QAction *action);

    KActionCollection *collection_;
    QList<QList<QAction *>> sections_;
};

} // namespace kontor::ui
