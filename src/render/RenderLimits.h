#pragma once

#include <QSize>
#include <QtGlobal>

// The bounds that keep rendering one message cheap whatever a sender put in it. docs/limits.md ("Rendering")
// lists each with what the agent sees when it is reached; change both together.
namespace kontor::render::limits {

// HTML as it enters the parser: longer input is cut (the rest is not shown). The parser also sees no more
// tags than the folded or expanded budget below (an HTML5 parser's scope checks grow with the nesting of what
// is left open) and no more text than four times the text budget; long data: URIs are set aside, not parsed.
inline constexpr qsizetype kMaxHtmlInputChars = 12 * 1024 * 1024;
// Nesting kept in the output; deeper elements keep their text but lose their markup.
inline constexpr int kMaxElementDepth = 40;
inline constexpr int kMaxListDepth = 8;
inline constexpr int kMaxTableDepth = 3;
inline constexpr int kMaxCellsPerRow = 40;
inline constexpr int kMaxTableSpan = 40;
// An attribute longer than this is dropped (an image's data: URI has its own bound below).
inline constexpr qsizetype kMaxAttributeChars = 4096;
inline constexpr qsizetype kMaxStyleDeclarations = 24;

// A body is shown folded beyond these (a "Show all" under it); "Show all" shows up to the expanded bounds,
// and the whole source is always one "View source" away.
inline constexpr qsizetype kFoldedChars = 10'000;
inline constexpr qsizetype kFoldedLines = 100;
inline constexpr qsizetype kFoldedElements = 2'500;
inline constexpr qsizetype kFoldedTags = 4'000;
inline constexpr qsizetype kExpandedChars = 200'000;
inline constexpr qsizetype kExpandedLines = 5'000;
inline constexpr qsizetype kExpandedElements = 10'000;
inline constexpr qsizetype kExpandedTags = 10'000;
// Table cells laid out, each weighing 2^(tables around it - 1): Qt's table layout measures a cell's content
// once per pass of every table around it, so cells side by side in nested tables cost the most. 1,500
// lays out in about 40 ms on a slow machine, whatever the shape.
inline constexpr qsizetype kFoldedTableCellWeight = 1'500;
inline constexpr qsizetype kExpandedTableCellWeight = 6'000;

// Code blocks are highlighted only in a document of at most this many blocks (highlighting costs more than
// laying out).
inline constexpr int kMaxHighlightedBlocks = 1'000;
// "View source" highlights a source of at most this many characters.
inline constexpr qsizetype kMaxHighlightedSourceChars = 256 * 1024;

// A plain body longer than this is not parsed as a JSON or XML payload to pretty-print it: it is shown as
// text.
inline constexpr qsizetype kMaxPayloadChars = 1024 * 1024;

// Images: the encoded size and the pixel count are checked from the header before anything is decoded; an
// image is scaled down to the display size before it is kept.
inline constexpr qsizetype kMaxImageBytes = 6 * 1024 * 1024;
inline constexpr qint64 kMaxImagePixels = 4096 * 4096;
inline constexpr QSize kMaxDisplayImageSize{800, 1200};
// Decoded images one message may hold, and all messages together (least recently used go first).
inline constexpr qsizetype kMaxImageBytesPerMessage = 24 * 1024 * 1024;
inline constexpr qsizetype kMaxImageCacheBytes = 96 * 1024 * 1024;

} // namespace kontor::render::limits
