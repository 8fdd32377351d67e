#pragma once

#include <QRandomGenerator>
#include <chrono>

namespace kontor::net {

// Full-jitter exponential backoff: the n-th retry waits a uniformly random time in [0, min(cap, base * 2^n)].
// Jitter spreads the retries of many clients (or many outbox entries) so that a recovering backend is not hit
// by all of them at the same instant.
class Backoff
{
public:
    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap);

    std::chrono::milliseconds ceilingFor(int attempt) const;
    std::chrono::milliseconds delayFor(int attempt, QRandomGenerator &random) const;

    std::chrono::milliseconds base() const { return m_base; }
    std::chrono::milliseconds cap() const { return m_cap; }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
};

} // namespace kontor::net
