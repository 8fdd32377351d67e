#include "connectors/chatwoot/sync/SyncRun.h"

#include "connectors/chatwoot/api/ContactJobs.h"
#include "connectors/chatwoot/api/DirectoryJobs.h"
#include "connectors/chatwoot/sync/BatchBuilder.h"

#include <QLoggingCategory>
#include <QTimer>

namespace kontor::chatwoot {

Q_LOGGING_CATEGORY(lcChatwootSync, "kontor.chatwoot.sync")

// The conversations of one page whose messages are being fetched, a few at a time.
struct SyncRun::PageState
{
    struct Waiting
    {
        QString conversationId;
        qint64 lastMessageId = 0; // the newest message the conversation names
        UtcMillis lastActivityAt = 0;
    };
    QList<Waiting> waiting;
    int running = 0;
    std::function<void()> next;
};

SyncRun::SyncRun(Kind kind, ChatwootClient &client, AccountSnapshot &snapshot,
                 const IdentityNormalizer &normalizer, const AccountRecord &account, const SyncCursor &from,
                 const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , kind_(kind)
    , client_(client)
    , snapshot_(snapshot)
    , normalizer_(normalizer)
    , account_(account)
    , from_(from)
    , reached_(from)
    , options_(options)
    , builder_(std::make_unique<BatchBuilder>(account, snapshot, normalizer))
{}

SyncRun::~SyncRun() = default;

void SyncRun::start()
{
    startedAt_ = nowUtcMillis();
    if (kind_ == Kind::FirstSync) {
        Q_EMIT progress(0, 0);
        fetchDirectory([this] { fetchConversationPage(1); });
        return;
    }
    fetchDirectory([this] {
        const qint64 gapSeconds = qMax<qint64>(0, (startedAt_ - from_.syncedAt) / 1000);
        if (from_.syncedAt > 0 && gapSeconds < qint64(options_.updatedWithinLimit.count()))
            fetchUpdatedConversations();
        else
            fetchConversationPage(1);
    });
}

template<typename Job>
void SyncRun::fetch(std::function<Job *()> make, std::function<void(Job &)> done, std::function<void()> skip,
                    int attempt)
{
    if (failed_)
        return;
    Job *job = make();
    client_.send<Job>(job, this, [this, make, done, skip, attempt](Job &finished) {
        if (failed_)
            return;
        if (finished.succeeded()) {
            done(finished);
            return;
        }
        const JobError &error = finished.error();
        if (error.status == JobStatus::Aborted)
            return; // stopped: the run is being torn down
        const bool transient = error.retryClass() == RetryClass::Retryable;
        if (transient && attempt + 1 < options_.requestAttempts) {
            const auto pause =
                qMax(options_.retryPause * (attempt + 1), std::chrono::milliseconds(error.retryAfterMillis));
            QTimer::singleShot(pause, this, [this, make, done, skip, attempt] {
                fetch<Job>(make, done, skip, attempt + 1);
            });
            return;
        }
        // A conversation deleted meanwhile, or an answer that stays unreadable: skip the item, keep going.
        if (skip && (error.status == JobStatus::NotFound || error.status == JobStatus::MalformedResponse)) {
            ++skipped_;
            qCInfo(lcChatwootSync) << "skipped one item of" << finished.path().section(u'/', 5, 5) << "status"
                                   << int(error.status);
            skip();
            return;
        }
        fail(error);
    });
}

void SyncRun::fail(const JobError &error)
{
    if (failed_)
        return;
    failed_ = true;
    client_.abortAll();
    Q_EMIT finished(false, error);
}

void SyncRun::emitBatch()
{
    if (!builder_->hasRecords())
        return;
    skipped_ += builder_->skipped();
    reached_.maxMessageId = qMax(reached_.maxMessageId, builder_->maxMessageId());
    Q_EMIT batchReady(builder_->take());
}

// --- directory ------------------------------------------------------------------------------------------

void SyncRun::fetchDirectory(std::function<void()> next)
{
    const Endpoint &endpoint = client_.endpoint();
    auto afterKeys = [this, endpoint, next](bool inboxes, bool teams, bool labels) {
        auto canned = [this, endpoint, next] {
            fetch<CannedResponsesJob>([endpoint] { return new CannedResponsesJob(endpoint); },
                                      [this, next](CannedResponsesJob &job) {
                                          for (const QJsonValue &value : job.items()) {
                                              if (auto record = mapCannedResponse(value.toObject()))
                                                  builder_->batch().cannedResponses.append(*record);
                                          }
                                          emitBatch();
                                          next();
                                      });
        };
        auto labelStep = [this, endpoint, labels, canned] {
            if (!labels)
                return canned();
            fetch<LabelsJob>([endpoint] { return new LabelsJob(endpoint); },
                             [this, canned](LabelsJob &job) {
                                 snapshot_.labels = job.titles();
                                 canned();
                             });
        };
        auto teamStep = [this, endpoint, teams, labelStep] {
            if (!teams)
                return labelStep();
            fetch<TeamsJob>([endpoint] { return new TeamsJob(endpoint); },
                            [this, labelStep](TeamsJob &job) {
                                QList<QJsonObject> list;
                                for (const QJsonValue &value : job.items())
                                    list.append(value.toObject());
                                fetchTeamMembers(list, {}, labelStep);
                            });
        };
        auto agentStep = [this, endpoint, teamStep] {
            fetch<AgentsJob>([endpoint] { return new AgentsJob(endpoint); },
                             [this, teamStep](AgentsJob &job) {
                                 snapshot_.agents.clear();
                                 for (const QJsonValue &value : job.items()) {
                                     if (auto record = mapAgent(value.toObject(), snapshot_.selfUserId)) {
                                         snapshot_.agents.insert(record->remoteId, *record);
                                         builder_->batch().agents.append(*record);
                                     }
                                 }
                                 teamStep();
                             });
        };
        if (!inboxes)
            return agentStep();
        fetch<InboxesJob>([endpoint] { return new InboxesJob(endpoint); },
                          [this, agentStep](InboxesJob &job) {
                              snapshot_.inboxChannels.clear();
                              for (const QJsonValue &value : job.items()) {
                                  if (auto record = mapInbox(value.toObject())) {
                                      snapshot_.inboxChannels.insert(record->remoteId, record->channel);
                                      builder_->batch().inboxes.append(*record);
                                  }
                              }
                              agentStep();
                          });
    };
    fetch<CacheKeysJob>([endpoint] { return new CacheKeysJob(endpoint); },
                        [this, afterKeys](CacheKeysJob &job) {
                            const CacheKeys keys = job.keys();
                            // In a gap fill only the lists whose key moved are fetched again; the inbox list
                            // is also needed when this process has not read it yet (channels of new rows).
                            const bool all = kind_ == Kind::FirstSync;
                            const bool inboxes = all || keys.inbox != from_.cacheKeys.inbox ||
                                                 snapshot_.inboxChannels.isEmpty();
                            const bool teams = all || keys.team != from_.cacheKeys.team;
                            const bool labels =
                                all || keys.label != from_.cacheKeys.label || snapshot_.labels.isEmpty();
                            snapshot_.cacheKeys = keys;
                            reached_.cacheKeys = keys;
                            afterKeys(inboxes, teams, labels);
                        },
                        [this, afterKeys] { afterKeys(true, true, true); });
}

void SyncRun::fetchTeamMembers(QList<QJsonObject> teams, QList<TeamRecord> done, std::function<void()> next)
{
    if (teams.isEmpty()) {
        builder_->batch().teams.append(done);
        next();
        return;
    }
    const QJsonObject team = teams.takeFirst();
    const QString teamId = readId(team.value(QLatin1StringView("id")));
    const Endpoint endpoint = client_.endpoint();
    auto proceed = [this, teams, done, next](const QJsonObject &teamObject,
                                             const QStringList &members) mutable {
        if (auto record = mapTeam(teamObject, members))
            done.append(*record);
        fetchTeamMembers(teams, done, next);
    };
    if (teamId.isEmpty())
        return proceed(team, {});
    fetch<TeamMembersJob>([endpoint, teamId] { return new TeamMembersJob(endpoint, teamId); },
                          [team, proceed](TeamMembersJob &job) mutable {
                              QStringList members;
                              for (const QJsonValue &value : job.items()) {
                                  const QString id = readId(value.toObject().value(QLatin1StringView("id")));
                                  if (!id.isEmpty())
                                      members.append(id);
                              }
                              proceed(team, members);
                          },
                          [team, proceed]() mutable { proceed(team, {}); });
}

// --- conversations and messages ---------------------------------------------------------------------------

void SyncRun::fetchConversationPage(int page)
{
    const Endpoint endpoint = client_.endpoint();
    fetch<ConversationsPageJob>([endpoint, page] { return new ConversationsPageJob(endpoint, page); },
                                [this, page](ConversationsPageJob &job) {
                                    const QJsonArray items = job.items();
                                    if (kind_ == Kind::FirstSync && page == 1) {
                                        expectedConversations_ = job.allCount();
                                        Q_EMIT progress(synced_, expectedConversations_ + expectedContacts_);
                                    }
                                    auto next = [this, page, count = items.size()] {
                                        if (count >= ConversationsPageJob::kPageSize)
                                            return fetchConversationPage(page + 1);
                                        if (kind_ == Kind::FirstSync && options_.syncAllContacts)
                                            return fetchContactPage(1);
                                        complete();
                                    };
                                    syncPage(items, next);
                                },
                                // A page that stays unreadable is skipped; the next one may be fine.
                                [this, page] {
                                    if (page < 10000)
                                        fetchConversationPage(page + 1);
                                    else
                                        complete();
                                });
}

void SyncRun::fetchUpdatedConversations()
{
    const qint64 gapSeconds = qMax<qint64>(0, (startedAt_ - from_.syncedAt) / 1000);
    // The margin grows with the gap, as clocks and server queues drift more over longer absences.
    const qint64 window = gapSeconds + qint64(options_.gapMargin.count()) + gapSeconds / 10;
    const Endpoint endpoint = client_.endpoint();
    fetch<ConversationsPageJob>(
        [endpoint, window] { return ConversationsPageJob::updatedWithin(endpoint, window); },
        [this](ConversationsPageJob &job) { syncPage(job.items(), [this] { complete(); }); });
}

void SyncRun::syncPage(const QJsonArray &conversations, std::function<void()> next)
{
    page_ = std::make_unique<PageState>();
    page_->next = std::move(next);
    for (const QJsonValue &value : conversations) {
        const QJsonObject conversation = value.toObject();
        if (!builder_->addConversation(conversation))
            continue;
        const QString id = readId(conversation.value(QLatin1StringView("id")));
        page_->waiting.append({id, builder_->conversationLastMessages().value(id),
                               builder_->batch().conversations.last().lastActivityAt});
    }
    synced_ += conversations.size();

    auto pump = std::make_shared<std::function<void()>>();
    *pump = [this, pump] {
        if (failed_ || !page_)
            return;
        while (!page_->waiting.isEmpty() && page_->running < qMax(1, options_.parallelRequests)) {
            const PageState::Waiting item = page_->waiting.takeFirst();
            ++page_->running;
            fetchMessagesOf(item.conversationId, item.lastMessageId, item.lastActivityAt, [this, pump] {
                if (!page_)
                    return;
                --page_->running;
                (*pump)();
            });
            if (!page_)
                return;
        }
        if (page_->waiting.isEmpty() && page_->running == 0) {
            emitBatch();
            if (kind_ == Kind::FirstSync)
                Q_EMIT progress(synced_, qMax(expectedConversations_ + expectedContacts_, synced_));
            auto continuation = std::move(page_->next);
            page_.reset();
            continuation();
        }
    };
    (*pump)();
}

UtcMillis SyncRun::knownBefore() const
{
    // Messages created before this are in the store: the last sync point less the margin.
    return from_.syncedAt - std::chrono::milliseconds(options_.gapMargin).count();
}

void SyncRun::fetchMessagesOf(const QString &conversationId, qint64 lastMessageId, UtcMillis lastActivityAt,
                              std::function<void()> done)
{
    // A gap fill needs no request for a conversation whose last message is one already known and that saw no
    // activity since the last sync (a status or assignment change): its record came with the list. Both tests
    // must agree, so one odd message id (a fixture has one far above the rest) cannot hide new messages.
    if (kind_ == Kind::GapFill && lastMessageId > 0 && lastMessageId <= from_.maxMessageId &&
        lastActivityAt < knownBefore()) {
        // Answered later, like a request: the page's pump is not re-entered while it is still looping.
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
        return;
    }
    const Endpoint endpoint = client_.endpoint();
    fetch<MessagesJob>(
        [endpoint, conversationId] { return new MessagesJob(endpoint, conversationId); },
        [this, conversationId, done](MessagesJob &job) {
            const QJsonArray items = job.items();
            builder_->addMessages(items, conversationId);
            qint64 oldest = 0;
            for (const QJsonValue &value : items) {
                const qint64 id = readIdNumber(value.toObject().value(QLatin1StringView("id")));
                if (id > 0 && (oldest == 0 || id < oldest))
                    oldest = id;
            }
            const bool fullPage = items.size() >= MessagesJob::kBeforePageSize && oldest > 0;
            if (kind_ == Kind::FirstSync && fullPage && options_.firstSyncMessagePages > 1)
                return fetchOlder(conversationId, oldest, options_.firstSyncMessagePages - 1, done);
            if (kind_ == Kind::GapFill && fullPage && allNew(items)) {
                // More is new than one page holds: the rest comes after the newest id known before the gap,
                // or, when that id cannot be trusted to be older, page back until known messages show.
                if (from_.maxMessageId > 0 && oldest > from_.maxMessageId)
                    return fetchNewer(conversationId, from_.maxMessageId, done);
                return fetchOlder(conversationId, oldest, kGapPagesBack, done);
            }
            done();
        },
        done);
}

void SyncRun::fetchOlder(const QString &conversationId, qint64 before, int pagesLeft,
                         std::function<void()> done)
{
    const Endpoint endpoint = client_.endpoint();
    fetch<MessagesJob>(
        [endpoint, conversationId, before] { return new MessagesJob(endpoint, conversationId, before); },
        [this, conversationId, pagesLeft, done](MessagesJob &job) {
            const QJsonArray items = job.items();
            builder_->addMessages(items, conversationId);
            qint64 oldest = 0;
            for (const QJsonValue &value : items) {
                const qint64 id = readIdNumber(value.toObject().value(QLatin1StringView("id")));
                if (id > 0 && (oldest == 0 || id < oldest))
                    oldest = id;
            }
            const bool wanted = kind_ == Kind::FirstSync || allNew(items);
            if (wanted && pagesLeft > 1 && items.size() >= MessagesJob::kBeforePageSize && oldest > 0)
                return fetchOlder(conversationId, oldest, pagesLeft - 1, done);
            done();
        },
        done);
}

void SyncRun::fetchNewer(const QString &conversationId, qint64 after, std::function<void()> done)
{
    const Endpoint endpoint = client_.endpoint();
    fetch<MessagesJob>(
        [endpoint, conversationId, after] { return new MessagesJob(endpoint, conversationId, {}, after); },
        [this, conversationId, done](MessagesJob &job) {
            const QJsonArray items = job.items();
            builder_->addMessages(items, conversationId);
            qint64 newest = 0;
            for (const QJsonValue &value : items)
                newest = qMax(newest, readIdNumber(value.toObject().value(QLatin1StringView("id"))));
            if (items.size() >= MessagesJob::kAfterPageSize && newest > 0)
                return fetchNewer(conversationId, newest, done);
            done();
        },
        done);
}

bool SyncRun::allNew(const QJsonArray &messages) const
{
    for (const QJsonValue &value : messages) {
        const std::optional<UtcMillis> created =
            readTimestamp(value.toObject().value(QLatin1StringView("created_at")));
        if (created && *created < knownBefore())
            return false;
    }
    return true;
}

// --- contacts --------------------------------------------------------------------------------------------

void SyncRun::fetchContactPage(int page)
{
    const Endpoint endpoint = client_.endpoint();
    fetch<ContactsPageJob>([endpoint, page] { return new ContactsPageJob(endpoint, page); },
                           [this, page](ContactsPageJob &job) {
                               const QJsonArray items = job.items();
                               if (page == 1)
                                   expectedContacts_ = job.totalCount();
                               for (const QJsonValue &value : items)
                                   builder_->addContact(value.toObject());
                               synced_ += items.size();
                               emitBatch();
                               Q_EMIT progress(synced_,
                                               qMax(expectedConversations_ + expectedContacts_, synced_));
                               if (items.size() >= ContactsPageJob::kPageSize)
                                   return fetchContactPage(page + 1);
                               complete();
                           },
                           [this, page] {
                               if (page < 100000)
                                   fetchContactPage(page + 1);
                               else
                                   complete();
                           });
}

void SyncRun::complete()
{
    emitBatch();
    reached_.firstSyncDone = true;
    reached_.syncedAt = startedAt_;
    reached_.maxMessageId = qMax(reached_.maxMessageId, builder_->maxMessageId());
    reached_.cacheKeys = snapshot_.cacheKeys;
    qCInfo(lcChatwootSync) << (kind_ == Kind::FirstSync ? "first sync" : "gap fill") << "done;" << skipped_
                           << "items skipped";
    Q_EMIT finished(true, {});
}

} // namespace kontor::chatwoot
