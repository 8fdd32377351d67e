#pragma once

#include "core/Channel.h"
#include "core/Time.h"

#include <QList>
#include <optional>

namespace kontor {

// One contact as the contact-center figures see it: a conversation offered to the team at offeredAt, answered
// by an agent's first reply, resolved, or abandoned (the customer left before any agent answered).
struct Contact
{
    qint64 id = 0;
    qint64 customerId = 0;
    std::optional<qint64> inboxId;
    std::optional<qint64> teamId;
    Channel channel = Channel::Email;
    UtcMillis offeredAt = 0;
    std::optional<UtcMillis> answeredAt;
    std::optional<UtcMillis> resolvedAt;
    bool abandoned = false; // closed without an agent's answer
    std::optional<UtcMillis> slaFirstReplyDue;
    std::optional<UtcMillis> slaResolutionDue;

    bool isOpen() const { return !resolvedAt && !abandoned; }
    bool isWaitingForFirstAnswer() const { return !answeredAt && isOpen(); }
};

struct CsatAnswer
{
    qint64 conversationId = 0;
    int rating = 0; // 1..5
    UtcMillis answeredAt = 0;
};

} // namespace kontor
