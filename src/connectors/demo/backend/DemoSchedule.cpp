#include "connectors/demo/backend/DemoSchedule.h"

#include "connectors/demo/backend/DemoJsonReader.h"

using namespace Qt::StringLiterals;

namespace kontor {

QJsonObject DemoScheduledEvent::toJson() const
{
    return {
        {u"dueAt"_s, dueAt},         {u"order"_s, order},
        {u"kind"_s, int(kind)},      {u"conversationId"_s, conversationId},
        {u"messageId"_s, messageId}, {u"agentId"_s, agentId},
        {u"detail"_s, detail},
    };
}

std::optional<DemoScheduledEvent> DemoScheduledEvent::fromJson(const QJsonObject &json, QString &error)
{
    DemoJsonReader in(json, u"events"_s, &error);
    DemoScheduledEvent event;
    event.dueAt = in.integer("dueAt");
    event.order = in.integer("order");
    const qint64 kind = in.integer("kind");
    if (in.ok() && (kind < 0 || kind > int(Kind::ColleagueResolve)))
        in.fail(u"unknown event"_s, "kind");
    event.kind = Kind(kind);
    event.conversationId = in.string("conversationId");
    event.messageId = in.string("messageId");
    event.agentId = in.string("agentId");
    event.detail = int(in.integer("detail"));
    if (!in.ok())
        return std::nullopt;
    return event;
}

void DemoSchedule::add(DemoScheduledEvent event)
{
    event.order = m_nextOrder++;
    m_events.emplace(std::pair(event.dueAt, event.order), std::move(event));
}

std::optional<DemoScheduledEvent> DemoSchedule::takeDue(UtcMillis before)
{
    if (m_events.empty() || m_events.begin()->first.first >= before)
        return std::nullopt;
    DemoScheduledEvent event = std::move(m_events.begin()->second);
    m_events.erase(m_events.begin());
    return event;
}

QList<DemoScheduledEvent> DemoSchedule::events() const
{
    QList<DemoScheduledEvent> result;
    for (const auto &[key, event] : m_events)
        result.append(event);
    return result;
}

void DemoSchedule::restore(const QList<DemoScheduledEvent> &events, qint64 nextOrder)
{
    m_events.clear();
    for (const DemoScheduledEvent &event : events)
        m_events.emplace(std::pair(event.dueAt, event.order), event);
    m_nextOrder = nextOrder;
}

} // namespace kontor
