#include "ui/conversation/MessageDocument.h"

#include "render/BodyFolding.h"
#include "render/HtmlSanitizer.h"
#include "render/InteractionHtml.h"
#include "render/MarkdownHtml.h"
#include "render/TextBreaks.h"
#include "ui/common/SyntaxHighlighting.h"
#include "ui/conversation/SafeTextDocument.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextBlock>
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

render::SanitizeOptions sanitizeOptions(const MessageRenderOptions &options)
{
    render::SanitizeOptions sanitize =
        options.expanded ? render::expandedSanitizeOptions() : render::SanitizeOptions();
    sanitize.allowRemoteImages = options.allowRemoteImages;
    return sanitize;
}

render::FoldedBody foldedText(const QString &text, const MessageRenderOptions &options,
                              bool wholeLines = false)
{
    namespace limits = render::limits;
    return options.expanded
               ? render::foldBody(text, limits::kExpandedLines, limits::kExpandedChars, wholeLines)
               : render::foldBody(text, limits::kFoldedLines, limits::kFoldedChars, wholeLines);
}

// Fills the document with sanitized HTML; returns whether the sanitizer left something out.
bool setSanitizedHtml(SafeTextDocument &document, const QString &html, const MessageRenderOptions &options)
{
    const render::SanitizedHtml sanitized = render::sanitizeHtmlDocument(html, sanitizeOptions(options));
    document.setHtml(sanitized.html);
    document.setRemoteImages(sanitized.remoteImages, options.allowRemoteImages);
    return sanitized.truncated;
}

// The code blocks of Markdown lose their language on the way through HTML; markdownToHtml numbered them.
void restoreCodeBlocks(QTextDocument &document, const QStringList &languages)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int state = block.userState();
        if (state < 1 || state > languages.size())
            continue;
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setProperty(QTextFormat::BlockCodeLanguage, languages[state - 1]);
        format.setProperty(QTextFormat::BlockCodeFence, QStringLiteral("`"));
        cursor.setBlockFormat(format);
        block.setUserState(-1);
    }
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
    // A payload larger than anything shown in full is shown as text: parsing it would cost more than it
    // shows.
    if (body.size() > render::limits::kMaxPayloadChars)
        return BodyKind::Plain;
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
        html += render::withBreakOpportunities(plain.mid(last, match.capturedStart() - last)).toHtmlEscaped();
        const QString text = match.captured();
        const QString href = match.captured(1).isEmpty() ? QStringLiteral("mailto:") + text : text;
        html += QStringLiteral("<a href=\"") + href.toHtmlEscaped() + QStringLiteral("\">") +
                render::withBreakOpportunities(text).toHtmlEscaped() + QStringLiteral("</a>");
        last = match.capturedEnd();
    }
    html += render::withBreakOpportunities(plain.mid(last)).toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<div style=\"white-space: pre-wrap\">") + html + QStringLiteral("</div>");
}

namespace {
// An interactive message shows what it offered and what the customer answered below its text.
void appendInteraction(SafeTextDocument &document, const QByteArray &json)
{
    const std::optional<MessageInteraction> interaction = MessageInteraction::fromJson(json);
    if (!interaction)
        return;
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    if (!document.isEmpty())
        cursor.insertBlock();
    cursor.insertHtml(
        render::sanitizeHtml(render::interactionHtml(*interaction), render::expandedSanitizeOptions()));
}
} // namespace

std::unique_ptr<SafeTextDocument> renderMessageBody(const QString &body, BodyFormat format,
                                                    const MessageRenderOptions &options)
{
    auto document = std::make_unique<SafeTextDocument>();
    document->setDocumentMargin(0);
    document->setDefaultFont(options.font);
    document->setFetchedImageLookup(options.fetchedImage);
    document->setDefaultStyleSheet(
        QStringLiteral("a { color: %1; }").arg(options.palette.color(QPalette::Link).name()));
    const BodyKind kind = classifyBody(body, format);
    bool folded = false;
    const KSyntaxHighlighting::Theme theme = syntaxTheme(options.palette);
    switch (kind) {
    case BodyKind::Html:
        folded = setSanitizedHtml(*document, body, options);
        break;
    case BodyKind::Markdown: {
        const render::FoldedBody source = foldedText(body, options, true);
        const render::MarkdownHtml markdown = render::markdownToHtml(source.text);
        folded = setSanitizedHtml(*document, markdown.html, options) || source.folded;
        restoreCodeBlocks(*document, markdown.codeLanguages);
        if (document->blockCount() <= render::limits::kMaxHighlightedBlocks)
            highlightCodeBlocks(*document, theme, options.palette);
        break;
    }
    case BodyKind::Json:
    case BodyKind::Xml: {
        const QString text =
            kind == BodyKind::Json
                ? QString::fromUtf8(
                      QJsonDocument::fromJson(body.trimmed().toUtf8()).toJson(QJsonDocument::Indented))
                      .trimmed()
                : body.trimmed();
        const render::FoldedBody shown = foldedText(text, options);
        folded = shown.folded;
        document->setDefaultFont(codeFont(options.font));
        document->setPlainText(render::withBreakOpportunities(shown.text));
        if (document->blockCount() <= render::limits::kMaxHighlightedBlocks)
            highlightDocument(*document, syntaxDefinitionFor(sourceSyntaxName(kind)), theme);
        break;
    }
    case BodyKind::Plain: {
        const render::FoldedBody shown = foldedText(body, options);
        folded = shown.folded;
        document->setHtml(linkifiedHtml(shown.text));
        break;
    }
    }
    if (!options.interaction.isEmpty())
        appendInteraction(*document, options.interaction);
    document->setFolded(folded);
    if (options.highlightMentions)
        emphasiseMentions(*document, options.palette);
    return document;
}

} // namespace kontor::ui
