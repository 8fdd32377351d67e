#pragma once

#include "store/Store.h"

#include <QDateTime>

namespace kontor::testing {

// A contact center at noon: two inboxes, a team of three agents, and the morning's conversations.
struct SupervisorFixture
{
    UtcMillis now = QDateTime(QDate::currentDate(), QTime(12, 0)).toMSecsSinceEpoch();

    static ConversationRecord conversation(const QString &id, const QString &inbox, Channel channel,
                                           const QString &customer, UtcMillis created)
    {
        ConversationRecord c;
        c.remoteId = id;
        c.inboxRemoteId = inbox;
        c.channel = channel;
        c.customerRemoteId = customer;
        c.teamRemoteId = QStringLiteral("t-support");
        c.createdAt = created;
        c.lastActivityAt = created;
        c.subject = QStringLiteral("Order %1").arg(id);
        return c;
    }

    IngestBatch batch() const
    {
        constexpr qint64 s = 1000, min = 60 * s, h = 60 * min;
        IngestBatch b;
        b.account = {QStringLiteral("demo"), QStringLiteral("supervised"), QStringLiteral("Demo")};
        b.inboxes = {{QStringLiteral("in-mail"), QStringLiteral("Support email"), Channel::Email},
                     {QStringLiteral("in-chat"), QStringLiteral("Website chat"), Channel::WebChat}};
        b.agents = {{QStringLiteral("a-1"), QStringLiteral("Mette Jensen"), {}, Presence::Online, 2, true},
                    {QStringLiteral("a-2"), QStringLiteral("Jonas Weber"), {}, Presence::Away, 3, false},
                    {QStringLiteral("a-3"), QStringLiteral("Ava Brown"), {}, Presence::Online, 0, false}};
        b.teams = {{QStringLiteral("t-support"),
                    QStringLiteral("Support"),
                    {QStringLiteral("a-1"), QStringLiteral("a-2"), QStringLiteral("a-3")}}};
        for (const QString &c : {QStringLiteral("cu-1"), QStringLiteral("cu-2"), QStringLiteral("cu-3")})
            b.customers.append({c, QStringLiteral("Customer ") + c, {}});

        // Answered after 10 s, still open.
        ConversationRecord c1 = conversation(QStringLiteral("c-1"), QStringLiteral("in-mail"), Channel::Email,
                                             QStringLiteral("cu-1"), now - 2 * h);
        c1.firstReplyAt = c1.createdAt + 10 * s;
        c1.assigneeRemoteId = QStringLiteral("a-1");
        // Waiting for 10 minutes, past its first-reply deadline.
        ConversationRecord c2 = conversation(QStringLiteral("c-2"), QStringLiteral("in-chat"),
                                             Channel::WebChat, QStringLiteral("cu-2"), now - 10 * min);
        c2.waitingSince = c2.createdAt;
        c2.slaFirstReplyDue = now - 5 * min;
        // Answered after 30 s and resolved half an hour ago.
        ConversationRecord c3 = conversation(QStringLiteral("c-3"), QStringLiteral("in-chat"),
                                             Channel::WebChat, QStringLiteral("cu-3"), now - h);
        c3.firstReplyAt = c3.createdAt + 30 * s;
        c3.status = ConversationStatus::Resolved;
        c3.lastActivityAt = now - 30 * min;
        b.conversations = {c1, c2, c3};
        b.csatAnswers = {
            {QStringLiteral("csat-1"), QStringLiteral("c-3"), 5, QStringLiteral("Quick!"), now - 20 * min}};
        return b;
    }
};

} // namespace kontor::testing
