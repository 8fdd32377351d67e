#pragma once

#include "core/Time.h"

#include <optional>

namespace kontor::models {

// How a conversation stands against its next SLA deadline, for the badge in the inbox list.
struct SlaState
{
    enum class Level
    {
        None,     // no deadline
        Ok,       // comfortably ahead
        Warning,  // the last quarter of the window, or the last 15 minutes
        Breached, // past the deadline
    };
    Level level = Level::None;
    qint64 remainingMs = 0; // negative once breached
};

// windowStart is when the clock started (the customer's wait, else the conversation's creation).
SlaState slaState(std::optional<UtcMillis> deadline, UtcMillis windowStart, UtcMillis now);

} // namespace kontor::models
