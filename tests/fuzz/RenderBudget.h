#pragma once

#include <QString>

namespace kontor::fuzz {

// Qt's text layout takes time exponential in the depth of nested tables (15 levels: about a second, 20:
// over half a minute), so a mail of a few hundred bytes can stall the timeline. Until the sanitiser bounds
// the nesting, inputs with more tables than this are only sanitised, not laid out, so that the harnesses keep
// looking for other faults instead of reporting this one over and over.
constexpr qsizetype maxTablesToLayOut = 8;

inline bool fitsLayoutBudget(const QString &markup)
{
    return markup.count(QLatin1StringView("<table"), Qt::CaseInsensitive) <= maxTablesToLayOut;
}

} // namespace kontor::fuzz
