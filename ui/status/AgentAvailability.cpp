#include "ui/status/AgentAvailability.h"

#include "ui/settings/WorkspaceSettings.h"
#include "ui/status/IdleSource.h"

namespace kontor::ui {

AgentAvailability::AgentAvailability(IdleSource *idle, QObject *parent)
    : QObject(parent)
    , chosen_(WorkspaceSettings::availability())
    , autoAwayMinutes_(WorkspaceSettings::autoAwayMinutes())
{
    setIdleSource(idle);
}

void AgentAvailability::setIdleSource(IdleSource *idle)
{
    if (idle_) {
        disconnect(idle_, nullptr, this, nullptr);
        idle_->watch(std::chrono::milliseconds(0));
    }
    idle_ = idle;
    resume();
    if (!idle_)
        return;
    connect(idle_, &IdleSource::idle, this, &AgentAvailability::becomeIdle);
    connect(idle_, &IdleSource::resumed, this, &AgentAvailability::resume);
    idle_->watch(std::chrono::minutes(autoAwayMinutes_));
}

QList<Presence> AgentAvailability::choices()
{
    return {Presence::Online, Presence::Busy, Presence::Away};
}

void AgentAvailability::setStatus(Presence presence)
{
    if (presence == Presence::Offline)
        return;
    const Presence before = status();
    chosen_ = presence;
    automatic_ = false;
    WorkspaceSettings::setAvailability(presence);
    if (status() != before)
        Q_EMIT statusChanged(status());
}

void AgentAvailability::setAutoAwayMinutes(int minutes)
{
    autoAwayMinutes_ = std::max(0, minutes);
    if (idle_)
        idle_->watch(std::chrono::minutes(autoAwayMinutes_));
    if (autoAwayMinutes_ == 0)
        resume();
}

void AgentAvailability::becomeIdle()
{
    // Someone who chose to be away stays so; their choice is not turned into an automatic one.
    if (autoAwayMinutes_ == 0 || automatic_ || chosen_ == Presence::Away)
        return;
    automatic_ = true;
    Q_EMIT statusChanged(status());
}

void AgentAvailability::resume()
{
    if (!automatic_)
        return;
    automatic_ = false;
    Q_EMIT statusChanged(status());
}

} // namespace kontor::ui
