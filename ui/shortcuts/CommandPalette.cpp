#include "ui/shortcuts/CommandPalette.h"

#include "ui/WorkspaceActions.h"

#include <KCommandBar>
#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>

namespace kontor::ui {

KCommandBar *CommandPalette::open(QWidget &window, const WorkspaceActions &actions)
{
    auto *bar = new KCommandBar(&window);
    bar->setObjectName(QStringLiteral("commandPalette"));
    // Esc closes the palette and nothing else: without this the workspace's own Esc (back to the list) would
    // run as well.
    if (auto *field = bar->findChild<QLineEdit *>()) {
        field->installEventFilter(new CommandPalette(bar));
        // Says what to type where the theme has no search icon to show (and to a screen reader).
        field->setPlaceholderText(tr("Type a command or a view…"));
        field->setAccessibleName(tr("Command palette"));
    }
    QList<KCommandBar::ActionGroup> groups;
    for (const WorkspaceActions::Group &group : actions.groups()) {
        QList<QAction *> members = group.actions;
        members.removeOne(actions.commandPalette);
        groups.append({group.title, members});
    }
    bar->setActions(groups); // and shows it
    return bar;
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape)
        event->accept();
    return QObject::eventFilter(watched, event);
}

} // namespace kontor::ui
