#include "ui/WorkspaceActions.h"

#include <QAction>

namespace kontor::ui {

WorkspaceActions::WorkspaceActions(QObject *parent)
    : QObject(parent)
{
    search = make(tr("&Search…"), QKeySequence(Qt::CTRL | Qt::Key_K), QStringLiteral("actionSearch"));
    next = make(tr("&Next conversation"), QKeySequence(Qt::Key_J), QStringLiteral("actionNext"));
    previous = make(tr("&Previous conversation"), QKeySequence(Qt::Key_K), QStringLiteral("actionPrevious"));
    open = make(tr("&Open conversation"), QKeySequence(Qt::Key_Return), QStringLiteral("actionOpen"));
    focusList =
        make(tr("Back to the &list"), QKeySequence(Qt::Key_Escape), QStringLiteral("actionFocusList"));
    reply = make(tr("&Reply"), QKeySequence(Qt::Key_R), QStringLiteral("actionReply"));
    note = make(tr("Internal &note"), QKeySequence(Qt::Key_N), QStringLiteral("actionNote"));
    send = make(tr("S&end"), QKeySequence(Qt::CTRL | Qt::Key_Return), QStringLiteral("actionSend"));
    resolve = make(tr("R&esolve"), QKeySequence(Qt::Key_E), QStringLiteral("actionResolve"));
    assign = make(tr("&Assign…"), QKeySequence(Qt::Key_A), QStringLiteral("actionAssign"));
    assignToMe = make(tr("Assign to &me"), QKeySequence(Qt::Key_M), QStringLiteral("actionAssignToMe"));
    snooze = make(tr("S&nooze…"), QKeySequence(Qt::Key_S), QStringLiteral("actionSnooze"));
    labels = make(tr("&Labels…"), QKeySequence(Qt::Key_L), QStringLiteral("actionLabels"));
    priority = make(tr("&Priority…"), QKeySequence(Qt::Key_P), QStringLiteral("actionPriority"));
    allChannels = make(tr("All &channels of the customer"), QKeySequence(Qt::Key_C),
                       QStringLiteral("actionAllChannels"));
    allChannels->setCheckable(true);
    selectAll = make(tr("Select &all in the list"), QKeySequence(Qt::CTRL | Qt::Key_A),
                     QStringLiteral("actionSelectAll"));
    shortcuts =
        make(tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_Question), QStringLiteral("actionShortcuts"));
    saveView = make(tr("Save view as &filter…"), QKeySequence(), QStringLiteral("actionSaveView"));
    outbox =
        make(tr("&Outbox…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QStringLiteral("actionOutbox"));
    eraseCustomer = make(tr("&Erase customer from this computer…"), QKeySequence(),
                         QStringLiteral("actionEraseCustomer"));
    // Enter and Esc also mean something inside dialogs and fields: they act only where nothing else takes
    // them.
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    focusList->setShortcutContext(Qt::WindowShortcut);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

QAction *WorkspaceActions::make(const QString &text, const QKeySequence &shortcut, const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

QList<WorkspaceActions::Group> WorkspaceActions::groups() const
{
    return {
        {tr("Moving around"), {next, previous, open, focusList, search, allChannels, selectAll, outbox}},
        {tr("Answering"), {reply, note, send}},
        {tr("Triage"), {assign, assignToMe, snooze, resolve, labels, priority}},
        {tr("Help"), {shortcuts}},
    };
}

} // namespace kontor::ui
