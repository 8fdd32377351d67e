#pragma once

#include "connectors/chatwoot/api/JsonJob.h"

#include <optional>

namespace kontor::chatwoot {

// GET /conversations?status=all&page=N — 25 a page, newest activity first — or, for a delta sync,
// ?status=all&updated_within=<seconds>, which returns every conversation updated in that window unpaginated.
// status=all matters: the default (open) would miss conversations resolved meanwhile.
class ConversationsPageJob : public JsonJob
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 25;

    ConversationsPageJob(const Endpoint &endpoint, int page);
    static ConversationsPageJob *updatedWithin(const Endpoint &endpoint, qint64 seconds);

    // meta.all_count: the conversations the user can see, for first-sync progress.
    qint64 allCount() const;
};

// GET /conversations/{id}.
class ConversationJob : public JsonJob
{
    Q_OBJECT
public:
    ConversationJob(const Endpoint &endpoint, const QString &conversationId);
};

// GET /conversations/{id}/messages: the latest 20; before=<id> the 20 older; after=<id> up to 100 newer.
class MessagesJob : public JsonJob
{
    Q_OBJECT
public:
    static constexpr int kBeforePageSize = 20;
    static constexpr int kAfterPageSize = 100;

    MessagesJob(const Endpoint &endpoint, const QString &conversationId, std::optional<qint64> before = {},
                std::optional<qint64> after = {});
    const QString &conversationId() const { return conversationId_; }

private:
    QString conversationId_;
};

} // namespace kontor::chatwoot
