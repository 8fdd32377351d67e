#include "ui/common/SvgIconEngine.h"

#include <QApplication>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

namespace kontor::ui {

SvgIconEngine::SvgIconEngine(const QString &path)
    : path_(path)
{}

QSvgRenderer &SvgIconEngine::renderer()
{
    if (!renderer_)
        renderer_ = std::make_shared<QSvgRenderer>(path_);
    return *renderer_;
}

bool SvgIconEngine::isNull()
{
    // Asked by buttons and actions when they are given the icon: reading the file here would undo the point.
    return path_.isEmpty();
}

QSize SvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    // Kontor's icons are square: every size is the size asked for.
    return size;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : qreal(1);
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    const QSize pixels = (QSizeF(size) * scale).toSize();
    if (pixels.isEmpty())
        return {};
    const QString cacheKey = QStringLiteral("kontor-svg:%1:%2x%3:%4")
                                 .arg(path_)
                                 .arg(pixels.width())
                                 .arg(pixels.height())
                                 .arg(int(mode));
    QPixmap pixmap;
    if (!QPixmapCache::find(cacheKey, &pixmap)) {
        pixmap = QPixmap(pixels);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            renderer().render(&painter);
        }
        // Disabled, active and selected looks are the style's, as for any icon.
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        if (mode != QIcon::Normal && app) {
            QStyleOption option;
            option.palette = QApplication::palette();
            const QPixmap generated = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
            if (!generated.isNull())
                pixmap = generated;
        }
        QPixmapCache::insert(cacheKey, pixmap);
    }
    pixmap.setDevicePixelRatio(scale);
    Q_UNUSED(state)
    return pixmap;
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(*this);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("SvgIconEngine");
}

} // namespace kontor::ui
