#include "ui/conversation/SafeTextDocument.h"

#include "render/HtmlSanitizer.h"
#include "render/ImageCache.h"
#include "render/UrlPolicy.h"

using namespace Qt::StringLiterals;

namespace kontor::ui {

using render::ImageRefusal;

SafeTextDocument::SafeTextDocument(QObject *parent)
    : QTextDocument(parent)
{}

void SafeTextDocument::setRemoteImages(const QList<QUrl> &images, bool allowed)
{
    remoteImages_ = QSet<QUrl>(images.cbegin(), images.cend());
    if (!allowed)
        blocked_.unite(remoteImages_);
}

QImage SafeTextDocument::placeholder(ImageRefusal refusal, QSize declared)
{
    // One per reason and size: a message full of refused images draws the same few.
    const QString key = u"%1:%2x%3"_s.arg(int(refusal)).arg(declared.width()).arg(declared.height());
    auto it = placeholders_.find(key);
    if (it == placeholders_.end())
        it = placeholders_.insert(key, render::imagePlaceholder(refusal, declared));
    return *it;
}

SafeTextDocument::LoadedImage SafeTextDocument::admit(const QUrl &name)
{
    LoadedImage loaded;
    const QString source = name.toString(QUrl::FullyEncoded);
    const QSize display = render::limits::kMaxDisplayImageSize;
    loaded.cacheKey = render::ImageCache::keyFor(source, display);
    render::DecodedImage decoded;
    decoded.image = render::ImageCache::shared().find(loaded.cacheKey);
    if (decoded.image.isNull()) {
        switch (render::imageSourceKind(source)) {
        case render::ImageSourceKind::Embedded: {
            const QByteArray bytes = render::dataUriBytes(source);
            decoded = bytes.isEmpty() ? render::DecodedImage{{}, ImageRefusal::TooManyBytes, {}}
                                      : render::decodeImage(bytes);
            break;
        }
        case render::ImageSourceKind::Remote:
            decoded =
                fetched_ ? fetched_(name) : render::DecodedImage{{}, ImageRefusal::RemoteUnavailable, {}};
            if (decoded.refusal == ImageRefusal::RemoteUnavailable)
                blocked_.insert(name);
            break;
        case render::ImageSourceKind::Attachment:
            decoded.refusal = ImageRefusal::AttachmentMissing;
            break;
        case render::ImageSourceKind::Refused:
            decoded.refusal = ImageRefusal::Source;
            break;
        }
    }
    if (decoded.refusal == ImageRefusal::None &&
        imageBytes_ + decoded.image.sizeInBytes() > render::limits::kMaxImageBytesPerMessage)
        decoded.refusal = ImageRefusal::MessageBudget;
    if (decoded.refusal != ImageRefusal::None) {
        loaded.cacheKey.clear();
        loaded.refusal = decoded.refusal;
        loaded.placeholder = placeholder(decoded.refusal, decoded.declaredSize);
        return loaded;
    }
    loaded.bytes = decoded.image.sizeInBytes();
    imageBytes_ += loaded.bytes;
    render::ImageCache::shared().insert(loaded.cacheKey, decoded.image);
    return loaded;
}

QImage SafeTextDocument::imageFor(const QUrl &name)
{
    if (name.scheme() == render::kRefusedImageScheme) {
        const QString reason = name.path();
        if (reason == render::kRefusedRemote)
            return placeholder(ImageRefusal::RemoteBlocked);
        return placeholder(reason == render::kRefusedTooLarge ? ImageRefusal::TooManyBytes
                                                              : ImageRefusal::Source);
    }
    auto it = loaded_.find(name);
    if (it == loaded_.end())
        it = loaded_.insert(name, admit(name));
    if (it->refusal != ImageRefusal::None)
        return it->placeholder;
    QImage image = render::ImageCache::shared().find(it->cacheKey);
    if (image.isNull()) {
        // Evicted by other messages' images since: decoded again, within the same bounds, and kept again.
        imageBytes_ -= it->bytes;
        const LoadedImage again = admit(name);
        *it = again;
        image = again.refusal == ImageRefusal::None ? render::ImageCache::shared().find(again.cacheKey)
                                                    : again.placeholder;
    }
    return image;
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource)
        return imageFor(name);
    const QString scheme = name.scheme().toLower();
    if (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"))
        blocked_.insert(name);
    // Style sheets, local files and every other scheme: nothing.
    return QVariant(QString());
}

} // namespace kontor::ui
