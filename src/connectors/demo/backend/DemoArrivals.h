#pragma once

#include "connectors/demo/backend/DemoWorldCore.h"

namespace kontor {

// New conversations coming in: from new customers, from customers who had written before, and from customers
// who move an open issue to another channel (the new conversation continues the first one). Calls are
// answered by a colleague or land on the voicemail; a share of the traffic is routed straight to the
// signed-in agent.
class DemoArrivals
{
public:
    explicit DemoArrivals(DemoWorldCore &core);

    // Returns the new conversation's remote id.
    QString arrive(DemoRandom &random, UtcMillis at);

private:
    DemoWorldCore &m_core;
};

} // namespace kontor
