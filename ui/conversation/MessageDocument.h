#pragma once

#include "core/Message.h"

#include "ui/conversation/SafeTextDocument.h"

#include <QFont>
#include <QPalette>
#include <memory>

namespace kontor::ui {

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
    // The agent allowed remote content for this message; its images come from fetchedImage (nothing is
    // fetched by rendering).
    bool allowRemoteImages = false;
    SafeTextDocument::FetchedImageLookup fetchedImage;
    // "Show all": a long body is shown up to the expanded bounds instead of folded.
    bool expanded = false;
    // MessageInteraction::toJson() of an interactive message: what it offered and the answer, shown after
    // the body.
    QByteArray interaction;
};

// Builds the document a timeline bubble shows for a message body: plain text with its links made clickable,
// Markdown with highlighted code blocks, JSON and XML payloads pretty-printed and highlighted, email HTML
// sanitised and kept from loading anything remote. HTML, and Markdown once turned into HTML, go through the
// one sanitizer (render/HtmlSanitizer.h). Long bodies are folded (the document says so) unless
// options.expanded; either way the work is bounded by render/RenderLimits.h.
std::unique_ptr<SafeTextDocument> renderMessageBody(const QString &body, BodyFormat format,
                                                    const MessageRenderOptions &options);

// Plain text as HTML, with web and mail addresses turned into links.
QString linkifiedHtml(const QString &plain);

} // namespace kontor::ui
