#pragma once

#include "render/ImageRefusal.h"
#include "render/RenderLimits.h"

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace kontor::render {

struct ImageBounds
{
    qsizetype maxBytes = limits::kMaxImageBytes;
    qint64 maxPixels = limits::kMaxImagePixels;
    QSize displaySize = limits::kMaxDisplayImageSize; // kept images fit in it
};

struct DecodedImage
{
    QImage image;                              // null when refused
    ImageRefusal refusal = ImageRefusal::None; // why it was refused
    QSize declaredSize;                        // as the header says, when it could be read
};

// Decodes an untrusted image: the byte size and the header's dimensions are checked before any pixel is
// decoded, raster formats only (no SVG), the first frame of an animation, and the result scaled down to fit
// the display size (decoders that can scale while decoding do so).
DecodedImage decodeImage(const QByteArray &bytes, const ImageBounds &bounds = {});

// The bytes of a data: URI (base64 or percent-encoded); empty when it is not one or is over maxBytes.
QByteArray dataUriBytes(QStringView uri, qsizetype maxBytes = limits::kMaxImageBytes);

} // namespace kontor::render
