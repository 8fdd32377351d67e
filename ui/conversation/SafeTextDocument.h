#pragma once

#include "render/ImageDecoder.h"
#include "render/ImageRefusal.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>
#include <QTextDocument>
#include <QUrl>
#include <functional>

namespace kontor::ui {

// A text document for content written elsewhere (email HTML above all), filled with sanitized HTML: it loads
// no remote resource and no local file, only images that are embedded (data: URLs) or were fetched at the
// agent's request and handed in — each decoded within the image bounds (render/RenderLimits.h), scaled to the
// display size and kept in the shared image cache; a refused image shows a placeholder saying why. What it
// refused is listed, so that the view can offer to load it.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    // A remote image fetched at the agent's request, decoded within the bounds; a refusal when it was not
    // (RemoteUnavailable: not fetched, or not yet).
    using FetchedImageLookup = std::function<render::DecodedImage(const QUrl &url)>;

    explicit SafeTextDocument(QObject *parent = nullptr);

    void setFetchedImageLookup(FetchedImageLookup lookup) { fetched_ = std::move(lookup); }
    // The remote images the body refers to (as the sanitizer found them), and whether they are shown.
    void setRemoteImages(const QList<QUrl> &images, bool allowed);
    // Remote resources refused so far.
    const QSet<QUrl> &blockedUrls() const { return blocked_; }
    // Every remote image the document refers to, whether it was asked for yet or not.
    QSet<QUrl> remoteImages() const { return remoteImages_; }

    // Part of the body is left out (folded, or beyond the bounds even when expanded).
    bool isFolded() const { return folded_; }
    void setFolded(bool folded) { folded_ = folded; }

    // Decoded image bytes this document holds (for its per-message bound).
    qsizetype imageBytes() const { return imageBytes_; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    struct LoadedImage
    {
        QByteArray cacheKey; // in the shared cache, when admitted
        render::ImageRefusal refusal = render::ImageRefusal::None;
        QImage placeholder;  // when refused
        qsizetype bytes = 0; // counted against the message's bound
    };
    QImage imageFor(const QUrl &name);
    LoadedImage admit(const QUrl &name);
    QImage placeholder(render::ImageRefusal refusal, QSize declared = {});

    FetchedImageLookup fetched_;
    QSet<QUrl> remoteImages_;
    QSet<QUrl> blocked_;
    QHash<QUrl, LoadedImage> loaded_;
    QHash<QString, QImage> placeholders_;
    qsizetype imageBytes_ = 0;
    bool folded_ = false;
};

} // namespace kontor::ui
