#include "render/HtmlInput.h"

namespace kontor::render {

namespace {
bool startsTag(QStringView html, qsizetype at)
{
    if (html[at] != u'<' || at + 1 >= html.size())
        return false;
    const QChar next = html[at + 1];
    return next.isLetter() || next == u'/' || next == u'!' || next == u'?';
}

bool isDataUri(QStringView value)
{
    qsizetype begin = 0;
    while (begin < value.size() && value[begin].unicode() <= 0x20)
        ++begin;
    // Entities would have to be decoded first: such a value is left to the parser.
    return value.sliced(begin).startsWith(u"data:", Qt::CaseInsensitive) && !value.contains(u'&');
}
} // namespace

BoundedHtmlInput boundHtmlInput(QStringView html, qsizetype maxTextChars, qsizetype maxTags)
{
    BoundedHtmlInput input;
    // Raw text counts generously (white space, entities, markup the scan takes for text), so that what is cut
    // here would have been past the budget anyway; markup gets a share per tag.
    const qsizetype textBudget = qMax<qsizetype>(4 * maxTextChars, 64 * 1024);
    const qsizetype parseBudget = textBudget + maxTags * 128;
    const qsizetype end = qMin(html.size(), limits::kMaxHtmlInputChars);
    qsizetype copied = 0;   // html[copied, i) is still to be appended
    qsizetype setAside = 0; // characters of the payloads set aside so far
    qsizetype text = 0;
    qsizetype tags = 0;
    qsizetype i = 0;
    auto overBudget = [&] { return i - setAside > parseBudget; };
    while (i < end && !overBudget()) {
        if (!startsTag(html, i)) {
            if (++text > textBudget)
                break;
            ++i;
            continue;
        }
        if (++tags > maxTags)
            break;
        // Through the tag to its '>'. A quote opens a value only after '=', as the tokenizer reads it; quoted
        // data: URIs longer than an attribute may be are set aside.
        ++i;
        bool afterEquals = false;
        while (i < end && html[i] != u'>' && !overBudget()) {
            const QChar c = html[i];
            if (c == u'=') {
                afterEquals = true;
                ++i;
                continue;
            }
            if (!afterEquals || (c != u'"' && c != u'\'')) {
                afterEquals = afterEquals && c.isSpace();
                ++i;
                continue;
            }
            afterEquals = false;
            qsizetype close = html.indexOf(c, i + 1);
            if (close < 0 || close > end)
                close = end;
            const QStringView value = html.sliced(i + 1, close - i - 1);
            if (value.size() > limits::kMaxAttributeChars && isDataUri(value)) {
                input.html += html.sliced(copied, i + 1 - copied);
                input.html += kPayloadScheme.toString() + u':' + QString::number(input.payloads.size());
                input.payloads.append(value);
                setAside += value.size();
                copied = close;
            } else if (close - setAside > parseBudget) {
                i = parseBudget + setAside + 1; // a value that long costs a parse of its own: cut inside it
                break;
            }
            i = close + 1;
        }
        if (i < end && !overBudget())
            ++i; // the '>'
    }
    i = qMin(i, end);
    input.html += html.sliced(copied, i - copied);
    input.cut = i < html.size();
    return input;
}

} // namespace kontor::render
