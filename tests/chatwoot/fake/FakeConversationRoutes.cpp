// The fake's routes within one conversation: messages (with before/after paging and echo_id), status,
// priority, assignments, labels and the read mark.
#include "FakeChatwoot.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimeZone>

namespace kontor::chatwoot::fake {

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

HttpResponse notFound()
{
    return HttpResponse::error(404, QStringLiteral("Resource could not be found"));
}

// Rails' `render json: nil`.
HttpResponse jsonNull()
{
    HttpResponse response = HttpResponse::empty();
    response.body = "null";
    response.headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return response;
}

// A multipart/form-data body: its text fields as a JSON object (Chatwoot's strings "true"/"false" as
// booleans), its files as Chatwoot lists attachments.
QJsonObject multipartFields(const HttpRequest &request, QJsonArray &files)
{
    static qint64 nextAttachmentId = 5000;
    const QByteArray type = request.header("content-type");
    const qsizetype at = type.indexOf("boundary=");
    if (at < 0)
        return {};
    QByteArray boundary = type.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    QJsonObject fields;
    const QByteArray delimiter = QByteArray("--") + boundary;
    QList<QByteArray> parts;
    for (qsizetype from = 0, next; (next = request.body.indexOf(delimiter, from)) >= 0; from = next + 1) {
        const qsizetype end = request.body.indexOf(delimiter, next + delimiter.size());
        if (end < 0)
            break;
        parts.append(request.body.mid(next + delimiter.size(), end - next - delimiter.size()));
    }
    for (const QByteArray &part : std::as_const(parts)) {
        const qsizetype headerEnd = part.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            continue;
        const QByteArray headers = part.left(headerEnd);
        QByteArray data = part.mid(headerEnd + 4);
        if (data.endsWith("\r\n"))
            data.chop(2);
        const auto quoted = [&headers](const QByteArray &key) {
            const qsizetype start = headers.indexOf(QByteArray(key + QByteArray("=\"")));
            if (start < 0)
                return QByteArray();
            const qsizetype from = start + key.size() + 2;
            return headers.mid(from, headers.indexOf('"', from) - from);
        };
        const QByteArray name = quoted("name");
        const QByteArray fileName = quoted("filename");
        if (fileName.isEmpty()) {
            const QString text = QString::fromUtf8(data);
            if (text == u"true" || text == u"false")
                fields.insert(QString::fromUtf8(name), text == u"true");
            else
                fields.insert(QString::fromUtf8(name), text);
            continue;
        }
        const qint64 id = nextAttachmentId++;
        const QString file = QString::fromUtf8(fileName);
        files.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("file_type"),
             headers.contains("image/") ? QStringLiteral("image") : QStringLiteral("file")},
            {QStringLiteral("extension"), QFileInfo(file).suffix()},
            {QStringLiteral("file_size"), data.size()},
            {QStringLiteral("data_url"),
             QStringLiteral("https://chatwoot.example/rails/active_storage/%1/%2").arg(id).arg(file)},
            {QStringLiteral("name"), file}});
    }
    return fields;
}

} // namespace

