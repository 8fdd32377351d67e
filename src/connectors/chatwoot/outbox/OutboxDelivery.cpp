#include "connectors/chatwoot/outbox/OutboxDelivery.h"

#include "connectors/chatwoot/api/ActionJobs.h"
#include "connectors/chatwoot/api/ConversationJobs.h"
#include "connectors/chatwoot/sync/BatchBuilder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace kontor::chatwoot {

namespace {
constexpr int kRememberedEchoes = 2000;
// An earlier attempt's message is at most this much older than the entry (clock skew between client and
// server).
constexpr qint64 kClockSkewMillis = 5 * 60 * 1000;
} // namespace

OutboxDelivery::OutboxDelivery(ChatwootClient &client, AccountSnapshot &snapshot,
                               const IdentityNormalizer &normalizer, const AccountRecord &account,
                               QObject *parent)
    : QObject(parent)
    , client_(client)
    , snapshot_(snapshot)
    , normalizer_(normalizer)
    , account_(account)
{}

QString OutboxDelivery::withMentionLinks(const QString &body,
                                         const QList<std::pair<QString, QString>> &agents)
{
    // Chatwoot notifies a colleague named in a note as a link: [@Name](mention://user/<id>/<Name>).
    QString linked = body;
    for (const auto &[remoteId, name] : agents) {
        const QString plain = u'@' + name;
        const QString link = QStringLiteral("[@%1](mention://user/%2/%3)")
                                 .arg(name, remoteId, QString::fromUtf8(QUrl::toPercentEncoding(name)));
        const qsizetype at = linked.indexOf(plain);
        if (at < 0)
            linked += u' ' + link; // mentioned but not named in the text: still told
        else
            linked.replace(at, plain.size(), link);
    }
    return linked;
}

void OutboxDelivery::noteEcho(const QString &echoId, const QString &messageId)
{
    if (echoId.isEmpty() || seenEchoes_.contains(echoId))
        return;
    seenEchoes_.insert(echoId, messageId);
    echoOrder_.append(echoId);
    if (echoOrder_.size() > kRememberedEchoes)
        seenEchoes_.remove(echoOrder_.takeFirst());
}

QStringList OutboxDelivery::mergeLabels(const QStringList &current, const QString &add, const QString &remove)
{
    QStringList result;
    for (const QString &label : current) {
        if (!remove.isEmpty() && label.compare(remove, Qt::CaseInsensitive) == 0)
            continue;
        if (!result.contains(label, Qt::CaseInsensitive))
            result.append(label);
    }
    if (!add.isEmpty() && !result.contains(add, Qt::CaseInsensitive))
        result.append(add);
    return result;
}

void OutboxDelivery::failed(const QString &uuid, const JobError &error, bool mayHaveLanded, Done done)
{
    if (mayHaveLanded && outcomeMayBeUnknown(error.status))
        uncertain_.insert(uuid);
    done(deliveryResultFor(error));
}

void OutboxDelivery::deliver(const DeliveryRequest &request, Done done)
{
    const Endpoint endpoint = client_.endpoint();
    const QString conversation = request.conversationRemoteId;
    const QString uuid = request.entry.uuid;
    auto thenConfirm = [this, conversation, uuid, done](JsonJob &job) {
        if (!job.succeeded())
            return failed(uuid, job.error(), false, done);
        confirmWithConversation(conversation, done);
    };

    if (const auto *message = std::get_if<SendMessage>(&request.action))
        return sendMessage(request, *message, done);
    if (std::holds_alternative<AssignConversation>(request.action))
        return assign(request, done);
    if (const auto *status = std::get_if<SetConversationStatus>(&request.action)) {
        client_.send<JsonJob>(
            new ToggleStatusJob(endpoint, conversation, status->status, status->snoozedUntil), this,
            thenConfirm);
        return;
    }
    if (const auto *priority = std::get_if<SetConversationPriority>(&request.action)) {
        client_.send<JsonJob>(new TogglePriorityJob(endpoint, conversation, priority->priority), this,
                              thenConfirm);
        return;
    }
    if (const auto *add = std::get_if<AddConversationLabel>(&request.action))
        return changeLabels(request, add->label.trimmed(), {}, done);
    if (const auto *remove = std::get_if<RemoveConversationLabel>(&request.action))
        return changeLabels(request, {}, remove->label.trimmed(), done);
    if (std::holds_alternative<MarkConversationRead>(request.action)) {
        client_.send<JsonJob>(new UpdateLastSeenJob(endpoint, conversation), this, thenConfirm);
        return;
    }
    done(DeliveryResult::permanent(
        QCoreApplication::translate("ChatwootConnector", "Chatwoot cannot carry out this kind of action.")));
}

