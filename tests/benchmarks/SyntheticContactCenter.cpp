#include "SyntheticContactCenter.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

using namespace kontor;
using namespace Qt::StringLiterals;

namespace {

// splitmix64: a cheap, well-mixed hash from an index to the numbers that shape its record.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

const char *const syllables[] = {"ka", "lo", "mi", "ne", "ru", "ta", "ve", "so", "di", "pa", "gu", "fe",
                                 "ho", "ji", "ba", "ze", "ly", "wo", "qi", "xu", "an", "er", "in", "ost"};
const char *const firstNames[] = {"Anna",  "Jonas", "Mette", "Lars", "Sofie", "Karin",  "Emil", "Freja",
                                  "Paul",  "Ida",   "Noah",  "Lea",  "Mads",  "Clara",  "Finn", "Laura",
                                  "Oskar", "Maja",  "Felix", "Emma", "Jens",  "Hannah", "Ole",  "Marie"};
const char *const lastNames[] = {"Schmidt",   "Jensen",   "Nielsen",  "Müller",      "Hansen",
                                 "Weber",     "Larsen",   "Fischer",  "Meyer",       "Pedersen",
                                 "Wagner",    "Andersen", "Becker",   "Christensen", "Hoffmann",
                                 "Rasmussen", "Koch",     "Sørensen", "Richter",     "Jørgensen"};
const Channel inboxChannels[] = {Channel::Email,     Channel::WebChat,   Channel::WhatsApp, Channel::Sms,
                                 Channel::Messenger, Channel::Instagram, Channel::Telegram, Channel::Voice,
                                 Channel::Email,     Channel::WebChat};
const ConversationStatus statuses[] = {ConversationStatus::Resolved, ConversationStatus::Resolved,
                                       ConversationStatus::Resolved, ConversationStatus::Open,
                                       ConversationStatus::Open,     ConversationStatus::Pending,
                                       ConversationStatus::Snoozed,  ConversationStatus::Resolved};
const Priority priorities[] = {Priority::None,   Priority::None, Priority::None,   Priority::Low,
                               Priority::Medium, Priority::High, Priority::Urgent, Priority::None};
const char *const labels[] = {"vip", "billing", "shipping", "bug", "feedback", "refund", "b2b", "churn-risk"};

} // namespace

SyntheticContactCenter::SyntheticContactCenter(const Options &options)
    : options_(options)
{
    vocabulary_.reserve(vocabularySize);
    for (int rank = 0; rank < vocabularySize; ++rank) {
        // Distinct words of 2–5 syllables; short words for frequent ranks, as in natural language.
        QString w;
        quint64 n = quint64(rank) + 1;
        const int minSyllables = rank < 100 ? 1 : rank < 5000 ? 2 : 3;
        for (int s = 0; n > 0 || s < minSyllables; ++s) {
            w += QLatin1StringView(syllables[n % std::size(syllables)]);
            n /= std::size(syllables);
        }
        vocabulary_.push_back(w);
    }
    // Zipf with exponent 1: rank r has weight 1/(r+1).
    cumulative_.reserve(vocabularySize);
    double sum = 0;
    for (int rank = 0; rank < vocabularySize; ++rank) {
        sum += 1.0 / (rank + 1);
        cumulative_.push_back(sum);
    }
    for (double &c : cumulative_)
        c /= sum;
}

int SyntheticContactCenter::batchCount() const
{
    return (options_.conversations + options_.conversationsPerBatch - 1) / options_.conversationsPerBatch;
}

int SyntheticContactCenter::zipfRank(double uniform) const
{
    return int(std::lower_bound(cumulative_.begin(), cumulative_.end(), uniform) - cumulative_.begin());
}

QString SyntheticContactCenter::body(quint64 seed) const
{
    const int words = 8 + int(mix(seed) % 53); // 8..60
    QString text;
    text.reserve(words * 7);
    quint64 state = seed;
    for (int i = 0; i < words; ++i) {
        state = mix(state);
        const double uniform = double(state >> 11) / double(1ULL << 53);
        if (i)
            text += u' ';
        text += vocabulary_[size_t(qMin(zipfRank(uniform), vocabularySize - 1))];
    }
    return text;
}

int SyntheticContactCenter::messagesOf(int conversation) const
{
    // Pairs of conversations trade messages, so counts vary (1 .. 2×average−1) while the total stays exact.
    const int base = options_.messages / options_.conversations;
    int count = base + (conversation < options_.messages % options_.conversations ? 1 : 0);
    const int pair = conversation / 2;
    if (base > 1 && pair * 2 + 1 < options_.conversations) {
        const int shift = int(mix(options_.seed * 7919ULL + quint64(pair)) % quint64(base));
        count += conversation % 2 == 0 ? shift : -shift;
    }
    return count;
}

int SyntheticContactCenter::firstCustomerOfBatch(int index) const
{
    return int(qint64(options_.customers) * index / batchCount());
}

int SyntheticContactCenter::customerOf(int conversation) const
{
    // Customers of the batches so far, skewed towards a core of returning customers.
    const int batch = conversation / options_.conversationsPerBatch;
    const int known = qMax(1, firstCustomerOfBatch(batch + 1));
    const quint64 h = mix(options_.seed * 104729ULL + quint64(conversation));
    const double u = double(h >> 11) / double(1ULL << 53);
    return qMin(known - 1, int(known * u * u));
}

