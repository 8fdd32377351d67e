#include "ui/common/DeferredStyleIcon.h"

namespace kontor::ui {

DeferredStyleIcon::DeferredStyleIcon(QStyle *style, QStyle::StandardPixmap which)
    : style_(style)
    , which_(which)
{}

QIcon &DeferredStyleIcon::icon()
{
    if (!icon_)
        icon_ = style_ ? style_->standardIcon(which_) : QIcon();
    return *icon_;
}

void DeferredStyleIcon::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QPixmap DeferredStyleIcon::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().pixmap(size, mode, state);
}

QPixmap DeferredStyleIcon::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    return icon().pixmap(size, scale, mode, state);
}

QSize DeferredStyleIcon::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    // Layouts ask before anything is drawn: the standard icons come in every size up to the one asked for.
    return icon_ ? icon_->actualSize(size, mode, state) : size;
}

QList<QSize> DeferredStyleIcon::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return icon().availableSizes(mode, state);
}

QIconEngine *DeferredStyleIcon::clone() const
{
    return new DeferredStyleIcon(*this);
}

QString DeferredStyleIcon::key() const
{
    return QStringLiteral("DeferredStyleIcon");
}

} // namespace kontor::ui
