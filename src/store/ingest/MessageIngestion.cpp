#include "store/OptimisticMessages.h"
#include "store/TextRendition.h"
#include "store/ingest/IngestSteps.h"

#include "core/InputLimits.h"
#include "store/sql/Database.h"

#include <QLoggingCategory>

namespace kontor::ingest {

namespace {

Q_LOGGING_CATEGORY(lcIngest, "kontor.store.ingest")

// A body longer than the bound is kept up to it, with a marker that says the rest is missing: every backend's
// message stays readable, and no single one fills the store or stalls rendering.
QString boundedBody(const QString &body)
{
    if (body.size() <= limits::messageBodyChars)
        return body;
    qsizetype keep = limits::messageBodyChars;
    if (body.at(keep - 1).isHighSurrogate())
        --keep; // never half a character
    qCInfo(lcIngest) << "a message body of" << body.size() << "characters was cut to" << keep;
    return body.left(keep) + QStringView(limits::truncationMarker);
}

struct PreparedMessage
{
    const MessageRecord &record;
    QString body; // the record's, within limits::messageBodyChars
    ConversationRef conversation;
    std::optional<qint64> authorAgentId;
    std::optional<qint64> authorCustomerId;
    QString authorName;
    std::optional<QString> bodyText;
    Channel channel;
};

// The newest message a batch brought to a conversation, which moves its activity time and preview.
struct NewestMessage
{
    UtcMillis at = 0;
    MessageKind kind = MessageKind::Incoming;
    QString bodyText; // the plain text of the (bounded) body
};

QString nameOf(IngestContext &context, const char *sqlText, qint64 id, QHash<qint64, QString> &cache)
{
    auto found = cache.constFind(id);
    if (found != cache.constEnd())
        return *found;
    sql::Statement select = context.db.prepare(sqlText);
    select.bindAll(id);
    const QString name = select.step() ? select.text(0) : QString();
    cache.insert(id, name);
    return name;
}

// The interaction as stored; one larger than the bound keeps only its type, so that the message still says
// what it was.
std::optional<QString> interactionJson(const MessageRecord &r)
{
    if (!r.interaction)
        return std::nullopt;
    QByteArray json = r.interaction->toJson();
    if (json.size() > limits::messageInteractionBytes) {
        MessageInteraction bare;
        bare.type = r.interaction->type;
        bare.name = r.interaction->name.left(100);
        json = bare.toJson();
    }
    return QString::fromUtf8(json);
}

UpsertResult upsertMessage(IngestContext &context, const PreparedMessage &m)
{
    const MessageRecord &r = m.record;
    sql::Statement upsert = context.db.prepare(
        "INSERT INTO messages(conversation_id, account_id, customer_id, remote_id, kind, channel, "
        "  author_agent_id, author_customer_id, author_name, body, body_format, body_text, created_at, "
        "  delivery_state, interaction) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
        "ON CONFLICT(account_id, remote_id) DO UPDATE SET conversation_id = ?1, customer_id = ?3, kind = ?5, "
        "  channel = ?6, author_agent_id = ?7, author_customer_id = ?8, author_name = ?9, body = ?10, "
        "  body_format = ?11, body_text = ?12, created_at = ?13, delivery_state = ?14, interaction = ?15 "
        "WHERE conversation_id IS NOT ?1 OR customer_id IS NOT ?3 OR kind IS NOT ?5 OR channel IS NOT ?6 "
        "  OR author_agent_id IS NOT ?7 OR author_customer_id IS NOT ?8 OR author_name IS NOT ?9 "
        "  OR body IS NOT ?10 OR body_format IS NOT ?11 OR created_at IS NOT ?13 OR delivery_state IS NOT "
        "?14 OR interaction IS NOT ?15 "
        "RETURNING id");
    upsert.bindAll(m.conversation.id, context.accountId, m.conversation.customerId, r.remoteId,
                   messageKindKey(r.kind), channelKey(m.channel), m.authorAgentId, m.authorCustomerId,
                   m.authorName, m.body, bodyFormatKey(r.bodyFormat), m.bodyText, r.createdAt,
                   deliveryStateKey(r.deliveryState), interactionJson(r));
    return runUpsert(context.db, upsert, [&] {
        sql::Statement find =
            context.db.prepare("SELECT id FROM messages WHERE account_id = ? AND remote_id = ?");
        find.bindAll(context.accountId, r.remoteId);
        return find.step() ? find.int64(0) : 0;
    });
}

void writeAttachments(IngestContext &context, qint64 messageId, const MessageRecord &r)
{
    for (qsizetype i = 0; i < r.attachments.size(); ++i) {
        const AttachmentRecord &a = r.attachments[i];
        // Attachments without an id of their own are still found again by their place in the message.
        const QString remoteId = a.remoteId.isEmpty() ? r.remoteId + u'#' + QString::number(i) : a.remoteId;
        // A file the agent sent from here is the backend's one now: it keeps the local copy beside its URL.
        sql::Statement claim = context.db.prepare(
            "UPDATE attachments SET remote_id = ?1, remote_url = ?2, mime_type = coalesce(nullif(?3, ''), "
            "mime_type) WHERE id = (SELECT id FROM attachments WHERE message_id = ?4 AND remote_id IS NULL "
            "  AND file_name = ?5 ORDER BY id LIMIT 1) "
            "AND NOT EXISTS (SELECT 1 FROM attachments WHERE account_id = ?6 AND remote_id = ?1)");
        claim.bindAll(remoteId, a.remoteUrl, a.mimeType, messageId, a.fileName, context.accountId).run();
        if (context.db.changes() > 0)
            continue;
        sql::Statement upsert = context.db.prepare(
            "INSERT INTO attachments(message_id, account_id, remote_id, file_name, mime_type, size_bytes, "
            "  remote_url) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
            "ON CONFLICT(account_id, remote_id) DO UPDATE SET message_id = ?1, file_name = ?4, mime_type = "
            "?5, "
            "  size_bytes = ?6, remote_url = ?7 "
            "WHERE message_id IS NOT ?1 OR file_name IS NOT ?4 OR mime_type IS NOT ?5 OR size_bytes IS NOT "
            "?6 "
            "  OR remote_url IS NOT ?7");
        upsert
            .bindAll(messageId, context.accountId, remoteId, a.fileName, a.mimeType, a.sizeBytes, a.remoteUrl)
            .run();
    }
}

void writeMentions(IngestContext &context, qint64 messageId, qint64 conversationId, const MessageRecord &r)
{
    for (const QString &agentRemoteId : r.mentionedAgentRemoteIds) {
        const std::optional<qint64> agentId = context.agentId(agentRemoteId);
        if (!agentId)
            continue;
        sql::Statement insert =
            context.db.prepare("INSERT INTO mentions(message_id, agent_id, conversation_id) VALUES (?, ?, ?) "
                               "ON CONFLICT DO NOTHING");
        insert.bindAll(messageId, *agentId, conversationId).run();
        if (context.db.changes() > 0)
            context.marks.markUpdated(StoreTable::Mentions, conversationId);
    }
}

// The newest message of a conversation sets its preview and moves its activity time. When the batch carried
// no record of the conversation itself (a realtime message event), the message also tells who waits for whom:
// an incoming message starts the customer's wait (unless it runs already), an agent's reply ends it. With a
// record, the backend's own account of the wait stands.
void refreshActivity(IngestContext &context, qint64 conversationId, const NewestMessage &newest,
                     bool hasRecord)
{
    const QString preview = previewLine(QStringView(newest.bodyText));
    const QString kind = hasRecord ? QString() : messageKindKey(newest.kind);
    sql::Statement update = context.db.prepare(
        "UPDATE conversations SET last_activity_at = max(last_activity_at, ?1), last_message_preview = ?2, "
        "  waiting_since = CASE ?3 WHEN 'incoming' THEN coalesce(waiting_since, ?1) "
        "                      WHEN 'outgoing' THEN NULL ELSE waiting_since END, "
        "  first_reply_at = CASE ?3 WHEN 'outgoing' THEN coalesce(first_reply_at, ?1) ELSE first_reply_at "
        "END "
        "WHERE id = ?4 "
        "  AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = ?4 AND m.created_at > ?1 "
        "                  AND m.kind <> 'activity') "
        "  AND (last_activity_at < ?1 OR last_message_preview IS NOT ?2 "
        "       OR (?3 = 'incoming' AND waiting_since IS NULL) "
        "       OR (?3 = 'outgoing' AND (waiting_since IS NOT NULL OR first_reply_at IS NULL)))");
    update.bindAll(newest.at, preview, kind, conversationId).run();
}

} // namespace

void ingestMessages(IngestContext &context, const QList<MessageRecord> &messages,
                    const QSet<qint64> &conversationsWithRecords)
{
    QHash<qint64, NewestMessage> newest;
    QHash<qint64, QString> agentNames;
    QHash<qint64, QString> customerNames;
    for (const MessageRecord &r : messages) {
        if (r.remoteId.isEmpty()) {
            context.skip("message", r.remoteId, QStringLiteral("no remote id"));
            continue;
        }
        const std::optional<ConversationRef> conversation = context.conversation(r.conversationRemoteId);
        if (!conversation) {
            context.skip("message", r.remoteId, QStringLiteral("unknown conversation"));
            continue;
        }
        PreparedMessage m{r,
                          boundedBody(r.body),
                          *conversation,
                          std::nullopt,
                          std::nullopt,
                          r.authorName,
                          std::nullopt,
                          r.channel.value_or(conversation->channel)};
        if (r.kind == MessageKind::Incoming) {
            m.authorCustomerId =
                context.customerId(r.authorCustomerRemoteId).value_or(conversation->customerId);
            if (m.authorName.isEmpty())
                m.authorName = nameOf(context, "SELECT name FROM customers WHERE id = ?", *m.authorCustomerId,
                                      customerNames);
        } else if (!r.authorAgentRemoteId.isEmpty()) {
            m.authorAgentId = context.agentId(r.authorAgentRemoteId);
            if (m.authorAgentId && m.authorName.isEmpty())
                m.authorName =
                    nameOf(context, "SELECT name FROM agents WHERE id = ?", *m.authorAgentId, agentNames);
        }
        if (r.bodyFormat == BodyFormat::Html)
            m.bodyText = plainTextFromHtml(m.body);

        std::optional<qint64> adopted;
        if (!r.echoUuid.isEmpty())
            adopted = confirmOptimisticMessage(context.db, context.accountId, r.echoUuid, r.remoteId);
        UpsertResult written = upsertMessage(context, m);
        if (adopted)
            written.outcome = Outcome::Updated;
        context.count(written.outcome);
        if (written.id == 0)
            continue;
        writeAttachments(context, written.id, r);
        writeMentions(context, written.id, conversation->id, r);

        if (written.outcome == Outcome::Unchanged || r.kind == MessageKind::Activity)
            continue;
        NewestMessage &latest = newest[conversation->id];
        if (r.createdAt >= latest.at) {
            latest.at = r.createdAt;
            latest.kind = r.kind;
            latest.bodyText = m.bodyText.value_or(m.body);
        }
    }
    for (auto it = newest.cbegin(); it != newest.cend(); ++it)
        refreshActivity(context, it.key(), it.value(), conversationsWithRecords.contains(it.key()));
}

} // namespace kontor::ingest
