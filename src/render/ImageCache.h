#pragma once

#include "render/RenderLimits.h"

#include <QByteArray>
#include <QCache>
#include <QImage>

namespace kontor::render {

// Decoded images, least recently used first out, bounded by the bytes their pixels take. Keys are digests of
// where an image came from (its address or its bytes) and the size it was decoded for.
class ImageCache
{
public:
    explicit ImageCache(qsizetype maxBytes = limits::kMaxImageCacheBytes);

    // The images of every message share one cache.
    static ImageCache &shared();
    static QByteArray keyFor(QStringView source, QSize displaySize);

    // A null image when the key is not (or no longer) there.
    QImage find(const QByteArray &key);
    // An image larger than the whole cache is not kept.
    void insert(const QByteArray &key, const QImage &image);
    void clear() { cache_.clear(); }

    qsizetype bytes() const { return cache_.totalCost(); }
    qsizetype maxBytes() const { return cache_.maxCost(); }
    qsizetype count() const { return cache_.count(); }

private:
    QCache<QByteArray, QImage> cache_;
};

} // namespace kontor::render
