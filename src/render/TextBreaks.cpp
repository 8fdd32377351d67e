#include "render/TextBreaks.h"

namespace kontor::render {

namespace {
constexpr QChar kZeroWidthSpace(0x200B);
}

QString withBreakOpportunities(QStringView text, qsizetype maxRun)
{
    QString out;
    qsizetype run = 0;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace() || c == kZeroWidthSpace || c == u'-' || c == u'/') {
            run = 0;
            continue;
        }
        if (++run <= maxRun || c.isLowSurrogate())
            continue;
        if (out.isEmpty())
            out.reserve(text.size() + text.size() / maxRun + 1);
        out += text.sliced(copied, i - copied);
        out += kZeroWidthSpace;
        copied = i;
        run = 1;
    }
    if (copied == 0)
        return text.toString();
    out += text.sliced(copied);
    return out;
}

QString withoutBreakOpportunities(QString text)
{
    return text.remove(kZeroWidthSpace);
}

} // namespace kontor::render
