#include "store/TextRendition.h"

namespace kontor {

namespace {

bool startsWithTag(QStringView rest, QLatin1StringView name)
{
    if (!rest.startsWith(name, Qt::CaseInsensitive))
        return false;
    if (rest.size() == name.size())
        return true;
    const QChar next = rest.at(name.size());
    return next == u'>' || next == u'/' || next.isSpace();
}

// Decodes the entity at the start of text (just after '&'); returns the characters consumed, 0 if none.
qsizetype decodeEntity(QStringView text, QString &out)
{
    const qsizetype semicolon = text.left(10).indexOf(u';');
    if (semicolon <= 0)
        return 0;
    const QStringView name = text.left(semicolon);
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X')
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
            return 0;
        const char32_t c = code;
        out += QString::fromUcs4(&c, 1);
        return semicolon + 1;
    }
    static const struct
    {
        const char *name;
        char16_t value;
    } known[] = {{"amp", u'&'},   {"lt", u'<'},        {"gt", u'>'},         {"quot", u'"'},
                 {"apos", u'\''}, {"nbsp", u'\u00a0'}, {"ndash", u'\u2013'}, {"mdash", u'\u2014'}};
    for (const auto &entity : known) {
        if (name == QLatin1StringView(entity.name)) {
            out += QChar(entity.value);
            return semicolon + 1;
        }
    }
    return 0;
}

} // namespace

QString plainTextFromHtml(QStringView html)
{
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const QStringView rest = html.mid(i + 1);
            if (rest.startsWith(u"!--")) {
                const qsizetype end = html.indexOf(u"-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            const qsizetype close = html.indexOf(u'>', i + 1);
            if (close < 0)
                break;
            for (QLatin1StringView raw : {QLatin1StringView("script"), QLatin1StringView("style")}) {
                if (startsWithTag(rest, raw)) {
                    const qsizetype end =
                        html.indexOf(QString(QStringLiteral("</") + raw), close, Qt::CaseInsensitive);
                    const qsizetype endClose = end < 0 ? -1 : html.indexOf(u'>', end);
                    i = endClose < 0 ? n : endClose;
                    break;
                }
            }
            if (i < close)
                i = close;
            ++i;
            out += u' '; // tags separate words ("a<br>b", "</p><p>")
            continue;
        }
        if (c == u'&') {
            const qsizetype used = decodeEntity(html.mid(i + 1), out);
            if (used > 0) {
                i += used + 1;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out.simplified();
}

QString previewLine(QStringView text, qsizetype maxChars)
{
    // Bounded work for huge bodies: only the start can end up in the preview.
    QString line = text.left(maxChars * 4).toString().simplified();
    if (line.size() > maxChars) {
        line.truncate(maxChars - 1);
        if (line.back().isHighSurrogate())
            line.chop(1);
        line += QChar(0x2026);
    }
    return line;
}

} // namespace kontor
