#pragma once

#include <QDialog>

class QAction;

namespace kontor::ui {

class WorkspaceActions;

// "?": every keyboard shortcut of the workspace on one sheet, grouped by what it is for. Made from the
// actions themselves when it opens, so it shows every action that has a key, with the keys the agent set.
class ShortcutSheet : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutSheet(const WorkspaceActions &actions, QWidget *parent = nullptr);

    // An action's keys as the sheet shows them: each of its shortcuts, in the platform's notation.
    static QString keysText(const QAction &action);
};

} // namespace kontor::ui
