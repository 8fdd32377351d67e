#include "core/NameSimilarity.h"

#include <QList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kontor {

namespace {

// Bounds the work on hostile input; no real name comes near these.
constexpr qsizetype kMaxNameLength = 200;
constexpr qsizetype kMaxWords = 8;

// An initial ("A.") stands for its word, but less surely than the word written out.
constexpr double kInitialScore = 0.9;
// Words closer than this (1 - edits / length) are spellings of one word: "mueller"/"muller" is 0.86, while
// "anna"/"hanna" (0.8) and "jon"/"john" (0.75) are different names.
constexpr double kMinSpellingScore = 0.8;
// A name with words left out ("Anna Schmidt" for "Anna Maria Schmidt") is likely the same, but less than one
// written the same way.
constexpr double kOmittedWordsFactor = 0.9;

// Letters that Unicode decomposition leaves alone because they are letters of their own, written as their
// usual transliteration.
QStringView transliteration(QChar c)
{
    switch (c.unicode()) {
    case u'ß':
    case 0x1E9E: // capital sharp s
        return u"ss";
    case u'æ':
        return u"ae";
    case u'ø':
        return u"o";
    case u'œ':
        return u"oe";
    case u'đ':
    case u'ð':
        return u"d";
    case u'ł':
        return u"l";
    case u'þ':
        return u"th";
    case u'ı':
        return u"i";
    case u'ħ':
        return u"h";
    case u'ŧ':
        return u"t";
    default:
        return {};
    }
}

// Apostrophes join the parts of a name ("O'Brien", "D’Angelo") rather than separating words.
bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC' || c == u'`' || c == u'\u00B4';
}

qsizetype editDistance(QStringView a, QStringView b)
{
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

double wordSimilarity(QStringView a, QStringView b)
{
    if (a == b)
        return 1.0;
    if (a.size() == 1 || b.size() == 1)
        return a.front() == b.front() ? kInitialScore : 0.0;
    const double longest = double(std::max(a.size(), b.size()));
    const double score = 1.0 - double(editDistance(a, b)) / longest;
    return score > kMinSpellingScore ? score : 0.0;
}

} // namespace

QString foldName(QStringView name)
{
    // Compatibility decomposition splits accents from their letters ("é" -> "e" + accent) and plain forms
    // from styled ones (ligatures, full-width letters).
    const QString decomposed = name.first(std::min(name.size(), kMaxNameLength))
                                   .toString()
                                   .normalized(QString::NormalizationForm_KD)
                                   .toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    bool wordEnded = false;
    for (const QChar c : decomposed) {
        if (c.isMark() || isApostrophe(c))
            continue;
        if (!c.isLetterOrNumber()) {
            wordEnded = true;
            continue;
        }
        if (wordEnded && !folded.isEmpty())
            folded.append(u' ');
        wordEnded = false;
        if (const QStringView replacement = transliteration(c); !replacement.isEmpty())
            folded.append(replacement);
        else
            folded.append(c);
    }
    return folded;
}

QStringList nameTokens(QStringView name)
{
    QStringList words = foldName(name).split(u' ', Qt::SkipEmptyParts);
    if (words.size() > kMaxWords)
        words.resize(kMaxWords);
    return words;
}

double nameSimilarity(QStringView first, QStringView second)
{
    const QStringList a = nameTokens(first);
    const QStringList b = nameTokens(second);
    if (a.isEmpty() || b.isEmpty())
        return 0.0;

    // Word order does not matter ("Schmidt, Anna"): the best-matching pair of words is taken first, and each
    // word is used once.
    struct WordPair
    {
        double score;
        qsizetype first;
        qsizetype second;
    };
    QList<WordPair> pairs;
    for (qsizetype i = 0; i < a.size(); ++i) {
        for (qsizetype j = 0; j < b.size(); ++j) {
            if (const double score = wordSimilarity(a[i], b[j]); score > 0.0)
                pairs.append({score, i, j});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const WordPair &x, const WordPair &y) { return x.score > y.score; });
    QList<bool> usedFirst(a.size(), false);
    QList<bool> usedSecond(b.size(), false);
    double sum = 0.0;
    qsizetype matched = 0;
    for (const WordPair &pair : pairs) {
        if (usedFirst[pair.first] || usedSecond[pair.second])
            continue;
        usedFirst[pair.first] = usedSecond[pair.second] = true;
        sum += pair.score;
        ++matched;
    }

    const qsizetype shorter = std::min(a.size(), b.size());
    const qsizetype longer = std::max(a.size(), b.size());
    if (matched == shorter && shorter >= 2 && shorter < longer)
        return kOmittedWordsFactor * sum / double(shorter);
    return sum / double(longer);
}

bool namesSuggestSamePerson(QStringView first, QStringView second)
{
    // Two words, one of them more than an initial: "A. S." and "Anna" match too many people.
    const auto isSpecificEnough = [](const QStringList &words) {
        return words.size() >= 2 &&
               std::any_of(words.begin(), words.end(), [](const QString &w) { return w.size() > 1; });
    };
    if (!isSpecificEnough(nameTokens(first)) || !isSpecificEnough(nameTokens(second)))
        return false;
    return nameSimilarity(first, second) >= kNameSuggestionThreshold;
}

} // namespace kontor
