// The fake's faults, request log and colleague actions.
#include "FakeChatwoot.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

namespace kontor::chatwoot::fake {

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

bool FakeChatwoot::listen(quint16 port)
{
    return http_.listen(port);
}

bool FakeChatwoot::listenTls(quint16 port)
{
    QFile certificate(QStringLiteral(":/chatwoot-fake/fake-server.crt"));
    QFile key(QStringLiteral(":/chatwoot-fake/fake-server.key"));
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    http_.useTls(certificate.readAll(), key.readAll());
    return http_.listen(port);
}

QString FakeChatwoot::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void FakeChatwoot::addFault(const QByteArray &method, const QString &pathPattern,
                            const HttpResponse &response, int times)
{
    faults_.append({method, QRegularExpression(QRegularExpression::anchoredPattern(pathPattern)), response,
                    times, false});
}

void FakeChatwoot::answerAfterProcessing(const QByteArray &method, const QString &pathPattern,
                                         const HttpResponse &response, int times)
{
    faults_.append({method, QRegularExpression(QRegularExpression::anchoredPattern(pathPattern)), response,
                    times, true});
}

void FakeChatwoot::loseAnswerNext(const QByteArray &method, const QString &pathPattern,
                                  HttpResponse::Delivery delivery, int times)
{
    HttpResponse response = HttpResponse::json(QJsonObject{{QStringLiteral("lost"), true}});
    response.delivery = delivery;
    faults_.append({method, QRegularExpression(QRegularExpression::anchoredPattern(pathPattern)), response,
                    times, true});
}

void FakeChatwoot::failNext(const QByteArray &method, const QString &pathPattern, int status, int times,
                            const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    HttpResponse response = HttpResponse::error(status, QStringLiteral("injected failure"));
    if (!body.isEmpty())
        response.body = body;
    response.headers.append(headers);
    addFault(method, pathPattern, response, times);
}

QList<HttpRequest> FakeChatwoot::requestsTo(const QByteArray &method, const QString &pathPattern) const
{
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(pathPattern));
    QList<HttpRequest> result;
    for (const HttpRequest &request : requests_) {
        if (request.method == method && pattern.match(request.path).hasMatch())
            result.append(request);
    }
    return result;
}

HttpResponse FakeChatwoot::handle(const HttpRequest &request)
{
    requests_.append(request);
    bool injected = false;
    const HttpResponse response = answer(request, injected);
    const bool delivered = response.delivery == HttpResponse::Delivery::Normal;
    answers_.append(delivered ? response.status : 0);
    answerBodies_.append(delivered ? response.body : QByteArray());
    injectedAnswers_.append(injected);
    return response;
}

HttpResponse FakeChatwoot::answer(const HttpRequest &request, bool &injected)
{
    for (qsizetype i = 0; i < faults_.size(); ++i) {
        Fault &fault = faults_[i];
        if ((fault.method.isEmpty() || fault.method == request.method) &&
            fault.path.match(request.path).hasMatch()) {
            const HttpResponse response = fault.response;
            const bool process = fault.afterProcessing;
            if (--fault.remaining <= 0)
                faults_.removeAt(i);
            if (process)
                route(request);
            injected = true;
            return response;
        }
    }
    return route(request);
}

// --- state and colleagues ----------------------------------------------------------------------------------

QJsonObject FakeChatwoot::conversation(qint64 id) const
{
    return conversations_.contains(id) ? conversationJson(id) : QJsonObject();
}

QJsonArray FakeChatwoot::messagesOf(qint64 conversationId) const
{
    QJsonArray result;
    for (const QJsonObject &m : conversations_.value(conversationId).messages)
        result.append(m);
    return result;
}

QStringList FakeChatwoot::labelsOf(qint64 conversationId) const
{
    return conversations_.value(conversationId).labels;
}

QJsonObject FakeChatwoot::contact(qint64 id) const
{
    return contacts_.contains(id) ? contactJson(id) : QJsonObject();
}

void FakeChatwoot::broadcast(const QString &event, const QJsonObject &data)
{
    QJsonObject withAccount = data;
    if (!withAccount.contains(QLatin1StringView("account_id")))
        withAccount.insert(QStringLiteral("account_id"), kAccountId);
    cable_.broadcast(event, withAccount);
}

void FakeChatwoot::broadcastConversation(const QString &event, const Conversation &conversation)
{
    if (broadcasts_)
        broadcast(event, conversationJson(conversation.id, true));
}

