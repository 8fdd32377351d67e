// The search box's text as an FTS5 query (src/store/FtsQueryText). Whatever an agent types or pastes, the
// query must be one SQLite accepts, made of quoted phrases only, so no FTS5 operator ever reaches the engine.

#include "FuzzTarget.h"
#include "store/FtsQueryText.h"

#include <sqlite3.h>

namespace {

// A table shaped like the store's message index, with a row for the query to run over.
struct SearchIndex
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *match = nullptr;

    SearchIndex()
    {
        KONTOR_FUZZ_EXPECT(sqlite3_open(":memory:", &db) == SQLITE_OK);
        const char *schema =
            "CREATE VIRTUAL TABLE messages_fts USING fts5(body,"
            " tokenize='unicode61 remove_diacritics 2', prefix='2 3');"
            "INSERT INTO messages_fts(body) VALUES ('Hallo, meine Bestellung 4711 kam nicht an');";
        KONTOR_FUZZ_EXPECT(sqlite3_exec(db, schema, nullptr, nullptr, nullptr) == SQLITE_OK);
        KONTOR_FUZZ_EXPECT(sqlite3_prepare_v2(db,
                                              "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?1",
                                              -1, &match, nullptr) == SQLITE_OK);
    }
};

// Quoted phrases ("a" "b""c" "d"*) separated by single spaces; only the last may carry the prefix star.
bool isOnlyQuotedPhrases(const QString &query)
{
    qsizetype i = 0;
    const qsizetype n = query.size();
    while (i < n) {
        if (query[i] != u'"')
            return false;
        ++i;
        for (;;) {
            if (i >= n)
                return false;
            if (query[i] == u'"') {
                if (i + 1 < n && query[i + 1] == u'"') {
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            ++i;
        }
        if (i < n && query[i] == u'*') {
            ++i;
            if (i != n)
                return false;
        }
        if (i < n) {
            if (query[i] != u' ' || i + 1 == n)
                return false;
            ++i;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static SearchIndex index;
    const QString text = kontor::fuzz::textOf(data, size);
    const QString query = kontor::ftsQueryFromUserText(text);

    bool searchable = false;
    for (QChar c : text)
        searchable = searchable || c.isLetterOrNumber();
    KONTOR_FUZZ_EXPECT(query.isEmpty() == !searchable);
    KONTOR_FUZZ_EXPECT(isOnlyQuotedPhrases(query));
    if (query.isEmpty())
        return 0;

    const QByteArray utf8 = query.toUtf8();
    sqlite3_reset(index.match);
    KONTOR_FUZZ_EXPECT(
        sqlite3_bind_text(index.match, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) == SQLITE_OK);
    const int step = sqlite3_step(index.match);
    if (step != SQLITE_ROW)
        std::fprintf(stderr, "FTS5 refused the query: %s\n", sqlite3_errmsg(index.db));
    KONTOR_FUZZ_EXPECT(step == SQLITE_ROW);
    sqlite3_reset(index.match);
    return 0;
}
