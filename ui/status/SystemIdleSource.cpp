#include "ui/status/SystemIdleSource.h"

#include <KIdleTime>

namespace kontor::ui {

SystemIdleSource::SystemIdleSource(QObject *parent)
    : IdleSource(parent)
{
    KIdleTime *idleTime = KIdleTime::instance();
    connect(idleTime, &KIdleTime::timeoutReached, this, [this, idleTime](int id) {
        if (id != timeoutId_)
            return;
        idleTime->catchNextResumeEvent();
        Q_EMIT idle();
    });
    connect(idleTime, &KIdleTime::resumingFromIdle, this, &IdleSource::resumed);
}

SystemIdleSource::~SystemIdleSource()
{
    stop();
}

void SystemIdleSource::watch(std::chrono::milliseconds after)
{
    stop();
    if (after.count() > 0)
        timeoutId_ = KIdleTime::instance()->addIdleTimeout(after);
}

void SystemIdleSource::stop()
{
    if (timeoutId_ >= 0)
        KIdleTime::instance()->removeIdleTimeout(timeoutId_);
    timeoutId_ = -1;
}

} // namespace kontor::ui
