#pragma once

#include "core/Time.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <map>
#include <optional>

namespace kontor {

// Something the simulated world will do at a given time: a customer answering, a message being delivered and
// read, a survey answer, a snooze ending, a colleague closing a conversation.
struct DemoScheduledEvent
{
    enum class Kind
    {
        CustomerReply,  // detail: 1 when the customer closes with thanks
        DeliveryUpdate, // detail: the DeliveryState the message moves to
        CsatAnswer,
        SnoozeWake,
        ColleagueResolve, // agentId resolves the conversation if it is still theirs
    };

    UtcMillis dueAt = 0;
    qint64 order = 0; // events due at the same time happen in the order they were scheduled
    Kind kind = Kind::CustomerReply;
    QString conversationId;
    QString messageId;
    QString agentId;
    int detail = 0;

    QJsonObject toJson() const;
    static std::optional<DemoScheduledEvent> fromJson(const QJsonObject &json, QString &error);
    bool operator==(const DemoScheduledEvent &) const = default;
};

class DemoSchedule
{
public:
    void add(DemoScheduledEvent event);
    // Removes and returns the earliest event due before `before`.
    std::optional<DemoScheduledEvent> takeDue(UtcMillis before);

    QList<DemoScheduledEvent> events() const;
    qint64 nextOrder() const { return m_nextOrder; }
    void restore(const QList<DemoScheduledEvent> &events, qint64 nextOrder);

private:
    std::map<std::pair<UtcMillis, qint64>, DemoScheduledEvent> m_events;
    qint64 m_nextOrder = 1;
};

} // namespace kontor
