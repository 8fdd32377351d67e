#pragma once

#include "store/IngestBatch.h"

#include <QString>

// A small, deterministic contact center for the store tests: one account with inboxes on several channels,
// agents (one of them the signed-in agent), teams, customers with email and phone identities, conversations
// in every status, priority and SLA state, with labels, and a few messages each in both directions.
namespace contactcenter {

struct Shape
{
    int customers = 30;
    int conversations = 60;
    int messagesPerConversation = 5;
    quint32 seed = 7;
    QString accountRemoteId = QStringLiteral("acme");
};

// Base time of the data set: all times are offsets from it.
constexpr kontor::UtcMillis epoch = 1'700'000'000'000;

kontor::IngestBatch batch(const Shape &shape = {});

} // namespace contactcenter
