#pragma once

#include <QString>

namespace kontor {

// Turns what an agent typed into an FTS5 query that can never be a syntax error and never uses FTS5
// operators: every word becomes a quoted phrase (so AND, OR, NOT, NEAR, '*', '^', ':', '"' and brackets are
// plain text), all words must match, and the last word also matches as a prefix while the agent is still
// typing it. Words without a letter or digit are dropped. Returns an empty string when nothing searchable is
// left: the caller then searches nothing rather than everything.
QString ftsQueryFromUserText(QStringView userText);

} // namespace kontor
