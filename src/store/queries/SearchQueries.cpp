#include "store/queries/SearchQueries.h"

#include "store/FtsQueryText.h"
#include "store/sql/Database.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <limits>

namespace kontor {

namespace {

// CROSS JOIN keeps the FTS index as the outer loop: SQLite then walks the matches in rowid order and stops at
// the limit, and snippets are made for the returned rows only.
const char messagesByRecency[] =
    "SELECT m.id, m.conversation_id, m.customer_id, m.channel, m.kind, m.created_at, m.author_name, "
    "  snippet(messages_fts, 0, char(2), char(3), '…', 16) "
    "FROM messages_fts CROSS JOIN messages m ON m.id = messages_fts.rowid "
    "WHERE messages_fts MATCH ?1 AND messages_fts.rowid < ?2 ORDER BY messages_fts.rowid DESC LIMIT ?3";
const char scoresInWindow[] =
    "SELECT rowid, bm25(messages_fts) FROM messages_fts WHERE messages_fts MATCH ?1 "
    "ORDER BY rowid DESC LIMIT ?2";
// The IN list is on messages, so it filters rows after the join rather than becoming one full-text query per
// id, and snippet() runs for the rows that pass only.
const char bestInWindow[] =
    "SELECT m.id, m.conversation_id, m.customer_id, m.channel, m.kind, m.created_at, m.author_name, "
    "  snippet(messages_fts, 0, char(2), char(3), '…', 16) "
    "FROM messages_fts CROSS JOIN messages m ON m.id = messages_fts.rowid "
    "WHERE messages_fts MATCH ?1 AND messages_fts.rowid BETWEEN ?2 AND ?3 "
    "  AND m.id IN (SELECT value FROM json_each(?4))";

MessageHit readMessageHit(const sql::Statement &s)
{
    return {s.int64(0),
            s.int64(1),
            s.int64(2),
            channelFromKey(s.text(3)).value_or(Channel::Api),
            messageKindFromKey(s.text(4)).value_or(MessageKind::Activity),
            s.int64(5),
            s.text(6),
            s.text(7)};
}

} // namespace

SearchQueries::SearchQueries(sql::Database &db)
    : db_(db)
{}

QList<MessageHit> SearchQueries::messages(QStringView userText, const SearchOptions &options)
{
    const QString query = ftsQueryFromUserText(userText);
    if (query.isEmpty() || options.limit <= 0)
        return {};
    if (options.order == SearchOrder::Relevance)
        return messagesByRelevance(query, options);
    sql::Statement select = db_.prepare(messagesByRecency);
    select.bindAll(query, options.beforeMessageId.value_or(std::numeric_limits<qint64>::max()),
                   options.limit);
    QList<MessageHit> hits;
    while (select.step())
        hits.append(readMessageHit(select));
    return hits;
}

QList<MessageHit> SearchQueries::messagesByRelevance(const QString &query, const SearchOptions &options)
{
    // Ranking every match of a common word would read its whole posting list and score each row; the window
    // of recent matches bounds that work, and it is where an agent looks first anyway.
    struct Scored
    {
        qint64 id;
        double score;
    };
    QList<Scored> window;
    {
        sql::Statement select = db_.prepare(scoresInWindow);
        select.bindAll(query, qMax(options.relevanceWindow, options.limit));
        while (select.step())
            window.append({select.int64(0), select.real(1)});
    }
    if (window.isEmpty())
        return {};
    const qint64 lowest = window.last().id;
    const qint64 highest = window.first().id;
    // Lower is better; ties go to the newer message.
    std::stable_sort(window.begin(), window.end(),
                     [](const Scored &a, const Scored &b) { return a.score < b.score; });
    window.resize(qMin<qsizetype>(window.size(), options.limit));

    // Snippets for the best only, in one pass over the window's range: one statement expands the prefix terms
    // once, where a statement per hit would expand them once per hit.
    QHash<qint64, qsizetype> rank;
    QByteArray ids = "[";
    for (qsizetype i = 0; i < window.size(); ++i) {
        rank.insert(window[i].id, i);
        ids += (i ? "," : "") + QByteArray::number(window[i].id);
    }
    ids += ']';
    QList<MessageHit> hits(window.size());
    sql::Statement select = db_.prepare(bestInWindow);
    select.bindAll(query, lowest, highest, QString::fromLatin1(ids));
    while (select.step()) {
        MessageHit hit = readMessageHit(select);
        hits[rank.value(hit.messageId)] = std::move(hit);
    }
    // A message deleted between the two statements leaves a hole.
    hits.removeIf([](const MessageHit &hit) { return hit.messageId == 0; });
    return hits;
}

QList<ConversationHit> SearchQueries::conversations(QStringView userText, int limit)
{
    const QString query = ftsQueryFromUserText(userText);
    if (query.isEmpty() || limit <= 0)
        return {};
    sql::Statement select =
        db_.prepare("SELECT c.id, c.customer_id, c.channel, c.last_activity_at, highlight(conversations_fts, "
                    "0, char(2), char(3)) "
                    "FROM conversations_fts CROSS JOIN conversations c ON c.id = conversations_fts.rowid "
                    "WHERE conversations_fts MATCH ?1 ORDER BY conversations_fts.rowid DESC LIMIT ?2");
    select.bindAll(query, limit);
    QList<ConversationHit> hits;
    while (select.step()) {
        hits.append({select.int64(0), select.int64(1), channelFromKey(select.text(2)).value_or(Channel::Api),
                     select.int64(3), select.text(4)});
    }
    return hits;
}

QList<CustomerHit> SearchQueries::customers(QStringView userText, int limit)
{
    const QString query = ftsQueryFromUserText(userText);
    if (query.isEmpty() || limit <= 0)
        return {};
    QList<CustomerHit> hits;
    QSet<qint64> seen;
    {
        sql::Statement select =
            db_.prepare("SELECT cu.id, highlight(customers_fts, 0, char(2), char(3)) "
                        "FROM customers_fts CROSS JOIN customers cu ON cu.id = customers_fts.rowid "
                        "WHERE customers_fts MATCH ?1 AND cu.merged_into IS NULL ORDER BY "
                        "customers_fts.rowid DESC LIMIT ?2");
        select.bindAll(query, limit);
        while (select.step()) {
            hits.append({select.int64(0), select.text(1), QString()});
            seen.insert(select.int64(0));
        }
    }
    sql::Statement select =
        db_.prepare("SELECT i.customer_id, cu.name, highlight(identities_fts, 0, char(2), char(3)) "
                    "FROM identities_fts CROSS JOIN identities i ON i.id = identities_fts.rowid "
                    "JOIN customers cu ON cu.id = i.customer_id "
                    "WHERE identities_fts MATCH ?1 ORDER BY identities_fts.rowid DESC LIMIT ?2");
    select.bindAll(query, limit);
    while (select.step() && hits.size() < limit) {
        const qint64 customerId = select.int64(0);
        if (seen.contains(customerId))
            continue;
        seen.insert(customerId);
        hits.append({customerId, select.text(1), select.text(2)});
    }
    return hits;
}

} // namespace kontor
