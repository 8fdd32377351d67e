#pragma once

#include "core/Agent.h"

#include <QObject>
#include <QPointer>

namespace kontor::ui {

class IdleSource;

// The agent's own availability: online, busy or away, as they choose it (kept for the next start), and away
// by itself after the idle time of the settings, back to what it was at the next input.
class AgentAvailability : public QObject
{
    Q_OBJECT
public:
    // idle may be null: no automatic away.
    explicit AgentAvailability(IdleSource *idle, QObject *parent = nullptr);

    // Watches another idle source from now on (null: none).
    void setIdleSource(IdleSource *idle);

    Presence status() const { return automatic_ ? Presence::Away : chosen_; }
    // Whether the agent is away because they were idle, not by choice.
    bool isAutoAway() const { return automatic_; }
    // The agent's choice (Offline is not one: Kontor is running).
    void setStatus(Presence presence);
    // Minutes without input before going away by itself; 0 never. Read from the settings at first.
    void setAutoAwayMinutes(int minutes);
    int autoAwayMinutes() const { return autoAwayMinutes_; }

    // The statuses an agent can choose, in the order they are offered.
    static QList<Presence> choices();

Q_SIGNALS:
    void statusChanged(kontor::Presence presence);

private:
    void becomeIdle();
    void resume();

    QPointer<IdleSource> idle_;
    Presence chosen_;
    bool automatic_ = false;
    int autoAwayMinutes_;
};

} // namespace kontor::ui
