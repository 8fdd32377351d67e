#pragma once

#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QWidget;

namespace kontor::app {

// "kontor.instance": which route later starts came by, never what they asked.
Q_DECLARE_LOGGING_CATEGORY(handOverLog)

// Takes the command line of a later start on this store, from either route it comes by: until the window is
// up it waits; then the window comes to the front and does what the command line asks.
class HandOverReceiver : public QObject
{
    Q_OBJECT

public:
    enum class Route
    {
        SessionBus,   // KDBusService, with the startup id or activation token of the later start
        LocalChannel, // the store's local socket (src/instance): other systems, or no session bus
    };

    explicit HandOverReceiver(QObject *parent = nullptr);

    void receive(const QStringList &arguments, Route route);
    // The window is built: what waited is done now, and later hand-overs at once.
    void attach(QWidget &window, QAction *supervisor);

private:
    void apply(const QStringList &arguments);

    QPointer<QWidget> window_;
    QPointer<QAction> supervisor_;
    QList<QStringList> waiting_;
};

} // namespace kontor::app
