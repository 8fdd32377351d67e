#pragma once

#include "core/Message.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QPalette>
#include <QUrl>
#include <memory>

namespace kontor::ui {

class SafeTextDocument;

// What a message body is, for rendering: a payload or markup is shown as such, highlighted.
enum class BodyKind
{
    Plain,
    Markdown,
    Html,
    Json,
    Xml,
};

BodyKind classifyBody(const QString &body, BodyFormat format);
// The definition name to highlight a body's raw source with.
QString sourceSyntaxName(BodyKind kind);

struct MessageRenderOptions
{
    QPalette palette;
    QFont font;
    bool highlightMentions = false; // internal notes: @Name stands out
    QHash<QUrl, QImage> fetchedImages;
};

// Builds the document a timeline bubble shows for a message body: plain text with its links made clickable,
// Markdown with highlighted code blocks, JSON and XML payloads pretty-printed and highlighted, email HTML
// sanitised and kept from loading anything remote.
std::unique_ptr<SafeTextDocument> renderMessageBody(const QString &body, BodyFormat format,
                                                    const MessageRenderOptions &options);

// Plain text as HTML, with web and mail addresses turned into links.
QString linkifiedHtml(const QString &plain);

} // namespace kontor::ui
