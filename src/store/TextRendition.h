#pragma once

#include <QString>

namespace kontor {

// The text of an HTML body as a reader sees it: tags dropped (with the content of script and style), common
// entities decoded, whitespace collapsed. Used for search and previews, never for display.
QString plainTextFromHtml(QStringView html);

// One line of at most maxChars characters for a conversation list.
QString previewLine(QStringView text, qsizetype maxChars = 140);

} // namespace kontor
