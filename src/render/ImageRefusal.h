#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace kontor::render {

// Why an image is not shown; the placeholder in its place says it.
enum class ImageRefusal
{
    None,
    TooManyBytes,      // the encoded image is larger than kMaxImageBytes
    TooManyPixels,     // its header declares more than kMaxImagePixels
    Unreadable,        // not an image, an unsupported format, or damaged
    MessageBudget,     // the message's images already hold kMaxImageBytesPerMessage
    RemoteBlocked,     // remote, and the agent has not allowed remote content for this message
    RemoteUnavailable, // remote and allowed, but not (yet) fetched
    Source,            // an address no image may come from (a local file, an unknown scheme)
    AttachmentMissing, // cid: names a part that this message does not have here
};

// A short sentence for the placeholder, translated.
QString imageRefusalText(ImageRefusal refusal, QSize declaredSize = {});

// A small image with the sentence, drawn where the refused image would be.
QImage imagePlaceholder(ImageRefusal refusal, QSize declaredSize = {});

} // namespace kontor::render
