#pragma once

#include <QIconEngine>
#include <QString>
#include <memory>

class QSvgRenderer;

namespace kontor::ui {

// Kontor's own SVG icons: the file is read when the icon is first drawn, and each size drawn once (in
// QPixmapCache). Qt's SVG icon plugin reads every file once more when the icon is made, and is itself loaded
// from disk on first use: both before the first paint of the window, for thirty-odd icons.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &path);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override { return path_; }
    bool isNull() override;

private:
    QSvgRenderer &renderer();

    QString path_;
    std::shared_ptr<QSvgRenderer> renderer_; // shared by the icon's copies
};

} // namespace kontor::ui
