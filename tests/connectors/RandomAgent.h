#pragma once

#include "store/Store.h"
#include "store/sql/Database.h"

#include <QRandomGenerator>

namespace kontor::testing {

// An agent who works through the inbox at random: replies, notes, labels, priorities, statuses and
// assignments on conversations of channels that carry text.
class RandomAgent
{
public:
    explicit RandomAgent(quint32 seed)
        : random_(seed)
    {}

    // The next action on one of the store's conversations, or nullopt when there is none yet.
    std::optional<AgentAction> next(StoreReader &reader)
    {
        QList<qint64> ids;
        {
            auto q = reader.database().prepare("SELECT id FROM conversations WHERE channel <> 'voice' "
                                               "AND remote_id IS NOT NULL ORDER BY id");
            while (q.step())
                ids.append(q.int64(0));
        }
        if (ids.isEmpty())
            return std::nullopt;
        const qint64 id = ids[random_.bounded(int(ids.size()))];
        switch (random_.bounded(7)) {
        case 0:
        case 1: {
            SendMessage reply;
            reply.conversationId = id;
            reply.body = QStringLiteral("Reply %1").arg(random_.generate());
            return reply;
        }
        case 2: {
            SendMessage note;
            note.conversationId = id;
            note.isNote = true;
            note.body = QStringLiteral("Note %1").arg(random_.generate());
            return note;
        }
        case 3:
            return AddConversationLabel{id, labels_[random_.bounded(int(std::size(labels_)))]};
        case 4:
            return SetConversationPriority{id, Priority(random_.bounded(5))};
        case 5: {
            const ConversationStatus status =
                random_.bounded(2) ? ConversationStatus::Pending : ConversationStatus::Resolved;
            return SetConversationStatus{id, status, std::nullopt};
        }
        default:
            return RemoveConversationLabel{id, labels_[random_.bounded(int(std::size(labels_)))]};
        }
    }

private:
    QRandomGenerator random_;
    const QString labels_[4] = {QStringLiteral("vip"), QStringLiteral("refund"), QStringLiteral("bug"),
                                QStringLiteral("follow-up")};
};

} // namespace kontor::testing
