#include "ui/common/CommandLinkArrowIcon.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace kontor::ui {

void CommandLinkArrowIcon::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const QPalette palette = QGuiApplication::palette();
    QColor color =
        palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
    if (mode == QIcon::Active || mode == QIcon::Selected)
        color = palette.color(QPalette::Highlight);
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF box(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side);
    // A shaft and a head pointing right.
    QPainterPath arrow;
    const qreal midY = box.center().y();
    arrow.moveTo(box.left() + side * 0.2, midY);
    arrow.lineTo(box.right() - side * 0.22, midY);
    arrow.moveTo(box.left() + side * 0.52, box.top() + side * 0.24);
    arrow.lineTo(box.right() - side * 0.2, midY);
    arrow.lineTo(box.left() + side * 0.52, box.bottom() - side * 0.24);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, qMax(1.5, side / 10), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(arrow);
    painter->restore();
}

QPixmap CommandLinkArrowIcon::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap CommandLinkArrowIcon::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                           qreal scale)
{
    QPixmap pixmap(size * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine *CommandLinkArrowIcon::clone() const
{
    return new CommandLinkArrowIcon;
}

QString CommandLinkArrowIcon::key() const
{
    return QStringLiteral("kontor-command-link-arrow");
}

} // namespace kontor::ui
