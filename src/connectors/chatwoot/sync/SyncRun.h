#pragma once

#include "connectors/chatwoot/api/ChatwootClient.h"
#include "connectors/chatwoot/api/ConversationJobs.h"
#include "connectors/chatwoot/mapping/AccountSnapshot.h"
#include "connectors/chatwoot/sync/SyncCursor.h"
#include "connectors/chatwoot/sync/SyncOptions.h"
#include "identity/IdentityNormalizer.h"
#include "store/IngestBatch.h"

#include <QObject>
#include <functional>

namespace kontor::chatwoot {

// One pass of fetching from Chatwoot, in batches the connector stamps with its cursor and hands on:
//
// First sync: the directory (inboxes, agents, teams with members, labels, canned responses, cache keys), then
// every conversation (status=all, 25 a page) with its latest messages (paged back with before=), then every
// contact with its contact inboxes. Progress is counted in conversations and contacts.
//
// Gap fill (after a restart or a disconnect): cache_keys decide which directory lists changed; agents and
// canned responses are fetched again; conversations come from updated_within = gap + margin (or from all
// pages after a long gap); for each whose last message is newer than the cursor's, the latest messages, and
// when more than a page is new, the rest with after=<newest known id>.
//
// A request that fails transiently is tried again a few times; a conversation deleted meanwhile (404) or an
// answer that stays unreadable is skipped, and the run goes on. Anything else ends the run with the error,
// and the connector retries later from its unchanged cursor.
class SyncRun : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        FirstSync,
        GapFill
    };

    SyncRun(Kind kind, ChatwootClient &client, AccountSnapshot &snapshot,
            const IdentityNormalizer &normalizer, const AccountRecord &account, const SyncCursor &from,
            const SyncOptions &options, QObject *parent = nullptr);
    ~SyncRun() override;

    Kind kind() const { return kind_; }
    void start();
    // The position reached; complete only after finished(true).
    const SyncCursor &reached() const { return reached_; }
    int skippedItems() const { return skipped_; }

Q_SIGNALS:
    void batchReady(const kontor::IngestBatch &batch);
    void progress(qint64 synced, qint64 expected);
    void finished(bool ok, const kontor::chatwoot::JobError &error);

private:
    template<typename Job>
    void fetch(std::function<Job *()> make, std::function<void(Job &)> done, std::function<void()> skip = {},
               int attempt = 0);
    void fail(const JobError &error);

    void fetchDirectory(std::function<void()> next);
    void fetchTeamMembers(QList<QJsonObject> teams, QList<TeamRecord> done, std::function<void()> next);
    void fetchConversationPage(int page);
    void fetchUpdatedConversations();
    // Fetches the messages of the page's conversations, then emits the page's batch and calls next.
    void syncPage(const QJsonArray &conversations, std::function<void()> next);
    void fetchMessagesOf(const QString &conversationId, qint64 lastMessageId, UtcMillis lastActivityAt,
                         std::function<void()> done);
    UtcMillis knownBefore() const;
    bool allNew(const QJsonArray &messages) const;
    // How far back a gap fill pages (20 each) when it cannot use after=.
    static constexpr int kGapPagesBack = 50;
    void fetchOlder(const QString &conversationId, qint64 before, int pagesLeft, std::function<void()> done);
    void fetchNewer(const QString &conversationId, qint64 after, std::function<void()> done);
    void fetchContactPage(int page);
    void complete();
    void emitBatch();

    Kind kind_;
    ChatwootClient &client_;
    AccountSnapshot &snapshot_;
    IdentityNormalizer normalizer_;
    AccountRecord account_;
    SyncCursor from_;
    SyncCursor reached_;
    SyncOptions options_;
    UtcMillis startedAt_ = 0;
    struct PageState;
    std::unique_ptr<PageState> page_;
    std::unique_ptr<class BatchBuilder> builder_;
    qint64 synced_ = 0;
    qint64 expectedConversations_ = 0;
    qint64 expectedContacts_ = 0;
    qint64 listedConversations_ = 0;
    qint64 listedContacts_ = 0;
    static constexpr int kMaxPages = 100000; // a bound, for a server that never sends an empty page
    int skipped_ = 0;
    JobStatus lastSkipStatus_ = JobStatus::Succeeded; // why the last item was skipped
    bool failed_ = false;
};

} // namespace kontor::chatwoot
