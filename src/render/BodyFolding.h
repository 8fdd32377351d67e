#pragma once

#include <QString>
#include <QStringView>

namespace kontor::render {

// The beginning of a long text body, cut at a line end where there is one within the bounds (else within the
// line: a single line can be as long as the whole body).
struct FoldedBody
{
    QString text;
    bool folded = false; // something was left out
    qsizetype hiddenChars = 0;
};

// wholeLines: cut at a line end whenever one is within the bounds (Markdown: a construct cut in the middle of
// its line, an image reference above all, would show as its source).
FoldedBody foldBody(QStringView body, qsizetype maxLines, qsizetype maxChars, bool wholeLines = false);

} // namespace kontor::render
