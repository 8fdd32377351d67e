#pragma once

#include <QIconEngine>

namespace kontor::ui {

// The arrow of a command link button, drawn in the palette's button text colour when it is painted: Fusion's
// own is a dark image that cannot be seen on a dark window, and a colour taken once would go stale when the
// agent switches between light and dark.
class CommandLinkArrowIcon : public QIconEngine
{
public:
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
};

} // namespace kontor::ui
