#pragma once

#include "connectors/demo/backend/DemoWorldCore.h"

namespace kontor {

// Time passing in the demo world. The clock moves in fixed ticks counted from the epoch; each tick first runs
// what was scheduled for it (customer answers, deliveries, survey answers, snoozes ending), then draws, from
// the tick's own random stream, new conversations, colleagues' actions and presence changes at the configured
// rates. Because every tick is drawn from its own stream, advancing in one call or in many gives the same
// world.
class DemoSimulation
{
public:
    explicit DemoSimulation(DemoWorldCore &core);

    void advance(UtcMillis now);

private:
    void runUntil(UtcMillis now);
    void runTick(qint64 tickIndex, UtcMillis start, UtcMillis end);
    void handle(const DemoScheduledEvent &event, UtcMillis at);
    void customerReplies(const DemoScheduledEvent &event, DemoRandom &random, UtcMillis at);
    void updateDelivery(const DemoScheduledEvent &event, DemoRandom &random, UtcMillis at);
    void answerSurvey(const DemoScheduledEvent &event, DemoRandom &random, UtcMillis at);
    void wakeFromSnooze(const DemoScheduledEvent &event, UtcMillis at);

    DemoWorldCore &m_core;
};

} // namespace kontor
