#pragma once

#include <QObject>

class KCommandBar;
class QWidget;

namespace kontor::ui {

class WorkspaceActions;

// Ctrl+Shift+P: a KCommandBar over every enabled action of the workspace, grouped as the shortcut sheet
// groups them, found by typing and run by Enter. The bar deletes itself once it has run an action or was
// dismissed.
class CommandPalette : public QObject
{
    Q_OBJECT
public:
    static KCommandBar *open(QWidget &window, const WorkspaceActions &actions);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace kontor::ui