qint64 FakeChatwoot::customerWrites(qint64 conversationId, const QString &text, bool quietly)
{
    Conversation &c = conversations_[conversationId];
    const QJsonObject message = addMessage(c, 0, false, text, QStringLiteral("contact"), c.contactId);
    c.waitingSince = c.waitingSince ? c.waitingSince : now();
    if (!quietly && broadcasts_)
        broadcast(QStringLiteral("message.created"), messageJson(message, true));
    return message.value(QLatin1StringView("id")).toInteger();
}

void FakeChatwoot::addHistory(qint64 conversationId, int count)
{
    Conversation &c = conversations_[conversationId];
    const Conversation before = c;
    const qint64 weekAgo = now() - 7 * 24 * 3600;
    for (int i = 0; i < count; ++i) {
        addMessage(c, i % 2, false, QStringLiteral("history %1").arg(i),
                   i % 2 ? QStringLiteral("user") : QStringLiteral("contact"), i % 2 ? 2 : c.contactId);
        c.messages.last()[QStringLiteral("created_at")] = weekAgo + i;
    }
    c.updatedAt = before.updatedAt;
    c.lastActivityAt = before.lastActivityAt;
    c.unread = before.unread;
}

void FakeChatwoot::colleagueSetsStatus(qint64 conversationId, const QString &status, bool quietly)
{
    Conversation &c = conversations_[conversationId];
    c.status = status;
    touch(c);
    if (!quietly)
        broadcastConversation(QStringLiteral("conversation.status_changed"), c);
}

void FakeChatwoot::colleagueAddsLabel(qint64 conversationId, const QString &label, bool quietly)
{
    Conversation &c = conversations_[conversationId];
    if (!c.labels.contains(label))
        c.labels.append(label);
    touch(c);
    if (!quietly)
        broadcastConversation(QStringLiteral("conversation.updated"), c);
}

void FakeChatwoot::colleagueAssigns(qint64 conversationId, qint64 agentId, bool quietly)
{
    Conversation &c = conversations_[conversationId];
    c.assigneeId = agentId;
    touch(c);
    if (!quietly)
        broadcastConversation(QStringLiteral("assignee.changed"), c);
}

void FakeChatwoot::deleteConversation(qint64 conversationId)
{
    conversations_.remove(conversationId);
}

bool FakeChatwoot::deleteContact(qint64 contactId, bool quietly)
{
    if (!contacts_.contains(contactId))
        return false;
    const QJsonObject gone = contactJson(contactId);
    contacts_.remove(contactId);
    for (auto it = conversations_.begin(); it != conversations_.end();) {
        if (it->contactId == contactId)
            it = conversations_.erase(it);
        else
            ++it;
    }
    if (broadcasts_ && !quietly)
        broadcast(QStringLiteral("contact.deleted"), gone);
    return true;
}

qint64 FakeChatwoot::createConversationQuietly(const QString &contactName, const QString &contactEmail,
                                               qint64 inboxId)
{
    Contact contact;
    contact.id = nextContactId_++;
    contact.name = contactName;
    contact.email = contactEmail;
    contact.inboxes.append({inboxId, sourceIdFor(contact, inboxes_[inboxId])});
    contact.createdAt = now();
    contacts_.insert(contact.id, contact);
    Conversation c;
    c.id = nextConversationId_++;
    c.inboxId = inboxId;
    c.contactId = contact.id;
    c.createdAt = now();
    addMessage(c, 0, false, QStringLiteral("Hello from %1").arg(contactName), QStringLiteral("contact"),
               contact.id);
    conversations_.insert(c.id, c);
    return c.id;
}

void FakeChatwoot::setCacheKey(const QString &which, const QString &value)
{
    cacheKeys_.insert(which, value);
}

void FakeChatwoot::renameInbox(qint64 inboxId, const QString &name)
{
    inboxes_[inboxId].name = name;
}

void FakeChatwoot::broadcastForeignEvent()
{
    QJsonObject data = messageJson(conversations_.first().messages.value(0), true);
    data.insert(QStringLiteral("id"), 999999);
    data.insert(QStringLiteral("content"), QStringLiteral("a message of another account"));
    data.insert(QStringLiteral("account_id"), kOtherAccountId);
    cable_.broadcast(QStringLiteral("message.created"), data);
}

} // namespace kontor::chatwoot::fake
