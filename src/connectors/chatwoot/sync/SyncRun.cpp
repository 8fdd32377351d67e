#include "connectors/chatwoot/sync/SyncRun.h"
#include "connectors/chatwoot/sync/SyncRunFetch.h"

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

// --- conversations and messages ---------------------------------------------------------------------------

void SyncRun::fetchConversationPage(int page)
{
    const Endpoint endpoint = client_.endpoint();
    fetch<ConversationsPageJob>(
        [endpoint, page] { return new ConversationsPageJob(endpoint, page); },
        [this, page](ConversationsPageJob &job) {
            const QJsonArray items = job.items();
            if (page == 1) {
                expectedConversations_ = job.allCount();
                if (kind_ == Kind::FirstSync)
                    Q_EMIT progress(synced_, expectedConversations_ + expectedContacts_);
            }
            listedConversations_ += items.size();
            // The page size is a server setting (CONVERSATION_RESULTS_PER_PAGE): paging
            // goes on until an empty page or until all_count conversations were seen.
            const bool more = !items.isEmpty() &&
                              (expectedConversations_ <= 0 || listedConversations_ < expectedConversations_);
            auto next = [this, page, more] {
                if (more && page < kMaxPages)
                    return fetchConversationPage(page + 1);
                if (kind_ == Kind::FirstSync && options_.syncAllContacts)
                    return fetchContactPage(1);
                complete();
            };
            syncPage(items, next);
        },
        // A page that stays unreadable is skipped; the next one may be fine.
        [this, page] {
            if (page < kMaxPages)
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

    // The requests in flight keep the pump alive, the pump itself only knows of itself weakly: a pump that
    // held itself would never be freed.
    auto pump = std::make_shared<std::function<void()>>();
    *pump = [this, weakPump = std::weak_ptr<std::function<void()>>(pump)] {
        if (failed_ || !page_)
            return;
        while (!page_->waiting.isEmpty() && page_->running < qMax(1, options_.parallelRequests)) {
            const PageState::Waiting item = page_->waiting.takeFirst();
            ++page_->running;
            fetchMessagesOf(item.conversationId, item.lastMessageId, item.lastActivityAt,
                            [this, pump = weakPump.lock()] {
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
        [this, conversationId, done] {
            // The list named it, but it was deleted since: erased here too.
            if (lastSkipStatus_ == JobStatus::NotFound)
                builder_->batch().deletedConversationRemoteIds.append(conversationId);
            done();
        });
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
    fetch<ContactsPageJob>(
        [endpoint, page] { return new ContactsPageJob(endpoint, page); },
        [this, page](ContactsPageJob &job) {
            const QJsonArray items = job.items();
            if (page == 1)
                expectedContacts_ = job.totalCount();
            for (const QJsonValue &value : items)
                builder_->addContact(value.toObject());
            synced_ += items.size();
            emitBatch();
            Q_EMIT progress(synced_, qMax(expectedConversations_ + expectedContacts_, synced_));
            listedContacts_ += items.size();
            const bool more =
                !items.isEmpty() && (expectedContacts_ <= 0 || listedContacts_ < expectedContacts_);
            if (more && page < kMaxPages)
                return fetchContactPage(page + 1);
            complete();
        },
        [this, page] {
            if (page < kMaxPages)
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
