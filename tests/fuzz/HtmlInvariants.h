#pragma once

#include "FuzzTarget.h"

#include <QString>
#include <QStringList>

namespace kontor::fuzz {

// The markup a sanitiser may let through, read the way a lenient HTML parser reads tags: '<' and a letter
// open a tag, attributes are separated by white space or '/', values are quoted or run to white space or '>'.
// Everything between tags is text and not looked at.
struct HtmlTag
{
    QString name;                                  // lower case
    QList<std::pair<QString, QString>> attributes; // names lower case, values as written
};

inline QList<HtmlTag> scanTags(const QString &html)
{
    QList<HtmlTag> tags;
    const qsizetype n = html.size();
    qsizetype i = 0;
    // HTML's own white space (not Unicode's), and the '/' that lenient parsers also split attributes at.
    const auto isSeparator = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r' || c == u'/';
    };
    const auto isSpace = [&](qsizetype at) { return isSeparator(html[at]); };
    while (i < n) {
        if (html[i] != u'<' || i + 1 >= n || !html[i + 1].isLetter()) {
            ++i;
            continue;
        }
        HtmlTag tag;
        i += 1;
        while (i < n && !isSpace(i) && html[i] != u'>')
            tag.name += html[i++].toLower();
        while (i < n && html[i] != u'>') {
            while (i < n && isSpace(i))
                ++i;
            QString name;
            while (i < n && !isSpace(i) && html[i] != u'>' && (name.isEmpty() || html[i] != u'='))
                name += html[i++].toLower();
            while (i < n && isSpace(i) && html[i] != u'/')
                ++i;
            QString value;
            if (i < n && html[i] == u'=') {
                ++i;
                while (i < n && isSpace(i) && html[i] != u'/')
                    ++i;
                if (i < n && (html[i] == u'"' || html[i] == u'\'')) {
                    const QChar quote = html[i++];
                    while (i < n && html[i] != quote)
                        value += html[i++];
                    ++i;
                } else {
                    while (i < n && !(isSpace(i) && html[i] != u'/') && html[i] != u'>')
                        value += html[i++];
                }
            }
            if (!name.isEmpty())
                tag.attributes.append({name, value});
        }
        tags.append(tag);
    }
    return tags;
}

// A URL value as a browser compares its scheme: entity-free here, but control characters and white space
// inside "java\tscript:" are ignored.
inline QString schemeOf(const QString &url)
{
    QString compact;
    for (QChar c : url) {
        if (c == u':')
            return compact;
        if (!c.isSpace() && c.category() != QChar::Other_Control)
            compact += c.toLower();
    }
    return {};
}

// Nothing in the markup runs code: no script-bearing element, no event handler attribute, no script URL.
inline void expectNoActiveContent(const QString &html)
{
    static const QStringList activeElements{QStringLiteral("script"), QStringLiteral("iframe"),
                                            QStringLiteral("frame"),  QStringLiteral("frameset"),
                                            QStringLiteral("object"), QStringLiteral("embed"),
                                            QStringLiteral("applet"), QStringLiteral("base"),
                                            QStringLiteral("meta"),   QStringLiteral("link")};
    KONTOR_FUZZ_EXPECT(!html.contains(QLatin1StringView("<script"), Qt::CaseInsensitive));
    for (const HtmlTag &tag : scanTags(html)) {
        KONTOR_FUZZ_EXPECT(!activeElements.contains(tag.name));
        for (const auto &[name, value] : tag.attributes) {
            KONTOR_FUZZ_EXPECT(!name.startsWith(QLatin1StringView("on")) || value.isEmpty());
            const QString scheme = schemeOf(value);
            if (name == QLatin1StringView("href") || name == QLatin1StringView("src")) {
                KONTOR_FUZZ_EXPECT(scheme != QLatin1StringView("javascript"));
                KONTOR_FUZZ_EXPECT(scheme != QLatin1StringView("vbscript"));
            }
        }
    }
}

} // namespace kontor::fuzz
