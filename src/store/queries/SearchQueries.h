#pragma once

#include "core/Channel.h"
#include "core/Message.h"
#include "core/Time.h"

#include <QChar>
#include <QList>
#include <QString>
#include <optional>

namespace kontor::sql {
class Database;
}

namespace kontor {

// Snippets and highlighted names mark each match between these two characters; a view escapes the text and
// turns them into bold.
inline constexpr QChar searchMatchStart = QChar(0x0002);
inline constexpr QChar searchMatchEnd = QChar(0x0003);

enum class SearchOrder
{
    Recency,   // newest stored first; cheap at any number of matches
    Relevance, // ranked by term frequency (kontor_rank) over the most recent relevanceWindow matches only
};

struct SearchOptions
{
    SearchOrder order = SearchOrder::Recency;
    int limit = 50;
    std::optional<qint64> beforeMessageId{}; // Recency paging: the last hit's messageId
    int relevanceWindow = 500;
};

struct MessageHit
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    qint64 customerId = 0;
    Channel channel = Channel::WebChat;
    MessageKind kind = MessageKind::Incoming;
    UtcMillis createdAt = 0;
    QString authorName{};
    QString snippet{}; // a few words around the matches, marked with searchMatchStart/End
};

struct ConversationHit
{
    qint64 conversationId = 0;
    qint64 customerId = 0;
    Channel channel = Channel::WebChat;
    UtcMillis lastActivityAt = 0;
    QString subject{}; // marked
};

struct CustomerHit
{
    qint64 customerId = 0;
    QString name{};            // marked when the name matched
    QString matchedIdentity{}; // the identity that matched, marked; empty when the name matched
};

// Full-text search over message bodies, conversation subjects, customer names and identities. Input is what
// the agent typed (see ftsQueryFromUserText); no input can make a query fail.
class SearchQueries
{
public:
    explicit SearchQueries(sql::Database &db);

    QList<MessageHit> messages(QStringView userText, const SearchOptions &options = {});
    QList<ConversationHit> conversations(QStringView userText, int limit = 50);
    QList<CustomerHit> customers(QStringView userText, int limit = 50);

private:
    QList<MessageHit> messagesByRelevance(const QString &query, const SearchOptions &options);
    sql::Database &db_;
};

} // namespace kontor
