#include "render/BodyFolding.h"

namespace kontor::render {

FoldedBody foldBody(QStringView body, qsizetype maxLines, qsizetype maxChars, bool wholeLines)
{
    qsizetype end = qMin(body.size(), maxChars);
    qsizetype lines = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (body[i] == u'\n' && ++lines >= maxLines) {
            end = i;
            break;
        }
    }
    if (end < body.size()) {
        // Prefer the end of the last whole line when it keeps most of what fits.
        const qsizetype lineEnd = body.left(end).lastIndexOf(u'\n');
        if (lineEnd > end / 2 || (wholeLines && lineEnd > 0))
            end = lineEnd;
        // Never split a surrogate pair.
        if (end > 0 && body[end - 1].isHighSurrogate())
            --end;
    }
    FoldedBody folded;
    folded.text = body.left(end).toString();
    folded.folded = end < body.size();
    folded.hiddenChars = body.size() - end;
    return folded;
}

} // namespace kontor::render
