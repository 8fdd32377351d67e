#include "store/queries/MessageQueries.h"

#include "store/sql/Database.h"

#include <limits>
#include <string>

namespace kontor {

namespace {

const char messageColumns[] =
    "SELECT id, conversation_id, account_id, customer_id, remote_id, client_uuid, kind, channel, "
    "  author_agent_id, author_customer_id, author_name, body, body_format, created_at, delivery_state, "
    "  (SELECT count(*) FROM attachments t WHERE t.message_id = messages.id), interaction FROM messages ";

// The cursor bounds are bound as (created_at, id); with no cursor, the extreme values stand in for it, so one
// statement serves the first page and every later one.
const std::string conversationOlder =
    std::string(messageColumns) +
    "WHERE conversation_id = ?1 AND (created_at, id) < (?2, ?3) ORDER BY created_at DESC, id DESC LIMIT ?4";
const std::string conversationNewer =
    std::string(messageColumns) +
    "WHERE conversation_id = ?1 AND (created_at, id) > (?2, ?3) ORDER BY created_at, id LIMIT ?4";
const std::string timelineOlder =
    std::string(messageColumns) +
    "WHERE customer_id = ?1 AND (created_at, id) < (?2, ?3) ORDER BY created_at DESC, id DESC LIMIT ?4";
const std::string timelineNewer =
    std::string(messageColumns) +
    "WHERE customer_id = ?1 AND (created_at, id) > (?2, ?3) ORDER BY created_at, id LIMIT ?4";
const std::string byId = std::string(messageColumns) + "WHERE id = ?";

MessageRow readRow(const sql::Statement &s)
{
    MessageRow r;
    r.id = s.int64(0);
    r.conversationId = s.int64(1);
    r.accountId = s.int64(2);
    r.customerId = s.int64(3);
    r.remoteId = s.text(4);
    r.clientUuid = s.text(5);
    r.kind = messageKindFromKey(s.text(6)).value_or(MessageKind::Activity);
    r.channel = channelFromKey(s.text(7)).value_or(Channel::Api);
    r.authorAgentId = s.optionalInt64(8);
    r.authorCustomerId = s.optionalInt64(9);
    r.authorName = s.text(10);
    r.body = s.text(11);
    r.bodyFormat = bodyFormatFromKey(s.text(12)).value_or(BodyFormat::Plain);
    r.createdAt = s.int64(13);
    r.deliveryState = deliveryStateFromKey(s.text(14)).value_or(DeliveryState::None);
    r.attachmentCount = s.int32(15);
    r.interaction = s.text(16).toUtf8();
    return r;
}

} // namespace

MessageQueries::MessageQueries(sql::Database &db)
    : db_(db)
{}

MessagePage MessageQueries::readPage(const std::string &olderSql, const std::string &newerSql, qint64 ownerId,
                                     const std::optional<MessageCursor> &from, PageDirection direction,
                                     int limit)
{
    MessagePage page;
    if (limit <= 0)
        return page;
    const bool older = direction == PageDirection::Older;
    sql::Statement select = db_.prepare(older ? olderSql : newerSql);
    const MessageCursor start = from.value_or(
        older ? MessageCursor{std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()}
              : MessageCursor{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::min()});
    select.bindAll(ownerId, start.createdAt, start.id, limit + 1);
    while (select.step())
        page.rows.append(readRow(select));
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        page.next = page.rows.last().cursor();
    }
    return page;
}

MessagePage MessageQueries::conversationMessages(qint64 conversationId,
                                                 const std::optional<MessageCursor> &from,
                                                 PageDirection direction, int limit)
{
    return readPage(conversationOlder, conversationNewer, conversationId, from, direction, limit);
}

MessagePage MessageQueries::customerTimeline(qint64 customerId, const std::optional<MessageCursor> &from,
                                             PageDirection direction, int limit)
{
    return readPage(timelineOlder, timelineNewer, customerId, from, direction, limit);
}

std::optional<MessageRow> MessageQueries::message(qint64 id)
{
    sql::Statement select = db_.prepare(byId);
    select.bindAll(id);
    if (!select.step())
        return std::nullopt;
    return readRow(select);
}

QList<AttachmentRow> MessageQueries::attachments(qint64 messageId)
{
    sql::Statement select =
        db_.prepare("SELECT id, message_id, file_name, mime_type, size_bytes, remote_url FROM attachments "
                    "WHERE message_id = ? ORDER BY id");
    select.bindAll(messageId);
    QList<AttachmentRow> rows;
    while (select.step()) {
        rows.append({select.int64(0), select.int64(1), select.text(2), select.text(3),
                     select.optionalInt64(4), select.text(5)});
    }
    return rows;
}

} // namespace kontor
