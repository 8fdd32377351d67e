#include "ui/common/SyntaxHighlighting.h"

#include "ui/common/WorkspaceColors.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>

namespace kontor::ui {

namespace {
// Runs a definition over lines and merges the resulting formats into the blocks that hold them.
class BlockHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    void highlight(QTextDocument &document, QTextBlock first, QTextBlock end)
    {
        KSyntaxHighlighting::State state;
        for (QTextBlock block = first; block.isValid() && block != end; block = block.next()) {
            block_ = block;
            state = highlightLine(block.text(), state);
        }
        Q_UNUSED(document)
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || format.isDefaultTextStyle(theme()))
            return;
        QTextCharFormat chars;
        if (format.hasTextColor(theme()))
            chars.setForeground(format.textColor(theme()));
        if (format.isBold(theme()))
            chars.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            chars.setFontItalic(true);
        QTextCursor cursor(block_);
        cursor.setPosition(block_.position() + offset);
        cursor.setPosition(block_.position() + offset + length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(chars);
    }

private:
    QTextBlock block_;
};

bool isCodeBlock(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeFence) ||
           format.hasProperty(QTextFormat::BlockCodeLanguage);
}
} // namespace

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Theme syntaxTheme(const QPalette &palette)
{
    return syntaxRepository().defaultTheme(isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                           : KSyntaxHighlighting::Repository::LightTheme);
}

KSyntaxHighlighting::Definition syntaxDefinitionFor(const QString &nameOrFileName)
{
    const QString name = nameOrFileName.trimmed();
    if (name.isEmpty())
        return {};
    KSyntaxHighlighting::Repository &repository = syntaxRepository();
    // Fences use short names; the repository knows definitions by their display names and file patterns.
    KSyntaxHighlighting::Definition definition = repository.definitionForName(name);
    if (!definition.isValid())
        definition = repository.definitionForFileName(QStringLiteral("snippet.") + name.toLower());
    if (!definition.isValid())
        definition = repository.definitionForFileName(name);
    if (!definition.isValid())
        definition = repository.definitionForMimeType(name);
    return definition;
}

void highlightDocument(QTextDocument &document, const KSyntaxHighlighting::Definition &definition,
                       const KSyntaxHighlighting::Theme &theme)
{
    if (!definition.isValid())
        return;
    BlockHighlighter highlighter;
    highlighter.setDefinition(definition);
    highlighter.setTheme(theme);
    highlighter.highlight(document, document.begin(), document.end());
}

void highlightCodeBlocks(QTextDocument &document, const KSyntaxHighlighting::Theme &theme,
                         const QPalette &palette)
{
    const QColor background = isDark(palette) ? QColor(0x17, 0x1a, 0x20) : QColor(0xf6, 0xf7, 0xf9);
    QTextBlock block = document.begin();
    while (block.isValid()) {
        if (!isCodeBlock(block)) {
            block = block.next();
            continue;
        }
        // A fenced block is a run of consecutive code blocks with the same language.
        const QString language = block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
        QTextBlock end = block;
        while (end.isValid() && isCodeBlock(end) &&
               end.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage) == language) {
            QTextCursor cursor(end);
            QTextBlockFormat format = end.blockFormat();
            format.setBackground(background);
            format.setLeftMargin(6);
            format.setRightMargin(6);
            format.setNonBreakableLines(false); // a bubble has no horizontal scroll: long lines wrap
            cursor.setBlockFormat(format);
            end = end.next();
        }
        const KSyntaxHighlighting::Definition definition = syntaxDefinitionFor(language);
        if (definition.isValid()) {
            BlockHighlighter highlighter;
            highlighter.setDefinition(definition);
            highlighter.setTheme(theme);
            highlighter.highlight(document, block, end);
        }
        block = end;
    }
}

} // namespace kontor::ui
