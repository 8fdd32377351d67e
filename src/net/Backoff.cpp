#include "net/Backoff.h"

#include <algorithm>

namespace kontor::net {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap)
    : m_base(std::max(base, std::chrono::milliseconds(1)))
    , m_cap(std::max(cap, m_base))
{}

std::chrono::milliseconds Backoff::ceilingFor(int attempt) const
{
    // Doubling stops once the cap is reached, which also keeps the shift from overflowing.
    qint64 ceiling = m_base.count();
    for (int i = 0; i < attempt && ceiling < m_cap.count(); ++i)
        ceiling *= 2;
    return std::chrono::milliseconds(std::min(ceiling, qint64(m_cap.count())));
}

std::chrono::milliseconds Backoff::delayFor(int attempt, QRandomGenerator &random) const
{
    const qint64 ceiling = ceilingFor(std::max(attempt, 0)).count();
    return std::chrono::milliseconds(qint64(random.bounded(quint64(ceiling) + 1)));
}

} // namespace kontor::net
