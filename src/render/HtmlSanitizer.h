#pragma once

#include "render/RenderLimits.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace kontor::render {

// What sanitizing may keep. The defaults show a message folded; expandedSanitizeOptions() shows it all
// (within the expanded bounds).
struct SanitizeOptions
{
    // The agent allowed remote content for this message: remote images keep their address (they are still
    // fetched only through the remote content source, never by the document).
    bool allowRemoteImages = false;
    // Budgets of the visible output: past them the rest is left out and the result says it was cut.
    qsizetype maxTextChars = limits::kFoldedChars;
    qsizetype maxLines = limits::kFoldedLines;
    qsizetype maxElements = limits::kFoldedElements;
    qsizetype maxTableCellWeight = limits::kFoldedTableCellWeight;
    // Tags the parser sees at all.
    qsizetype maxTags = limits::kFoldedTags;
};

SanitizeOptions expandedSanitizeOptions(bool allowRemoteImages = false);

// Internal image addresses the sanitizer writes in place of an image it does not let through; the document
// shows a placeholder saying why. The path names the reason.
inline constexpr QStringView kRefusedImageScheme = u"kontor-refused";
inline constexpr QStringView kRefusedRemote = u"remote";
inline constexpr QStringView kRefusedTooLarge = u"bytes";
inline constexpr QStringView kRefusedSource = u"source";

struct SanitizedHtml
{
    QString html;
    bool truncated = false;   // a budget or an input bound was reached: the rest is not in html
    QList<QUrl> remoteImages; // every remote image the input refers to, kept in html or not
};

// The one entry point for untrusted HTML (email bodies, Markdown turned into HTML): parses it as a browser
// would (HTML5, gumbo), then writes back only allow-listed elements, attributes, styles and URL schemes, as
// an HTML fragment for QTextDocument. Never runs anything, never loads anything; bounded in time and memory
// by the input bounds in RenderLimits.h and the budgets in options.
SanitizedHtml sanitizeHtmlDocument(QStringView html, const SanitizeOptions &options);

// The same, the HTML only: the stable entry point for tests and fuzzing.
QString sanitizeHtml(QStringView html, const SanitizeOptions &options);

} // namespace kontor::render
