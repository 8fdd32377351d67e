#include "connectors/chatwoot/outbox/OutboxDelivery.h"

#include "connectors/chatwoot/api/ActionJobs.h"
#include "connectors/chatwoot/api/ConversationJobs.h"
#include "connectors/chatwoot/sync/BatchBuilder.h"
#include "core/Overloaded.h"

#include <QCoreApplication>
#include <QUrl>

namespace kontor::chatwoot {

namespace {
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

void OutboxDelivery::deliver(const DeliveryRequest &request, Done done)
{
    const Endpoint endpoint = client_.endpoint();
    const QString conversation = request.conversationRemoteId;
    auto thenConfirm = [this, conversation, done](JsonJob &job) {
        if (!job.succeeded())
            return done(deliveryResultFor(job.error()));
        confirmWithConversation(conversation, done);
    };

    std::visit(
        Overloaded{
            [&](const SendMessage &message) { sendMessage(request, message, done); },
            [&](const AssignConversation &) { assign(request, done); },
            [&](const SetConversationStatus &status) {
                client_.send<JsonJob>(
                    new ToggleStatusJob(endpoint, conversation, status.status, status.snoozedUntil), this,
                    thenConfirm);
            },
            [&](const SetConversationPriority &priority) {
                client_.send<JsonJob>(new TogglePriorityJob(endpoint, conversation, priority.priority), this,
                                      thenConfirm);
            },
            [&](const AddConversationLabel &add) { changeLabels(request, add.label.trimmed(), {}, done); },
            [&](const RemoveConversationLabel &remove) {
                changeLabels(request, {}, remove.label.trimmed(), done);
            },
            [&](const MarkConversationRead &) {
                client_.send<JsonJob>(new UpdateLastSeenJob(endpoint, conversation), this, thenConfirm);
            },
            // Contact records and new conversations go through ContactActions.
            [&](const auto &) {
                done(DeliveryResult::permanent(QCoreApplication::translate(
                    "ChatwootConnector", "Chatwoot cannot carry out this kind of action.")));
            },
        },
        request.action);
}

QString OutboxDelivery::deliveryKey(const QString &uuid)
{
    return QStringLiteral("kontor:") + uuid;
}

bool OutboxDelivery::keepsDeliveryKey(std::optional<Channel> channel)
{
    // Chatwoot's channel services overwrite a reply's source_id with the provider's own message id once it is
    // handed on (WhatsApp, Facebook, Instagram, Telegram, SMS, email); web chat and API inboxes keep what the
    // client sent (and private notes are never handed on).
    return channel == Channel::WebChat || channel == Channel::Api;
}

void OutboxDelivery::sendMessage(const DeliveryRequest &request, const SendMessage &message, Done done)
{
    const QString uuid = request.entry.uuid;
    const QString conversation = request.conversationRemoteId;
    auto confirmWith = [this, uuid, conversation, done](const QJsonObject &landed) {
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
    for (int position = 0; position < message.attachments.size(); ++position) {
        const OutgoingAttachment &file = message.attachments.at(position);
        if (!request.files.contains(position)) {
            done(DeliveryResult::permanent(
                QCoreApplication::translate("ChatwootConnector", "The attached file “%1” is no longer there.")
                    .arg(file.fileName)));
            return;
        }
        files.append({[source = request.files, position] { return source.open(position); }, file.fileName,
                      file.mimeType});
    }
    auto send = [this, request, message, uuid, conversation, done, confirmWith, files] {
        client_.send<SendMessageJob>(
            new SendMessageJob(client_.endpoint(), conversation,
                               withMentionLinks(message.body, request.mentionedAgents), message.isNote, uuid,
                               deliveryKey(uuid), files),
            this, [done, confirmWith](SendMessageJob &job) {
                if (!job.succeeded())
                    return done(deliveryResultFor(job.error()));
                confirmWith(job.object());
            });
    };
    if (!request.outcomeUnknown)
        return send();
    // An earlier attempt may have landed, and no echo of it was ingested: the conversation's messages since
    // that attempt are read for the key Chatwoot kept with it.
    const bool keyKept = message.isNote || keepsDeliveryKey(request.channel);
    const UtcMillis since = (request.entry.firstSentAt ? request.entry.firstSentAt : request.entry.createdAt);
    findByKey(
        conversation, deliveryKey(uuid), since - kClockSkewMillis, {},
        [done, send, confirmWith, keyKept](const JobError &error, std::optional<QJsonObject> landed) {
            if (!error.ok()) // still unknown: sending now could duplicate it
                return done(DeliveryResult::mayHaveLanded(error.message, error.retryAfterMillis));
            if (landed)
                return confirmWith(*landed);
            if (keyKept)
                return send();
            done(DeliveryResult::outcomeUnknown(QCoreApplication::translate(
                "ChatwootConnector",
                "The answer to this message was lost, and this channel does not let Kontor check whether "
                "it arrived. Look at the conversation in Chatwoot, then send it again or discard it.")));
        });
}

void OutboxDelivery::findByKey(const QString &conversationId, const QString &key, UtcMillis notBefore,
                               std::optional<qint64> before,
                               std::function<void(const JobError &, std::optional<QJsonObject>)> found)
{
    // Newest first, page by page, until a page reaches back before the first attempt: every message that
    // arrived since is looked at, however busy the conversation was meanwhile.
    client_.send<MessagesJob>(new MessagesJob(client_.endpoint(), conversationId, before), this,
                              [this, conversationId, key, notBefore, found](MessagesJob &job) {
                                  if (!job.succeeded())
                                      return found(job.error(), std::nullopt);
                                  const QJsonArray items = job.items();
                                  std::optional<qint64> oldestId;
                                  bool reachedBack = items.isEmpty();
                                  for (const QJsonValue &value : items) {
                                      const QJsonObject candidate = value.toObject();
                                      if (readString(candidate.value(QLatin1StringView("source_id"))) == key)
                                          return found({}, candidate);
                                      const qint64 id =
                                          readIdNumber(candidate.value(QLatin1StringView("id")));
                                      if (id > 0 && (!oldestId || id < *oldestId))
                                          oldestId = id;
                                      const qint64 createdAt =
                                          qint64(candidate.value(QLatin1StringView("created_at")).toDouble());
                                      if (createdAt * 1000 < notBefore)
                                          reachedBack = true;
                                  }
                                  if (reachedBack || !oldestId)
                                      return found({}, std::nullopt);
                                  findByKey(conversationId, key, notBefore, oldestId, found);
                              });
}

void OutboxDelivery::assign(const DeliveryRequest &request, Done done)
{
    const Endpoint endpoint = client_.endpoint();
    const QString conversation = request.conversationRemoteId;
    const QString agent = request.agentRemoteId;
    client_.send<AssignmentJob>(AssignmentJob::team(endpoint, conversation, request.teamRemoteId), this,
                                [this, endpoint, conversation, agent, done](AssignmentJob &teamJob) {
                                    if (!teamJob.succeeded())
                                        return done(deliveryResultFor(teamJob.error()));
                                    client_.send<AssignmentJob>(
                                        AssignmentJob::agent(endpoint, conversation, agent), this,
                                        [this, conversation, done](AssignmentJob &agentJob) {
                                            if (!agentJob.succeeded())
                                                return done(deliveryResultFor(agentJob.error()));
                                            confirmWithConversation(conversation, done);
                                        });
                                });
}

void OutboxDelivery::changeLabels(const DeliveryRequest &request, const QString &add, const QString &remove,
                                  Done done)
{
    const Endpoint endpoint = client_.endpoint();
    const QString conversation = request.conversationRemoteId;
    client_.send<ConversationLabelsJob>(
        new ConversationLabelsJob(endpoint, conversation), this,
        [this, endpoint, conversation, add, remove, done](ConversationLabelsJob &current) {
            if (!current.succeeded())
                return done(deliveryResultFor(current.error()));
            const QStringList now = current.labels();
            const QStringList wanted = mergeLabels(now, add, remove);
            if (wanted == now) // already so (a colleague did the same, or an earlier attempt landed)
                return confirmWithConversation(conversation, done);
            client_.send<SetConversationLabelsJob>(
                new SetConversationLabelsJob(endpoint, conversation, wanted), this,
                [this, conversation, done](SetConversationLabelsJob &set) {
                    if (!set.succeeded())
                        return done(deliveryResultFor(set.error()));
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