HttpResponse FakeChatwoot::routeConversation(const HttpRequest &request, Conversation &c,
                                             const QStringList &rest)
{
    const QString what = rest.value(0);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    QJsonArray uploaded; // files of a multipart message, as Chatwoot lists them
    const QJsonObject body = request.header("content-type").startsWith("multipart/form-data")
                                 ? multipartFields(request, uploaded)
                                 : request.json();
    if (what.isEmpty() && get)
        return HttpResponse::json(conversationJson(c.id));
    if (what == QLatin1StringView("messages") && get) {
        const QString before = request.query.queryItemValue(QStringLiteral("before"));
        const QString after = request.query.queryItemValue(QStringLiteral("after"));
        QList<QJsonObject> selected;
        for (const QJsonObject &m : std::as_const(c.messages)) {
            const qint64 mid = m.value(QLatin1StringView("id")).toInteger();
            if (!before.isEmpty() && mid >= before.toLongLong())
                continue;
            if (!after.isEmpty() && mid <= after.toLongLong())
                continue;
            selected.append(m);
        }
        std::sort(selected.begin(), selected.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1StringView("id")).toInteger() <
                   b.value(QLatin1StringView("id")).toInteger();
        });
        // Like MessageFinder: after= gives up to 100 from the oldest on, otherwise the newest 20.
        if (!after.isEmpty() && before.isEmpty())
            selected = selected.mid(0, 100);
        else if (after.isEmpty())
            selected = selected.mid(qMax<qsizetype>(0, selected.size() - 20));
        QJsonArray payload;
        for (const QJsonObject &m : std::as_const(selected))
            payload.append(messageJson(m));
        const QJsonObject meta{
            {QStringLiteral("labels"), QJsonArray::fromStringList(c.labels)},
            {QStringLiteral("contact"), contactJson(c.contactId, false)},
            {QStringLiteral("agent_last_seen_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("meta"), meta}, {QStringLiteral("payload"), payload}});
    }
    if (what == QLatin1StringView("messages") && post) {
        const QString content = body.value(QLatin1StringView("content")).toString();
        if (content.trimmed().isEmpty())
            return HttpResponse::error(422, QStringLiteral("Content can't be blank"));
        QJsonObject message =
            addMessage(c, 1, body.value(QLatin1StringView("private")).toBool(), content,
                       QStringLiteral("user"), kUserId, body.value(QLatin1StringView("echo_id")).toString());
        // Chatwoot keeps the source_id a client sends with the message; the services of provider channels
        // (WhatsApp, Facebook, Telegram, SMS, email…) then overwrite it with the provider's message id when
        // they hand a reply on. Web chat and API inboxes keep it, and a private note is never handed on.
        const QString channelType = inboxes_.value(c.inboxId).channelType;
        const bool handedOn = channelType != QLatin1StringView("Channel::WebWidget") &&
                              channelType != QLatin1StringView("Channel::Api") &&
                              !body.value(QLatin1StringView("private")).toBool();
        const QString sourceId =
            handedOn ? QStringLiteral("provider-%1").arg(message.value(QLatin1StringView("id")).toInteger())
                     : body.value(QLatin1StringView("source_id")).toString();
        if (!sourceId.isEmpty()) {
            message.insert(QStringLiteral("source_id"), sourceId);
            c.messages.last() = message;
        }
        if (!uploaded.isEmpty()) {
            for (QJsonValueRef file : uploaded) {
                QJsonObject attachment = file.toObject();
                attachment.insert(QStringLiteral("message_id"), message.value(QLatin1StringView("id")));
                file = attachment;
            }
            message.insert(QStringLiteral("attachments"), uploaded);
            c.messages.last() = message;
        }
        if (!body.value(QLatin1StringView("private")).toBool() && c.firstReplyAt == 0)
            c.firstReplyAt = now();
        c.waitingSince = 0;
        if (broadcasts_)
            broadcast(QStringLiteral("message.created"), messageJson(message, true));
        return HttpResponse::json(message); // the creation answer carries echo_id
    }
    if (what == QLatin1StringView("toggle_status") && post) {
        const QString status = body.value(QLatin1StringView("status")).toString();
        if (!QStringList{QStringLiteral("open"), QStringLiteral("resolved"), QStringLiteral("pending"),
                         QStringLiteral("snoozed")}
                 .contains(status))
            return HttpResponse::error(422, QStringLiteral("Status is not valid"));
        c.status = status;
        c.snoozedUntil.reset();
        if (status == QLatin1StringView("snoozed") && body.contains(QLatin1StringView("snoozed_until")))
            c.snoozedUntil = body.value(QLatin1StringView("snoozed_until")).toInteger();
        touch(c);
        broadcastConversation(QStringLiteral("conversation.status_changed"), c);
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("meta"), QJsonObject{}},
                        {QStringLiteral("payload"),
                         QJsonObject{{QStringLiteral("success"), true},
                                     {QStringLiteral("conversation_id"), c.id},
                                     {QStringLiteral("current_status"), c.status},
                                     {QStringLiteral("snoozed_until"), snoozedUntilJson(c)}}}});
    }
    if (what == QLatin1StringView("toggle_priority") && post) {
        // Without a priority (null or left out) Chatwoot clears it; an unknown one raises in the model.
        const QJsonValue priority = body.value(QLatin1StringView("priority"));
        if (!priority.isNull() && !priority.isUndefined() &&
            !QStringList{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                         QStringLiteral("urgent")}
                 .contains(priority.toString()))
            return HttpResponse::error(
                500, QStringLiteral("'%1' is not a valid priority").arg(priority.toString()));
        c.priority = priority.toString();
        touch(c);
        broadcastConversation(QStringLiteral("conversation.updated"), c);
        return HttpResponse::empty(); // head :ok
    }
    if (what == QLatin1StringView("assignments") && post) {
        // AssignmentsController: the agent's JSON, the team's (render json: @team), or `render json: nil`
        // when nobody is assigned.
        if (body.contains(QLatin1StringView("assignee_id"))) {
            const qint64 agent = body.value(QLatin1StringView("assignee_id")).toInteger();
            if (agent != 0 && !agents_.contains(agent))
                return notFound();
            c.assigneeId = agent;
            touch(c);
            broadcastConversation(QStringLiteral("assignee.changed"), c);
            return agent ? HttpResponse::json(agentJson(agent)) : jsonNull();
        }
        const qint64 team = body.value(QLatin1StringView("team_id")).toInteger();
        c.teamId = teams_.contains(team) ? team : 0; // find_by: an unknown team unassigns
        touch(c);
        broadcastConversation(QStringLiteral("team.changed"), c);
        if (!c.teamId)
            return jsonNull();
        const QString at =
            QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::UTC).toString(Qt::ISODateWithMs);
        return HttpResponse::json(QJsonObject{{QStringLiteral("id"), c.teamId},
                                              {QStringLiteral("name"), teams_.value(c.teamId).first},
                                              {QStringLiteral("description"), QString()},
                                              {QStringLiteral("allow_auto_assign"), true},
                                              {QStringLiteral("account_id"), kAccountId},
                                              {QStringLiteral("created_at"), at},
                                              {QStringLiteral("updated_at"), at}});
    }
    if (what == QLatin1StringView("labels") && (get || post)) {
        if (post) {
            c.labels.clear();
            for (const QJsonValue &label : body.value(QLatin1StringView("labels")).toArray())
                c.labels.append(label.toString());
            touch(c);
            broadcastConversation(QStringLiteral("conversation.updated"), c);
        }
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("payload"), QJsonArray::fromStringList(c.labels)}});
    }
    if (what == QLatin1StringView("update_last_seen") && post) {
        c.unread = 0;
        touch(c);
        return HttpResponse::empty();
    }
    return notFound();
}

} // namespace kontor::chatwoot::fake
