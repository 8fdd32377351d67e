#include "render/ImageDecoder.h"

#include <QBuffer>
#include <QImageReader>

namespace kontor::render {

namespace {
bool isAllowedFormat(const QByteArray &format)
{
    static const QList<QByteArray> formats = {"png", "jpeg", "jpg", "gif", "webp", "bmp"};
    return formats.contains(format.toLower());
}
} // namespace

DecodedImage decodeImage(const QByteArray &bytes, const ImageBounds &bounds)
{
    DecodedImage decoded;
    if (bytes.size() > bounds.maxBytes) {
        decoded.refusal = ImageRefusal::TooManyBytes;
        return decoded;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    if (!isAllowedFormat(reader.format())) {
        decoded.refusal = ImageRefusal::Unreadable;
        return decoded;
    }
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.isEmpty()) {
        decoded.refusal = ImageRefusal::Unreadable;
        return decoded;
    }
    decoded.declaredSize = declared;
    if (qint64(declared.width()) * declared.height() > bounds.maxPixels) {
        decoded.refusal = ImageRefusal::TooManyPixels;
        return decoded;
    }
    QSize target = declared;
    if (target.width() > bounds.displaySize.width() || target.height() > bounds.displaySize.height())
        target = declared.scaled(bounds.displaySize, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    if (target != declared && reader.supportsOption(QImageIOHandler::ScaledSize))
        reader.setScaledSize(target);
    QImage image = reader.read();
    if (image.isNull()) {
        decoded.refusal = ImageRefusal::Unreadable;
        return decoded;
    }
    if (image.width() > target.width() || image.height() > target.height())
        image = image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    decoded.image = image;
    return decoded;
}

QByteArray dataUriBytes(QStringView uri, qsizetype maxBytes)
{
    const qsizetype comma = uri.indexOf(u',');
    if (comma < 0 || !uri.startsWith(u"data:", Qt::CaseInsensitive))
        return {};
    const QStringView header = uri.left(comma);
    const QStringView payload = uri.sliced(comma + 1);
    const bool base64 = header.contains(u";base64", Qt::CaseInsensitive);
    // Checked before decoding: base64 makes four characters of three bytes, percent-encoding three of one.
    if ((base64 ? payload.size() / 4 * 3 : payload.size() / 3) > maxBytes)
        return {};
    const QByteArray latin1 = payload.toLatin1();
    const QByteArray bytes = base64 ? QByteArray::fromBase64(QByteArray::fromPercentEncoding(latin1))
                                    : QByteArray::fromPercentEncoding(latin1);
    return bytes.size() > maxBytes ? QByteArray() : bytes;
}

} // namespace kontor::render
