#pragma once

#include "core/Channel.h"
#include "core/Message.h"
#include "core/Time.h"

#include <QList>
#include <QString>
#include <optional>
#include <string>

namespace kontor::sql {
class Database;
}

namespace kontor {

struct MessageCursor
{
    UtcMillis createdAt = 0;
    qint64 id = 0;
    friend bool operator==(const MessageCursor &, const MessageCursor &) = default;
};

struct MessageRow
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 accountId = 0;
    qint64 customerId = 0;
    QString remoteId{};   // empty until the backend confirmed it
    QString clientUuid{}; // the outbox entry that sent it, for messages sent from here
    MessageKind kind = MessageKind::Incoming;
    Channel channel = Channel::WebChat;
    std::optional<qint64> authorAgentId{};
    std::optional<qint64> authorCustomerId{};
    QString authorName{};
    QString body{};
    BodyFormat bodyFormat = BodyFormat::Plain;
    UtcMillis createdAt = 0;
    DeliveryState deliveryState = DeliveryState::None;
    int attachmentCount = 0;
    QByteArray interaction{}; // MessageInteraction::toJson(), empty for an ordinary message
    MessageCursor cursor() const { return {createdAt, id}; }
};

struct MessagePage
{
    QList<MessageRow> rows{};
    std::optional<MessageCursor> next{}; // absent when there is nothing further in that direction
};

// Older: newest first, going back in time from the cursor (what a view shows first and scrolls up through).
// Newer: oldest first, forward from the cursor (what arrived after the last row a view holds).
enum class PageDirection
{
    Older,
    Newer
};

struct AttachmentRow
{
    qint64 id = 0;
    qint64 messageId = 0;
    QString fileName{};
    QString mimeType{};
    std::optional<qint64> sizeBytes{};
    QString remoteUrl{};
};

class MessageQueries
{
public:
    explicit MessageQueries(sql::Database &db);

    // One conversation's messages, every kind and direction, in time order.
    MessagePage conversationMessages(qint64 conversationId, const std::optional<MessageCursor> &from = {},
                                     PageDirection direction = PageDirection::Older, int limit = 50);
    // Every message of every conversation of a customer, on every channel and account, in time order; a row's
    // channel and conversation show where the customer switched.
    MessagePage customerTimeline(qint64 customerId, const std::optional<MessageCursor> &from = {},
                                 PageDirection direction = PageDirection::Older, int limit = 50);
    std::optional<MessageRow> message(qint64 id);
    QList<AttachmentRow> attachments(qint64 messageId);

private:
    MessagePage readPage(const std::string &olderSql, const std::string &newerSql, qint64 ownerId,
                         const std::optional<MessageCursor> &from, PageDirection direction, int limit);
    sql::Database &db_;
};

} // namespace kontor
