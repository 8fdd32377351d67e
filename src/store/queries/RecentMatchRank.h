#pragma once

namespace kontor::sql {
class Database;
}

namespace kontor {

// Registers kontor_rank(fts_table) on a connection: BM25's term-frequency part (saturation and document
// length normalisation, k1 = 1.2, b = 0.75) without its rarity factor. bm25() computes each term's rarity by
// reading every match of the term, 40 ms for a word in most messages at a million messages, even when only a
// few hundred recent matches are ranked. Within a window of matches of the same query the rarity factors are
// constants per term, so the order this loses is only between terms of a multi-word query. Lower is better,
// as with bm25().
void registerRecentMatchRank(sql::Database &db);

} // namespace kontor
