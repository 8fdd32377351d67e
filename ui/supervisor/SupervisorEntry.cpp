#include "ui/supervisor/SupervisorEntry.h"

#include "ui/supervisor/SupervisorView.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QPointer>

namespace kontor::ui {

QAction *installSupervisorEntry(QMainWindow &window, Store &store,
                                std::function<void(SupervisorView &)> setUp)
{
    QMenu *menu = window.menuBar()->addMenu(QCoreApplication::translate("SupervisorEntry", "&Supervisor"));
    menu->setObjectName(QStringLiteral("supervisorMenu"));
    QAction *open =
        menu->addAction(QCoreApplication::translate("SupervisorEntry", "&Live queues and agents"));
    open->setObjectName(QStringLiteral("openSupervisorView"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // One view at a time: a second trigger brings the open one back to the front.
    auto view = std::make_shared<QPointer<SupervisorView>>();
    QObject::connect(open, &QAction::triggered, &window, [&window, &store, view, setUp] {
        if (!*view) {
            *view = new SupervisorView(store);
            (*view)->setAttribute(Qt::WA_DeleteOnClose);
            (*view)->resize(1400, 900);
            QObject::connect(&window, &QObject::destroyed, *view, &QWidget::close);
            if (setUp)
                setUp(**view);
        }
        (*view)->show();
        (*view)->raise();
        (*view)->activateWindow();
    });
    return open;
}

} // namespace kontor::ui
