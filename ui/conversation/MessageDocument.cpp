#include "ui/conversation/MessageDocument.h"

#include "ui/common/SyntaxHighlighting.h"
#include "ui/conversation/SafeTextDocument.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextCursor>
#include <QXmlStreamReader>

namespace kontor::ui {

namespace {
bool looksLikeJson(const QString &trimmed)
{
    if (!(trimmed.startsWith(u'{') && trimmed.endsWith(u'}')) &&
        !(trimmed.startsWith(u'[') && trimmed.endsWith(u']')))
        return false;
    QJsonParseError error;
    QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    return error.error == QJsonParseError::NoError;
}

bool looksLikeXml(const QString &trimmed)
{
    if (!trimmed.startsWith(u'<') || !trimmed.endsWith(u'>'))
        return false;
    if (!trimmed.startsWith(QLatin1StringView("<?xml")))
        return false;
    QXmlStreamReader reader(trimmed);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}

QFont codeFont(const QFont &base)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(base.pointSizeF() * 0.92);
    return font;
}

void emphasiseMentions(QTextDocument &document, const QPalette &palette)
{
    static const QRegularExpression mention(QStringLiteral(R"(@\p{Lu}[\p{L}\-']+(?: \p{Lu}[\p{L}\-']+)?)"));
    QTextCharFormat format;
    format.setFontWeight(QFont::DemiBold);
    format.setForeground(palette.color(QPalette::Link));
    QTextCursor cursor = document.find(mention);
    while (!cursor.isNull()) {
        cursor.mergeCharFormat(format);
        cursor = document.find(mention, cursor);
    }
}
} // namespace

BodyKind classifyBody(const QString &body, BodyFormat format)
{
    switch (format) {
    case BodyFormat::Html:
        return BodyKind::Html;
    case BodyFormat::Markdown:
        return BodyKind::Markdown;
    case BodyFormat::Plain:
        break;
    }
    const QString trimmed = body.trimmed();
    if (looksLikeJson(trimmed))
        return BodyKind::Json;
    if (looksLikeXml(trimmed))
        return BodyKind::Xml;
    return BodyKind::Plain;
}

QString sourceSyntaxName(BodyKind kind)
{
    switch (kind) {
    case BodyKind::Html:
        return QStringLiteral("HTML");
    case BodyKind::Markdown:
        return QStringLiteral("Markdown");
    case BodyKind::Json:
        return QStringLiteral("JSON");
    case BodyKind::Xml:
        return QStringLiteral("XML");
    case BodyKind::Plain:
        break;
    }
    return {};
}

QString linkifiedHtml(const QString &plain)
{
    static const QRegularExpression links(QStringLiteral(
        R"((https?://[^\s<>"']+[^\s<>"'.,;:!?)\]])|([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}))"));
    QString html;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = links.globalMatch(plain);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        html += plain.mid(last, match.capturedStart() - last).toHtmlEscaped();
        const QString text = match.captured();
        const QString href = match.captured(1).isEmpty() ? QStringLiteral("mailto:") + text : text;
        html += QStringLiteral("<a href=\"") + href.toHtmlEscaped() + QStringLiteral("\">") +
                text.toHtmlEscaped() + QStringLiteral("</a>");
        last = match.capturedEnd();
    }
    html += plain.mid(last).toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<div style=\"white-space: pre-wrap\">") + html + QStringLiteral("</div>");
}

std::unique_ptr<SafeTextDocument> renderMessageBody(const QString &body, BodyFormat format,
                                                    const MessageRenderOptions &options)
{
    auto document = std::make_unique<SafeTextDocument>();
    document->setDocumentMargin(0);
    document->setDefaultFont(options.font);
    document->setFetchedImages(options.fetchedImages);
    document->setDefaultStyleSheet(
        QStringLiteral("a { color: %1; }").arg(options.palette.color(QPalette::Link).name()));
    const BodyKind kind = classifyBody(body, format);
    const KSyntaxHighlighting::Theme theme = syntaxTheme(options.palette);
    switch (kind) {
    case BodyKind::Html:
        document->setHtml(SafeTextDocument::sanitizeHtml(body));
        break;
    case BodyKind::Markdown:
        document->setMarkdown(body, QTextDocument::MarkdownDialectGitHub);
        highlightCodeBlocks(*document, theme, options.palette);
        break;
    case BodyKind::Json:
    case BodyKind::Xml: {
        const QString text =
            kind == BodyKind::Json
                ? QString::fromUtf8(
                      QJsonDocument::fromJson(body.trimmed().toUtf8()).toJson(QJsonDocument::Indented))
                      .trimmed()
                : body.trimmed();
        document->setDefaultFont(codeFont(options.font));
        document->setPlainText(text);
        highlightDocument(*document, syntaxDefinitionFor(sourceSyntaxName(kind)), theme);
        break;
    }
    case BodyKind::Plain:
        document->setHtml(linkifiedHtml(body));
        break;
    }
    if (options.highlightMentions)
        emphasiseMentions(*document, options.palette);
    return document;
}

} // namespace kontor::ui
