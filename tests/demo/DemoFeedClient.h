#pragma once

// A minimal client of the demo backend's change feed for the tests: it applies pages the way the store's
// ingestion does (grouped by kind, in the order of DemoRecordKind) and notes every reference it cannot
// resolve.

#include "connectors/demo/backend/DemoWorld.h"

#include <QHash>
#include <QStringList>

namespace kontor::demotest {

class DemoFeedClient
{
public:
    qint64 cursor = 0;
    QHash<QString, DemoRecord> records; // by kind and id
    QStringList dangling;               // references to records the client did not have
    QHash<QString, int> deliveries;     // (seq) -> how often delivered

    static QString key(DemoRecordKind kind, const QString &id) { return demoRecordKindKey(kind) + u':' + id; }

    void apply(const DemoChangePage &page)
    {
        for (DemoRecordKind kind : allDemoRecordKinds()) {
            for (const DemoChange &change : page.changes) {
                if (kindOf(change.record) != kind)
                    continue;
                checkReferences(change.record);
                records.insert(key(kind, headerOf(change.record).remoteId), change.record);
                ++deliveries[QString::number(change.seq)];
            }
        }
        cursor = page.nextCursor;
    }

    // Pulls pages until the client is in sync; `between` runs after each page (the world may change
    // meanwhile).
    template<typename Between>
    int sync(const DemoWorld &world, int pageSize, Between &&between)
    {
        int pages = 0;
        for (;;) {
            const DemoChangePage page = world.changesSince(cursor, pageSize);
            apply(page);
            ++pages;
            if (!page.more)
                return pages;
            between();
        }
    }
    int sync(const DemoWorld &world, int pageSize = 500)
    {
        return sync(world, pageSize, [] {});
    }

    template<typename T>
    std::optional<T> get(const QString &id) const
    {
        const auto it = records.constFind(key(kindOf(DemoRecord(T{})), id));
        if (it == records.cend())
            return std::nullopt;
        return std::get<T>(*it);
    }

private:
    void need(DemoRecordKind kind, const QString &id, const DemoRecord &from)
    {
        if (id.isEmpty() || records.contains(key(kind, id)))
            return;
        dangling.append(key(kindOf(from), headerOf(from).remoteId) + QStringLiteral(" -> ") + key(kind, id));
    }

    void checkReferences(const DemoRecord &record)
    {
        if (const auto *team = std::get_if<DemoTeam>(&record)) {
            for (const QString &member : team->memberIds)
                need(DemoRecordKind::Agent, member, record);
        } else if (const auto *inbox = std::get_if<DemoInbox>(&record)) {
            need(DemoRecordKind::Team, inbox->teamId, record);
        } else if (const auto *customer = std::get_if<DemoCustomer>(&record)) {
            need(DemoRecordKind::Customer, customer->mergedIntoId, record);
        } else if (const auto *conversation = std::get_if<DemoConversation>(&record)) {
            need(DemoRecordKind::Customer, conversation->customerId, record);
            need(DemoRecordKind::Inbox, conversation->inboxId, record);
            need(DemoRecordKind::Team, conversation->teamId, record);
            need(DemoRecordKind::Agent, conversation->assigneeId, record);
            need(DemoRecordKind::Conversation, conversation->relatedConversationId, record);
        } else if (const auto *message = std::get_if<DemoMessage>(&record)) {
            need(DemoRecordKind::Conversation, message->conversationId, record);
            need(DemoRecordKind::Agent, message->authorAgentId, record);
            need(DemoRecordKind::Customer, message->authorCustomerId, record);
            for (const QString &agent : message->mentionedAgentIds)
                need(DemoRecordKind::Agent, agent, record);
        } else if (const auto *csat = std::get_if<DemoCsatAnswer>(&record)) {
            need(DemoRecordKind::Conversation, csat->conversationId, record);
        }
    }
};

} // namespace kontor::demotest
