#pragma once

#include <QObject>
#include <chrono>

namespace kontor::ui {

// Tells when the person at the computer has not touched it for a while, and when they are back.
class IdleSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Reports idle() once nothing was typed or moved for the given time, then resumed() at the next input.
    // A later call replaces the time; zero stops watching.
    virtual void watch(std::chrono::milliseconds after) = 0;

Q_SIGNALS:
    void idle();
    void resumed();
};

} // namespace kontor::ui