void OutboxDelivery::sendMessage(const DeliveryRequest &request, const SendMessage &message, Done done)
{
    const QString uuid = request.entry.uuid;
    const QString conversation = request.conversationRemoteId;
    auto confirmWith = [this, uuid, conversation, done](const QJsonObject &landed) {
        uncertain_.remove(uuid);
        BatchBuilder builder(account_, snapshot_, normalizer_);
        QJsonObject copy = landed;
        copy.insert(QStringLiteral("echo_id"), uuid); // the answer may omit it; the store matches on it
        builder.addMessage(copy, conversation);
        DeliveryResult result = DeliveryResult::confirmed(readId(landed.value(QLatin1StringView("id"))));
        if (builder.hasRecords())
            result.echo = builder.take();
        done(result);
    };
    QList<ChatwootJob::FilePart> files;
    for (const OutgoingAttachment &file : message.attachments) {
        if (!QFileInfo::exists(file.localPath)) {
            done(DeliveryResult::permanent(
                QCoreApplication::translate("ChatwootConnector", "The attached file “%1” is no longer there.")
                    .arg(file.fileName)));
            return;
        }
        files.append({file.localPath, file.fileName, file.mimeType});
    }
    auto send = [this, request, message, uuid, conversation, done, confirmWith, files] {
        client_.send<SendMessageJob>(
            new SendMessageJob(client_.endpoint(), conversation,
                               withMentionLinks(message.body, request.mentionedAgents), message.isNote, uuid,
                               files),
            this, [this, uuid, done, confirmWith](SendMessageJob &job) {
                if (!job.succeeded())
                    return failed(uuid, job.error(), true, done);
                confirmWith(job.object());
            });
    };
    if (!request.outcomeUnknown && !uncertain_.contains(uuid))
        return send();
    if (const auto seen = seenEchoes_.constFind(uuid); seen != seenEchoes_.constEnd()) {
        uncertain_.remove(uuid);
        done(DeliveryResult::confirmed(*seen));
        return;
    }
    findEarlierAttempt(
        request, message,
        [this, uuid, done, send, confirmWith](const JobError &error, std::optional<QJsonObject> landed) {
            if (!error.ok()) // still unknown: sending now could duplicate it
                return failed(uuid, error, true, done);
            if (landed)
                return confirmWith(*landed);
            send();
        });
}

void OutboxDelivery::findEarlierAttempt(
    const DeliveryRequest &request, const SendMessage &message,
    std::function<void(const JobError &, std::optional<QJsonObject>)> found)
{
    const QString uuid = request.entry.uuid;
    const UtcMillis notBefore = request.entry.createdAt - kClockSkewMillis;
    const QString self = QString::number(snapshot_.selfUserId);
    client_.send<MessagesJob>(
        new MessagesJob(client_.endpoint(), request.conversationRemoteId), this,
        [uuid, message, notBefore, self, found](MessagesJob &job) {
            if (!job.succeeded())
                return found(job.error(), std::nullopt);
            const QJsonArray items = job.items();
            for (const QJsonValue &value : items) { // by echo id where the server lists it
                const QJsonObject candidate = value.toObject();
                if (readString(candidate.value(QLatin1StringView("echo_id"))) == uuid)
                    return found({}, candidate);
            }
            for (const QJsonValue &value : items) {
                const QJsonObject candidate = value.toObject();
                const std::optional<MappedMessage> mapped = mapMessage(candidate);
                if (!mapped || mapped->record.createdAt < notBefore)
                    continue;
                const bool sameKind =
                    mapped->record.kind == (message.isNote ? MessageKind::Note : MessageKind::Outgoing);
                if (sameKind && mapped->record.authorAgentRemoteId == self &&
                    mapped->record.body.trimmed() == message.body.trimmed())
                    return found({}, candidate);
            }
            found({}, std::nullopt);
        });
}

void OutboxDelivery::assign(const DeliveryRequest &request, Done done)
{
    const Endpoint endpoint = client_.endpoint();
    const QString conversation = request.conversationRemoteId;
    const QString uuid = request.entry.uuid;
    const QString agent = request.agentRemoteId;
    client_.send<AssignmentJob>(AssignmentJob::team(endpoint, conversation, request.teamRemoteId), this,
                                [this, endpoint, conversation, uuid, agent, done](AssignmentJob &teamJob) {
                                    if (!teamJob.succeeded())
                                        return failed(uuid, teamJob.error(), false, done);
                                    client_.send<AssignmentJob>(
                                        AssignmentJob::agent(endpoint, conversation, agent), this,
                                        [this, conversation, uuid, done](AssignmentJob &agentJob) {
                                            if (!agentJob.succeeded())
                                                return failed(uuid, agentJob.error(), false, done);
                                            confirmWithConversation(conversation, done);
                                        });
                                });
}

void OutboxDelivery::changeLabels(const DeliveryRequest &request, const QString &add, const QString &remove,
                                  Done done)
{
    const Endpoint endpoint = client_.endpoint();
    const QString conversation = request.conversationRemoteId;
    const QString uuid = request.entry.uuid;
    client_.send<ConversationLabelsJob>(
        new ConversationLabelsJob(endpoint, conversation), this,
        [this, endpoint, conversation, uuid, add, remove, done](ConversationLabelsJob &current) {
            if (!current.succeeded())
                return failed(uuid, current.error(), false, done);
            const QStringList now = current.labels();
            const QStringList wanted = mergeLabels(now, add, remove);
            if (wanted == now) // already so (a colleague did the same, or an earlier attempt landed)
                return confirmWithConversation(conversation, done);
            client_.send<SetConversationLabelsJob>(
                new SetConversationLabelsJob(endpoint, conversation, wanted), this,
                [this, conversation, uuid, done](SetConversationLabelsJob &set) {
                    if (!set.succeeded())
                        return failed(uuid, set.error(), false, done);
                    confirmWithConversation(conversation, done);
                });
        });
}

void OutboxDelivery::confirmWithConversation(const QString &conversationId, Done done)
{
    client_.send<ConversationJob>(new ConversationJob(client_.endpoint(), conversationId), this,
                                  [this, done](ConversationJob &job) {
                                      DeliveryResult result = DeliveryResult::confirmed();
                                      if (job.succeeded()) {
                                          BatchBuilder builder(account_, snapshot_, normalizer_);
                                          builder.addConversation(job.object());
                                          if (builder.hasRecords())
                                              result.echo = builder.take();
                                      }
                                      done(result);
                                  });
}

} // namespace kontor::chatwoot
