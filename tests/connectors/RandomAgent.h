#pragma once

#include "store/Store.h"
#include "store/StoreTestAccess.h"
#include "store/sql/Database.h"

#include <QRandomGenerator>

namespace kontor::testing {

// An agent who works through the inbox at random: replies, notes, labels, priorities, statuses and
// assignments on conversations of channels that carry text, and new conversations with their customers.
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
            auto q = StoreTestAccess::database(reader).prepare(
                "SELECT id FROM conversations WHERE channel <> 'voice' "
                "AND remote_id IS NOT NULL ORDER BY id");
            while (q.step())
                ids.append(q.int64(0));
        }
        if (ids.isEmpty())
            return std::nullopt;
        const qint64 id = ids[random_.bounded(int(ids.size()))];
        switch (random_.bounded(8)) {
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
        case 6:
            return RemoveConversationLabel{id, labels_[random_.bounded(int(std::size(labels_)))]};
        default: {
            // A follow-up on a fresh conversation, on the channel the customer used (web chat has no address
            // to write to first: those go by email, which the backend may refuse).
            auto q = StoreTestAccess::database(reader).prepare(
                "SELECT customer_id, account_id, channel FROM conversations WHERE id = ?");
            q.bind(1, id);
            if (!q.step())
                return std::nullopt;
            StartConversation start;
            start.customerId = q.int64(0);
            start.accountId = q.int64(1);
            start.channel = channelFromKey(q.text(2)).value_or(Channel::Email);
            if (start.channel == Channel::WebChat)
                start.channel = Channel::Email;
            start.subject = QStringLiteral("Follow-up");
            start.body = QStringLiteral("Follow-up %1").arg(random_.generate());
            start.continuesConversationId = id;
            return start;
        }
        }
    }

private:
    QRandomGenerator random_;
    const QString labels_[4] = {QStringLiteral("vip"), QStringLiteral("refund"), QStringLiteral("bug"),
                                QStringLiteral("follow-up")};
};

} // namespace kontor::testing
