#pragma once

#include <QDialog>

namespace kontor::ui {

class WorkspaceActions;

// "?": every keyboard shortcut of the workspace on one sheet, grouped by what it is for.
class ShortcutSheet : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutSheet(const WorkspaceActions &actions, QWidget *parent = nullptr);
};

} // namespace kontor::ui
