#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace kontor::render {

// Markdown (GitHub's dialect) as HTML, to be sanitized like any other HTML before it is shown: raw HTML
// inside the Markdown is passed through to the sanitizer, never interpreted here, and nothing is loaded.
struct MarkdownHtml
{
    QString html;
    // The languages named by the fenced code blocks, in order: a code block's paragraphs carry their 1-based
    // index as -qt-user-state, so that the renderer can highlight them after sanitizing.
    QStringList codeLanguages;
};

MarkdownHtml markdownToHtml(QStringView markdown);

} // namespace kontor::render
