#include "store/FtsQueryText.h"

#include <QStringList>

namespace kontor {

namespace {

// Bounds keep a pasted paragraph from becoming a query with hundreds of terms.
constexpr qsizetype maxTerms = 16;
constexpr qsizetype maxTermLength = 64;
// The prefix indexes cover 2 and 3 characters; a 1-character prefix would merge the term lists of a good part
// of the vocabulary, so it is matched as a whole word instead.
constexpr qsizetype minPrefixLength = 2;

bool isSearchable(QStringView word)
{
    for (QChar c : word) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace

QString ftsQueryFromUserText(QStringView userText)
{
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && isSearchable(word) && terms.size() < maxTerms)
            terms.append(word.left(maxTermLength));
        word.clear();
    };
    for (QChar c : userText) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.isNull())
            flush();
        else
            word += c;
    }
    flush();

    QString query;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        QString quoted = terms[i];
        quoted.replace(u'"', QStringLiteral("\"\""));
        if (!query.isEmpty())
            query += u' ';
        query += u'"' + quoted + u'"';
        if (i == terms.size() - 1 && terms[i].size() >= minPrefixLength)
            query += u'*';
    }
    return query;
}

} // namespace kontor
