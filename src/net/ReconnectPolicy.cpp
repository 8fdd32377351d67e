#include "net/ReconnectPolicy.h"

#include <algorithm>

namespace kontor::net {

ReconnectPolicy::ReconnectPolicy(std::chrono::milliseconds base, std::chrono::milliseconds cap)
    : backoff_(base, cap)
    , random_(QRandomGenerator::global()->generate())
{}

std::chrono::milliseconds ReconnectPolicy::nextDelay()
{
    return std::max(backoff_.delayFor(attempts_++, random_), backoff_.base() / 4);
}

} // namespace kontor::net
