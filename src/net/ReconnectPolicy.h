#pragma once

#include "net/Backoff.h"

#include <QRandomGenerator>
#include <chrono>

namespace kontor::net {

// When to try a lost connection (a websocket, a sync that failed) again: full-jitter exponential backoff
// from base to cap, never sooner than a quarter of base, so that a server that drops every connection at once
// is neither hammered nor hit by all its clients in the same instant. A connection that held starts the count
// over.
class ReconnectPolicy
{
public:
    ReconnectPolicy(std::chrono::milliseconds base, std::chrono::milliseconds cap);

    // The wait before the next attempt; counts the attempt.
    std::chrono::milliseconds nextDelay();
    // The connection held: the next loss waits little again.
    void connected() { attempts_ = 0; }
    int attempts() const { return attempts_; }

private:
    Backoff backoff_;
    QRandomGenerator random_;
    int attempts_ = 0;
};

} // namespace kontor::net
