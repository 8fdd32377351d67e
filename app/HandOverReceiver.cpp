#include "app/HandOverReceiver.h"

#include "platform/SessionInstance.h"

#include <QAction>
#include <QLoggingCategory>
#include <QWidget>
#include <utility>

namespace kontor::app {

Q_LOGGING_CATEGORY(handOverLog, "kontor.instance")

HandOverReceiver::HandOverReceiver(QObject *parent)
    : QObject(parent)
{}

void HandOverReceiver::receive(const QStringList &arguments, Route route)
{
    // Which route, never what was asked: a command line may one day name a customer's conversation.
    qCInfo(handOverLog, "a later start on this store handed over its command line through %s",
           route == Route::SessionBus ? "the session bus" : "the local channel");
    if (!window_) {
        waiting_.append(arguments);
        return;
    }
    apply(arguments);
}

void HandOverReceiver::attach(QWidget &window, QAction *supervisor)
{
    window_ = &window;
    supervisor_ = supervisor;
    const QList<QStringList> waiting = std::exchange(waiting_, {});
    for (const QStringList &arguments : waiting)
        apply(arguments);
}

void HandOverReceiver::apply(const QStringList &arguments)
{
    window_->setWindowState((window_->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window_->show();
    window_->raise();
    // With the later start's startup id or activation token, while it is valid (X11, Wayland).
    platform::SessionInstance::activate(window_->windowHandle());
    if (supervisor_ && arguments.contains(QStringLiteral("--supervisor")))
        supervisor_->trigger();
}

} // namespace kontor::app
