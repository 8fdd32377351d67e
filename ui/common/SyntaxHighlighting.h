#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QTextCharFormat>
#include <QTextDocument>

class QPalette;

namespace kontor::ui {

// The application's one syntax repository: loading the definitions is costly, so it lives for the
// application's lifetime and is shared by every highlighted view.
KSyntaxHighlighting::Repository &syntaxRepository();
// The highlighting theme that suits the palette (light or dark).
KSyntaxHighlighting::Theme syntaxTheme(const QPalette &palette);
// A definition by a name as written after a Markdown fence ("json", "cpp", "xml"…), a file name or a MIME
// type; invalid when nothing matches.
KSyntaxHighlighting::Definition syntaxDefinitionFor(const QString &nameOrFileName);

// Highlights a whole document in one definition (a payload, a raw source), once, by merging character
// formats: the document stays plain text for copying and is not re-highlighted on every edit.
void highlightDocument(QTextDocument &document, const KSyntaxHighlighting::Definition &definition,
                       const KSyntaxHighlighting::Theme &theme);
// Highlights the fenced code blocks of a document made from Markdown, each in the language its fence names,
// and gives them a code background.
void highlightCodeBlocks(QTextDocument &document, const KSyntaxHighlighting::Theme &theme,
                         const QPalette &palette);

} // namespace kontor::ui
