#pragma once

class QAction;
class QMainWindow;

namespace kontor {
class Store;
}

namespace kontor::ui {

// Puts the supervisor's live view within reach of a window: a "Supervisor" menu whose action (Ctrl+Shift+L)
// opens the view in a window of its own, beside the workspace, or brings it to the front.
QAction *installSupervisorEntry(QMainWindow &window, Store &store);

} // namespace kontor::ui
