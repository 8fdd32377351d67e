#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace kontor::ui {

// Every main action of the workspace as a QAction with its shortcut, for the menus, the shortcut sheet and
// the keyboard: an agent can do all of it without the mouse. Single-letter shortcuts act while the focus is
// not in a text field (text fields take letters first).
class WorkspaceActions : public QObject
{
    Q_OBJECT
public:
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
    QAction *snooze;
    QAction *labels;
    QAction *priority;
    QAction *allChannels;
    QAction *selectAll;
    QAction *shortcuts;
    QAction *saveView;
    QAction *outbox;
    QAction *eraseCustomer;

    struct Group
    {
        QString title;
        QList<QAction *> actions;
    };
    // The actions grouped as the shortcut sheet shows them.
    QList<Group> groups() const;

private:
    QAction *make(const QString &text, const QKeySequence &shortcut, const QString &objectName);
};

} // namespace kontor::ui
