#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QPointer>
#include <QStyle>
#include <optional>

namespace kontor::ui {

// One of a style's standard icons, asked of the style only when it is first drawn. Some are sets of image
// files whose loading probes every image format plugin there is, for buttons that are rarely shown.
class DeferredStyleIcon : public QIconEngine
{
public:
    DeferredStyleIcon(QStyle *style, QStyle::StandardPixmap which);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    QIcon &icon();

    QPointer<QStyle> style_;
    QStyle::StandardPixmap which_;
    std::optional<QIcon> icon_;
};

} // namespace kontor::ui
