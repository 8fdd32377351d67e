#include "store/queries/RecentMatchRank.h"

#include "store/sql/Database.h"
#include "store/sql/Error.h"

#include <sqlite3.h>
#include <vector>

namespace kontor {

namespace {

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int, sqlite3_value **)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    sqlite3_int64 rows = 0;
    sqlite3_int64 totalTokens = 0;
    int documentTokens = 0;
    int instances = 0;
    if (api->xRowCount(fts, &rows) != SQLITE_OK ||
        api->xColumnTotalSize(fts, -1, &totalTokens) != SQLITE_OK ||
        api->xColumnSize(fts, -1, &documentTokens) != SQLITE_OK ||
        api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(context, "kontor_rank: no match information", -1);
        return;
    }
    std::vector<int> frequency(size_t(qMax(0, api->xPhraseCount(fts))), 0);
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase >= 0 &&
            size_t(phrase) < frequency.size())
            ++frequency[size_t(phrase)];
    }
    const double averageTokens = rows > 0 ? double(totalTokens) / double(rows) : 1.0;
    const double lengthNorm = k1 * (1 - b + b * double(documentTokens) / qMax(averageTokens, 1.0));
    double score = 0;
    for (const int tf : frequency)
        score += tf * (k1 + 1) / (tf + lengthNorm);
    sqlite3_result_double(context, -score);
}

fts5_api *fts5Api(sql::Database &db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    // The pointer binding has no typed wrapper: it is the one place the raw statement is needed.
    if (sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

void registerRecentMatchRank(sql::Database &db)
{
    fts5_api *api = fts5Api(db);
    if (!api || api->xCreateFunction(api, "kontor_rank", nullptr, &rank, nullptr) != SQLITE_OK)
        throw sql::Error(SQLITE_ERROR, SQLITE_ERROR, QStringLiteral("cannot register kontor_rank"),
                         QString());
}

} // namespace kontor
