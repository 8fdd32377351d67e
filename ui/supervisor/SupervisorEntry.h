#pragma once

#include <functional>

class QAction;
class QMainWindow;

namespace kontor {
class Store;
}

namespace kontor::ui {

class SupervisorView;

// Puts the supervisor's live view within reach of a window: a "Supervisor" menu whose action (Ctrl+Shift+L)
// opens the view in a window of its own, beside the workspace, or brings it to the front. setUp, when
// given, completes each new view (with a backend's own figures, say) before it is shown.
QAction *installSupervisorEntry(QMainWindow &window, Store &store,
                                std::function<void(SupervisorView &)> setUp = {});

} // namespace kontor::ui
