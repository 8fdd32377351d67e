#pragma once

#include <QString>
#include <QStringList>

namespace kontor {

// Names are weak evidence: many people share one, and one person writes theirs in several ways. A similar
// name may therefore only ever produce a merge suggestion that an agent confirms, never a merge.

// The name reduced to what stays the same across spellings: case-folded, diacritics and letter variants
// folded to their base letters ("Jürgen Ærø-Øster" -> "jurgen aero oster"), punctuation removed, one space
// between words.
QString foldName(QStringView name);
// The words of the folded name.
QStringList nameTokens(QStringView name);

// How alike two names are, from 0 (nothing shared) to 1 (the same after folding, in any word order: "Schmidt,
// Anna" and "anna schmidt"). Words match when equal, when one is the initial of the other ("A." and "Anna"),
// or when a small typo or transliteration apart ("Müller" and "Mueller"); a name that is the other with words
// left out ("Anna Schmidt" and "Anna Maria Schmidt") scores a little below a full match.
double nameSimilarity(QStringView first, QStringView second);

// The similarity from which two customers are suggested for merging.
inline constexpr double kNameSuggestionThreshold = 0.85;

// Whether two names are similar enough to suggest that the customers are one person. Both need at least two
// words: a lone first name ("Anna") is shared by too many people to suggest anything.
bool namesSuggestSamePerson(QStringView first, QStringView second);

} // namespace kontor
