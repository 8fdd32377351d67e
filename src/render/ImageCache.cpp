#include "render/ImageCache.h"

#include <QCryptographicHash>

namespace kontor::render {

ImageCache::ImageCache(qsizetype maxBytes)
    : cache_(maxBytes)
{}

ImageCache &ImageCache::shared()
{
    static ImageCache cache;
    return cache;
}

QByteArray ImageCache::keyFor(QStringView source, QSize displaySize)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(source.utf16()), source.size() * 2));
    const QByteArray size =
        QByteArray::number(displaySize.width()) + 'x' + QByteArray::number(displaySize.height());
    hash.addData(size);
    return hash.result();
}

QImage ImageCache::find(const QByteArray &key)
{
    const QImage *image = cache_.object(key);
    return image ? *image : QImage();
}

void ImageCache::insert(const QByteArray &key, const QImage &image)
{
    // QCache deletes what it cannot keep.
    cache_.insert(key, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes()));
}

} // namespace kontor::render
