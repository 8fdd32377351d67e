#pragma once

// Helpers shared by the demo backend's tests.

#include "connectors/demo/backend/DemoRecordJson.h"
#include "connectors/demo/backend/DemoWorld.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kontor::demotest {

// 4 March 2025, 09:00 UTC: a Tuesday morning.
constexpr UtcMillis kEpoch = 1741078800000LL;
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

inline DemoWorldConfig smallConfig(quint64 seed = 7, int conversations = 120, qint64 messages = 1000)
{
    DemoWorldConfig config;
    config.seed = seed;
    config.epoch = kEpoch;
    config.historyConversations = conversations;
    config.historyMessages = messages;
    config.historyDays = 20;
    return config;
}

// Every change from `cursor` on, page by page.
inline QList<DemoChange> drainChanges(const DemoWorld &world, qint64 cursor = 0, int pageSize = 250,
                                      qint64 *endCursor = nullptr, int *pages = nullptr)
{
    QList<DemoChange> changes;
    int count = 0;
    for (;;) {
        const DemoChangePage page = world.changesSince(cursor, pageSize);
        changes += page.changes;
        cursor = page.nextCursor;
        ++count;
        if (!page.more)
            break;
    }
    if (endCursor)
        *endCursor = cursor;
    if (pages)
        *pages = count;
    return changes;
}

inline QByteArray recordBytes(const DemoRecord &record)
{
    return QJsonDocument(demoRecordToJson(record)).toJson(QJsonDocument::Compact);
}

// A busy afternoon: the signed-in agent replies (also on other channels), notes, assigns, snoozes, resolves,
// labels, marks read and merges customers while the world moves on. Returns the keys of the actions taken.
inline QStringList runScenario(DemoWorld &world, UtcMillis from, int steps = 40)
{
    QStringList keys;
    UtcMillis now = from;
    const auto act = [&](DemoActionPayload payload) {
        const QString key = u"scenario-"_s + QString::number(from) + u'-' + QString::number(keys.size());
        world.apply({key, std::move(payload)}, now);
        keys.append(key);
    };
    for (int step = 0; step < steps; ++step) {
        now += 7 * kMinute;
        world.advance(now);
        const QStringList active = world.activeConversations();
        if (active.isEmpty())
            continue;
        const QString id = active.at((step * 7919) % active.size());
        const std::optional<DemoConversation> conversation = world.conversation(id);
        switch (step % 9) {
        case 0:
            act(DemoReply{id, u"Thanks, I'm on it."_s, BodyFormat::Plain, std::nullopt});
            break;
        case 1:
            act(DemoAddNote{id, u"Checked the order history."_s, BodyFormat::Markdown, {}});
            break;
        case 2:
            act(DemoAssign{id, world.selfAgentId(), std::nullopt});
            break;
        case 3:
            act(DemoSetStatus{id, ConversationStatus::Snoozed, now + 30 * kMinute});
            break;
        case 4:
            act(DemoSetLabels{id, {u"vip"_s, u"follow-up"_s}});
            break;
        case 5:
            act(DemoMarkRead{id, std::nullopt});
            break;
        case 6:
            act(DemoReply{id, u"Sending this by email too."_s, BodyFormat::Markdown, Channel::Email});
            break;
        case 7:
            act(DemoSetStatus{id, ConversationStatus::Resolved, std::nullopt});
            break;
        default: {
            // Merge this conversation's customer into the customer of another active conversation.
            const std::optional<DemoConversation> other =
                world.conversation(active.at((step * 31) % active.size()));
            if (conversation && other && other->customerId != conversation->customerId)
                act(DemoMergeCustomers{other->customerId, conversation->customerId});
            break;
        }
        }
    }
    return keys;
}

// A fingerprint of a feed: equal feeds, equal digests.
inline QByteArray digestOf(const QList<DemoChange> &changes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const DemoChange &change : changes) {
        hash.addData(QByteArray::number(change.seq));
        hash.addData(recordBytes(change.record));
    }
    return hash.result().toHex();
}

template<typename T>
QList<T> recordsOf(const QList<DemoChange> &changes)
{
    QList<T> records;
    for (const DemoChange &change : changes) {
        if (const T *record = std::get_if<T>(&change.record))
            records.append(*record);
    }
    return records;
}

} // namespace kontor::demotest
