#include "models/SlaClock.h"

namespace kontor::models {

namespace {
constexpr qint64 kWarnWithinMs = 15 * 60 * 1000;
}

SlaState slaState(std::optional<UtcMillis> deadline, UtcMillis windowStart, UtcMillis now)
{
    if (!deadline)
        return {};
    SlaState state;
    state.remainingMs = *deadline - now;
    if (state.remainingMs < 0) {
        state.level = SlaState::Level::Breached;
        return state;
    }
    const qint64 window = qMax<qint64>(0, *deadline - windowStart);
    const bool lastQuarter = window > 0 && state.remainingMs * 4 < window;
    state.level =
        lastQuarter || state.remainingMs < kWarnWithinMs ? SlaState::Level::Warning : SlaState::Level::Ok;
    return state;
}

} // namespace kontor::models