IngestBatch SyntheticContactCenter::batch(int index) const
{
    IngestBatch b;
    b.account = {u"demo"_s, u"benchmark"_s, u"Benchmark Contact Center"_s};
    if (index == 0) {
        for (int i = 0; i < inboxCount; ++i)
            b.inboxes.append({u"inbox-%1"_s.arg(i), u"Inbox %1"_s.arg(i), inboxChannels[i]});
        for (int i = 0; i < agentCount; ++i) {
            b.agents.append({u"agent-%1"_s.arg(i), u"Agent %1"_s.arg(i), u"agent%1@example.org"_s.arg(i),
                             Presence::Online, 8, i == 0});
        }
        for (int t = 0; t < teamCount; ++t) {
            TeamRecord team{u"team-%1"_s.arg(t), u"Team %1"_s.arg(t), {}};
            for (int i = t; i < agentCount; i += teamCount)
                team.memberRemoteIds.append(u"agent-%1"_s.arg(i));
            b.teams.append(team);
        }
    }
    for (int c = firstCustomerOfBatch(index); c < firstCustomerOfBatch(index + 1); ++c) {
        const quint64 h = mix(options_.seed * 31ULL + quint64(c) + 1'000'000'007ULL);
        CustomerRecord customer;
        customer.remoteId = u"contact-%1"_s.arg(c);
        customer.name = QString::fromUtf8(firstNames[h % std::size(firstNames)]) + u' ' +
                        QString::fromUtf8(lastNames[(h >> 8) % std::size(lastNames)]);
        customer.identities.append(
            {IdentityKind::Email, u"customer%1@example.com"_s.arg(c), std::nullopt, {}});
        if (h % 3 == 0)
            customer.identities.append(
                {IdentityKind::Phone, u"+49151%1"_s.arg(c, 8, 10, QChar(u'0')), std::nullopt, {}});
        b.customers.append(customer);
    }

    const int first = index * options_.conversationsPerBatch;
    const int last = qMin(options_.conversations, first + options_.conversationsPerBatch);
    // Time runs forward with the conversations: about a year for the whole set.
    const UtcMillis span = 365LL * 24 * 3600 * 1000;
    for (int i = first; i < last; ++i) {
        const quint64 h = mix(options_.seed * 1'000'003ULL + quint64(i));
        ConversationRecord c;
        c.remoteId = u"conv-%1"_s.arg(i);
        const int inbox = int(h % inboxCount);
        c.inboxRemoteId = u"inbox-%1"_s.arg(inbox);
        c.channel = inboxChannels[inbox];
        c.customerRemoteId = u"contact-%1"_s.arg(customerOf(i));
        c.subject = body(h ^ 0x5u).section(u' ', 0, 4);
        c.status = statuses[(h >> 8) % std::size(statuses)];
        c.priority = priorities[(h >> 12) % std::size(priorities)];
        if ((h >> 16) % 4 != 0)
            c.assigneeRemoteId = u"agent-%1"_s.arg((h >> 20) % agentCount);
        if ((h >> 28) % 3 != 0)
            c.teamRemoteId = u"team-%1"_s.arg((h >> 32) % teamCount);
        if ((h >> 36) % 4 == 0)
            c.labels.append(QString::fromLatin1(labels[(h >> 40) % std::size(labels)]));
        c.createdAt = epoch + span * i / options_.conversations;
        const int count = messagesOf(i);
        const UtcMillis gap = 60'000 + UtcMillis((h >> 44) % 600'000);
        c.lastActivityAt = c.createdAt + gap * qMax(0, count - 1);
        if (c.status == ConversationStatus::Open && (h >> 50) % 2)
            c.waitingSince = c.lastActivityAt;
        else
            c.firstReplyAt = c.createdAt + gap;
        c.slaFirstReplyDue = c.createdAt + 3'600'000;
        if (c.status != ConversationStatus::Resolved)
            c.slaResolutionDue = c.createdAt + 86'400'000 * qint64(1 + (h >> 52) % 5);
        if (c.status == ConversationStatus::Snoozed)
            c.snoozedUntil = c.lastActivityAt + 86'400'000;
        c.unreadCount = int((h >> 56) % 3);
        b.conversations.append(c);

        for (int m = 0; m < count; ++m) {
            MessageRecord r;
            r.remoteId = u"msg-%1-%2"_s.arg(i).arg(m);
            r.conversationRemoteId = c.remoteId;
            r.kind = m % 2 == 0 ? MessageKind::Incoming : MessageKind::Outgoing;
            if (m % 11 == 7)
                r.kind = MessageKind::Note;
            if (r.kind != MessageKind::Incoming)
                r.authorAgentRemoteId = c.assigneeRemoteId.isEmpty() ? u"agent-1"_s : c.assigneeRemoteId;
            r.body = body(h * 131ULL + quint64(m));
            r.createdAt = c.createdAt + gap * m;
            r.deliveryState = r.kind == MessageKind::Outgoing ? DeliveryState::Read : DeliveryState::None;
            b.messages.append(r);
        }
    }
    return b;
}
