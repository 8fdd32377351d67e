#pragma once

#include "connectors/demo/backend/DemoWorldCore.h"

namespace kontor {

// The signed-in agent's colleagues at work: they pick up waiting conversations of their teams within their
// capacity, answer their customers (calling back on the phone), leave notes for each other, resolve what is
// done, and come and go (presence). They never touch the signed-in agent's conversations.
class DemoColleagues
{
public:
    explicit DemoColleagues(DemoWorldCore &core);

    // One colleague does the next sensible thing.
    void act(DemoRandom &random, UtcMillis at);
    void changePresence(DemoRandom &random, UtcMillis at);
    // Resolves the conversation as agentId, if it is still theirs and open.
    void resolve(const QString &conversationId, const QString &agentId, DemoRandom &random, UtcMillis at);

private:
    void respond(const DemoAgent &agent, DemoConversation conversation, DemoRandom &random, UtcMillis at);
    void resolveAs(const DemoAgent &agent, DemoConversation conversation, DemoRandom &random, UtcMillis at);
    const DemoAgent *teammate(const DemoAgent &agent, const DemoConversation &conversation,
                              DemoRandom &random) const;

    DemoWorldCore &m_core;
};

} // namespace kontor
