#include "connectors/demo/backend/DemoBody.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kontor {

namespace {

QString quotedLines(const QString &text)
{
    QString result;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            result.append(u'\n');
        result.append(lines[i].isEmpty() ? u">"_s : u"> "_s + lines[i]);
    }
    return result;
}

QString htmlText(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString renderText(const DemoBody &body, bool markdown)
{
    QString result;
    for (const DemoBlock &block : body) {
        QString part;
        switch (block.kind) {
        case DemoBlock::Kind::Paragraph:
            part = block.text;
            break;
        case DemoBlock::Kind::Code:
            part = markdown ? u"```"_s + block.detail + u'\n' + block.text + u"\n```"_s : block.text;
            break;
        case DemoBlock::Kind::Image:
            if (markdown)
                part = u"!["_s + block.text + u"]("_s + block.detail + u')';
            break;
        case DemoBlock::Kind::Quote:
            part = block.detail + u'\n' + quotedLines(block.text);
            break;
        }
        if (part.isEmpty())
            continue;
        if (!result.isEmpty())
            result.append(u"\n\n"_s);
        result.append(part);
    }
    return result;
}

QString renderHtml(const DemoBody &body)
{
    QString result = u"<div dir=\"ltr\">"_s;
    for (const DemoBlock &block : body) {
        switch (block.kind) {
        case DemoBlock::Kind::Paragraph:
            result += u"<p>"_s + htmlText(block.text) + u"</p>"_s;
            break;
        case DemoBlock::Kind::Code:
            result += u"<pre><code class=\"language-"_s + block.detail + u"\">"_s +
                      block.text.toHtmlEscaped() + u"</code></pre>"_s;
            break;
        case DemoBlock::Kind::Image:
            result += u"<p><img src=\""_s + block.detail.toHtmlEscaped() + u"\" alt=\""_s +
                      block.text.toHtmlEscaped() + u"\" style=\"max-width:480px\"></p>"_s;
            break;
        case DemoBlock::Kind::Quote:
            result += u"<div class=\"quote\"><div class=\"quote-attribution\">"_s +
                      block.detail.toHtmlEscaped() +
                      u"</div><blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;"
                      u"padding-left:1ex\">"_s;
            if (!block.html.isEmpty()) {
                result += block.html;
            } else {
                for (const QString &paragraph : block.text.split(u"\n\n"_s))
                    result += u"<p>"_s + htmlText(paragraph) + u"</p>"_s;
            }
            result += u"</blockquote></div>"_s;
            break;
        }
    }
    result += u"</div>"_s;
    return result;
}

QString decodeEntities(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s);
    text.replace(u"&nbsp;"_s, u" "_s);
    text.replace(u"&amp;"_s, u"&"_s);
    return text;
}

// Drops the tags of the HTML the demo itself writes; quoted parts are left out, as mail clients do when
// quoting a quote would nest too deep.
QString htmlToText(const QString &html)
{
    QString text;
    text.reserve(html.size());
    int quoteDepth = 0;
    qsizetype pos = 0;
    while (pos < html.size()) {
        const QChar c = html.at(pos);
        if (c != u'<') {
            if (quoteDepth == 0)
                text.append(c);
            ++pos;
            continue;
        }
        const qsizetype end = html.indexOf(u'>', pos);
        if (end < 0)
            break;
        const QStringView tag = QStringView(html).mid(pos + 1, end - pos - 1);
        if (tag.startsWith(u"div class=\"quote\""))
            ++quoteDepth;
        else if (quoteDepth > 0 && tag.startsWith(u"/blockquote"))
            --quoteDepth;
        else if (quoteDepth == 0 && (tag == u"br" || tag == u"/p" || tag == u"/pre"))
            text.append(tag == u"br" ? u"\n"_s : u"\n\n"_s);
        pos = end + 1;
    }
    return decodeEntities(text).trimmed();
}

} // namespace

void appendParagraphs(DemoBody &body, const QString &text)
{
    for (const QString &paragraph : text.split(u"\n\n"_s, Qt::SkipEmptyParts))
        body.append({DemoBlock::Kind::Paragraph, paragraph, {}, {}});
}

QString renderDemoBody(const DemoBody &body, BodyFormat format)
{
    switch (format) {
    case BodyFormat::Html:
        return renderHtml(body);
    case BodyFormat::Markdown:
        return renderText(body, true);
    case BodyFormat::Plain:
        break;
    }
    return renderText(body, false);
}

QString demoPlainText(const QString &body, BodyFormat format)
{
    if (format != BodyFormat::Html) {
        // A plain reply ends with the attribution line and the "> " lines of what it answers: leave both out.
        QStringList lines = body.split(u'\n');
        qsizetype quoteStart = -1;
        for (qsizetype i = 0; i < lines.size() && quoteStart < 0; ++i) {
            if (lines[i].startsWith(u'>'))
                quoteStart = i;
        }
        if (quoteStart < 0)
            return body;
        lines.resize(quoteStart > 0 ? quoteStart - 1 : 0);
        return lines.join(u'\n').trimmed();
    }
    QString text = htmlToText(body);
    while (text.contains(u"\n\n\n"_s))
        text.replace(u"\n\n\n"_s, u"\n\n"_s);
    return text;
}

} // namespace kontor
