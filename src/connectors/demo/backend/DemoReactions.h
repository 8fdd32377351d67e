#pragma once

#include "connectors/demo/backend/DemoWorldCore.h"

namespace kontor {

// How the world answers what agents do, whether the signed-in agent or a colleague: a message is delivered
// and, on chat channels, read; the customer often writes back; a resolved conversation may get a survey
// answer; a snooze ends. All of it is scheduled, drawn from a stream named by `salt`, so it is the same on
// every run.
class DemoReactions
{
public:
    explicit DemoReactions(DemoWorldCore &core);

    void afterAgentMessage(const DemoConversation &conversation, const QString &messageId, UtcMillis at,
                           quint64 salt);
    void afterResolution(const DemoConversation &conversation, UtcMillis at, quint64 salt);
    void scheduleSnoozeWake(const DemoConversation &conversation);

    // How long a customer on the channel takes to answer, at random.
    static qint64 replyDelay(DemoRandom &random, Channel channel);

private:
    DemoWorldCore &m_core;
};

} // namespace kontor
