#include "render/MarkdownHtml.h"

#include <QTextBlock>
#include <QTextDocument>

namespace kontor::render {

namespace {
// Converting must not read anything: no style sheet, no image, no local file that raw HTML names.
class InertTextDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};
} // namespace

MarkdownHtml markdownToHtml(QStringView markdown)
{
    InertTextDocument document;
    document.setMarkdown(markdown.toString(), QTextDocument::MarkdownDialectGitHub);
    MarkdownHtml result;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (!format.hasProperty(QTextFormat::BlockCodeFence) &&
            !format.hasProperty(QTextFormat::BlockCodeLanguage)) {
            block.setUserState(-1);
            continue;
        }
        const QString language = format.stringProperty(QTextFormat::BlockCodeLanguage);
        qsizetype index = result.codeLanguages.indexOf(language);
        if (index < 0) {
            result.codeLanguages.append(language);
            index = result.codeLanguages.size() - 1;
        }
        block.setUserState(int(index) + 1);
    }
    result.html = document.toHtml();
    return result;
}

} // namespace kontor::render
