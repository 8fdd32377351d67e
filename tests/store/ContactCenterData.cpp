#include "ContactCenterData.h"

#include <QRandomGenerator>

using namespace kontor;
using namespace Qt::StringLiterals;

namespace contactcenter {

namespace {

const char *const firstNames[] = {"Anna",  "Jonas", "Mette", "Lars", "Sofie",
                                  "Karin", "Emil",  "Freja", "Paul", "Ida"};
const char *const lastNames[] = {"Schmidt", "Jensen", "Nielsen", "Müller",
                                 "Hansen",  "Weber",  "Larsen",  "Fischer"};
const char *const words[] = {"invoice", "delivery", "refund",   "password", "login",   "parcel",
                             "broken",  "thanks",   "order",    "payment",  "address", "account",
                             "cancel",  "upgrade",  "warranty", "screen"};
const Channel channels[] = {Channel::Email, Channel::WebChat, Channel::WhatsApp};
const ConversationStatus statuses[] = {ConversationStatus::Open, ConversationStatus::Open,
                                       ConversationStatus::Pending, ConversationStatus::Snoozed,
                                       ConversationStatus::Resolved};
const Priority priorities[] = {Priority::None, Priority::Low, Priority::Medium, Priority::High,
                               Priority::Urgent};

QString sentence(QRandomGenerator &random, int words_)
{
    QStringList parts;
    for (int i = 0; i < words_; ++i)
        parts.append(QString::fromLatin1(words[random.bounded(int(std::size(words)))]));
    return parts.join(u' ');
}

} // namespace

IngestBatch batch(const Shape &shape)
{
    QRandomGenerator random(shape.seed);
    IngestBatch b;
    b.account = {u"demo"_s, shape.accountRemoteId, u"Acme Support"_s};
    for (int i = 0; i < 3; ++i)
        b.inboxes.append({u"inbox-%1"_s.arg(i), u"Inbox %1"_s.arg(i), channels[i]});
    for (int i = 0; i < 4; ++i) {
        b.agents.append({u"agent-%1"_s.arg(i), u"Agent %1"_s.arg(i), u"agent%1@acme.test"_s.arg(i),
                         i % 2 ? Presence::Online : Presence::Away, 5, i == 0});
    }
    b.teams.append({u"team-0"_s, u"Billing"_s, {u"agent-0"_s, u"agent-1"_s}});
    b.teams.append({u"team-1"_s, u"Shipping"_s, {u"agent-2"_s, u"agent-3"_s}});

    for (int i = 0; i < shape.customers; ++i) {
        CustomerRecord c;
        c.remoteId = u"contact-%1"_s.arg(i);
        c.name = QString::fromUtf8(firstNames[i % std::size(firstNames)]) + u' ' +
                 QString::fromUtf8(lastNames[(i / 3) % std::size(lastNames)]);
        c.identities.append({IdentityKind::Email, u"customer%1@example.com"_s.arg(i), std::nullopt, {}});
        if (i % 2 == 0)
            c.identities.append({IdentityKind::Phone, u"+4930%1"_s.arg(1000000 + i), std::nullopt, {}});
        b.customers.append(c);
    }

    for (int i = 0; i < shape.conversations; ++i) {
        ConversationRecord c;
        c.remoteId = u"conv-%1"_s.arg(i);
        const int inbox = i % 3;
        c.inboxRemoteId = u"inbox-%1"_s.arg(inbox);
        c.channel = channels[inbox];
        c.customerRemoteId = u"contact-%1"_s.arg(i % shape.customers);
        c.subject = u"Question about %1"_s.arg(sentence(random, 2));
        c.status = statuses[random.bounded(int(std::size(statuses)))];
        c.priority = priorities[random.bounded(int(std::size(priorities)))];
        const int assignee = random.bounded(5); // 4: unassigned
        if (assignee < 4)
            c.assigneeRemoteId = u"agent-%1"_s.arg(assignee);
        if (random.bounded(3) > 0)
            c.teamRemoteId = u"team-%1"_s.arg(random.bounded(2));
        if (i % 4 == 0)
            c.labels.append(u"vip"_s);
        if (i % 5 == 0)
            c.labels.append(u"billing"_s);
        c.createdAt = epoch + i * 60'000;
        // Activity times collide on purpose (every 7th pair), so that keyset paging must order by id too.
        c.lastActivityAt = epoch + 10'000'000 + (i / 2) * 1'000 + random.bounded(3) * (i % 7 == 0 ? 0 : 100);
        if (c.status == ConversationStatus::Open && random.bounded(2))
            c.waitingSince = epoch + 5'000'000 + random.bounded(1'000'000);
        if (random.bounded(3) == 0)
            c.firstReplyAt = c.createdAt + 30'000;
        if (random.bounded(2))
            c.slaFirstReplyDue = c.createdAt + 3'600'000 + random.bounded(100) * 1000;
        if (random.bounded(2))
            c.slaResolutionDue = c.createdAt + 86'400'000 + random.bounded(100) * 1000;
        if (c.status == ConversationStatus::Snoozed)
            c.snoozedUntil = epoch + 20'000'000;
        c.unreadCount = random.bounded(3);
        b.conversations.append(c);

        for (int m = 0; m < shape.messagesPerConversation; ++m) {
            MessageRecord r;
            r.remoteId = u"msg-%1-%2"_s.arg(i).arg(m);
            r.conversationRemoteId = c.remoteId;
            r.kind = m % 2 == 0 ? MessageKind::Incoming : MessageKind::Outgoing;
            if (m == 3)
                r.kind = MessageKind::Note;
            if (r.kind != MessageKind::Incoming)
                r.authorAgentRemoteId = u"agent-%1"_s.arg(i % 4);
            r.body = sentence(random, 4 + random.bounded(8));
            // Messages end before the conversation's last activity, so ingest leaves that time as given.
            r.createdAt = c.createdAt + m * 1'000;
            r.deliveryState =
                r.kind == MessageKind::Outgoing ? DeliveryState::Delivered : DeliveryState::None;
            if (r.kind == MessageKind::Note && i % 3 == 0)
                r.mentionedAgentRemoteIds.append(u"agent-0"_s);
            b.messages.append(r);
        }
    }
    return b;
}

} // namespace contactcenter
