#pragma once

#include "connectors/demo/backend/DemoContent.h"
#include "connectors/demo/backend/DemoRandom.h"
#include "connectors/demo/backend/DemoRecords.h"
#include "connectors/demo/backend/DemoTextFacts.h"

namespace kontor {

// The habits of the contact center, shared by the generated history and the live simulation, so that both
// look alike: which topics come on which channel, how conversations are routed and prioritised, how delivery
// ends, how the derived fields of a conversation follow from its messages.

bool demoIsChatChannel(Channel channel);
// A channel by the contact center's traffic mix, other than `except`.
Channel demoDrawChannel(DemoRandom &random, std::optional<Channel> except = std::nullopt);
DemoTopic demoDrawTopic(DemoRandom &random, Channel channel);

// Fills in a new conversation's inbox, channel, topic, language, order, team, priority, subject and labels.
void demoStartConversation(DemoConversation &conversation, DemoRandom &random, Channel channel,
                           DemoTopic topic, const DemoCustomer &customer, const DemoTextFacts &facts);

// An agent of the team, the signed-in agent (selfShare), or nobody (unassignedShare).
QString demoDrawAssignee(DemoRandom &random, const QString &teamId, double unassignedShare, double selfShare);

// An agent of the fixed set-up by remote id (names and teams; presence is the world's). Never null for the
// ids of demoTeamMembers().
const DemoAgent *demoDirectoryAgent(const QString &agentId);

// Final delivery states of a history's outgoing messages: read on chat channels, delivered elsewhere, the odd
// SMS failed; the last one of an ongoing conversation not yet read.
void demoSettleHistoricDelivery(QList<DemoMessage> &messages, DemoRandom &random, bool ongoing);

// Recomputes what follows from the messages: activity and reply times, who waits since when, unread count and
// service-level due times. deriveSeen also sets agentLastSeenAt from the agents' own messages (for history);
// live conversations keep the read marker the agent set.
void demoDeriveConversationState(DemoConversation &conversation, const QList<DemoMessage> &messages,
                                 bool deriveSeen = true);

DemoCsatAnswer demoDrawCsat(DemoRandom &random, const DemoConversation &conversation,
                            const DemoCustomer &customer, UtcMillis at);

} // namespace kontor
