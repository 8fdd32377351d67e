#include "render/ImageRefusal.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>

namespace kontor::render {

QString imageRefusalText(ImageRefusal refusal, QSize declaredSize)
{
    const char *context = "kontor::render::ImageRefusal";
    switch (refusal) {
    case ImageRefusal::None:
        return {};
    case ImageRefusal::TooManyBytes:
        return QCoreApplication::translate(context, "Image not shown: the file is too large");
    case ImageRefusal::TooManyPixels:
        if (declaredSize.isValid())
            return QCoreApplication::translate(context, "Image not shown: too large (%1 × %2 pixels)")
                .arg(declaredSize.width())
                .arg(declaredSize.height());
        return QCoreApplication::translate(context, "Image not shown: too many pixels");
    case ImageRefusal::Unreadable:
        return QCoreApplication::translate(context, "Image not shown: unreadable or unsupported format");
    case ImageRefusal::MessageBudget:
        return QCoreApplication::translate(context, "Image not shown: this message has too many images");
    case ImageRefusal::RemoteBlocked:
        return QCoreApplication::translate(context, "Remote image blocked");
    case ImageRefusal::RemoteUnavailable:
        return QCoreApplication::translate(context, "Remote image not loaded");
    case ImageRefusal::Source:
        return QCoreApplication::translate(context, "Image not shown: unsafe address");
    case ImageRefusal::AttachmentMissing:
        return QCoreApplication::translate(context, "Attached image not available");
    }
    return {};
}

QImage imagePlaceholder(ImageRefusal refusal, QSize declaredSize)
{
    const QString text = imageRefusalText(refusal, declaredSize);
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.86);
    const QFontMetrics metrics(font);
    const int iconWidth = 34;
    const int width = qMin(360, iconWidth + metrics.horizontalAdvance(text) + 12);
    const int height = qMax(30, metrics.height() + 14);
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor muted(0x80, 0x88, 0x94);
    painter.setPen(QPen(muted, 1, Qt::DashLine));
    painter.setBrush(QColor(0x90, 0x98, 0xa4, 36));
    painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 4, 4);
    // A small picture frame with a stroke through it.
    const QRectF frame(9, height / 2.0 - 8, 18, 16);
    painter.setPen(QPen(muted, 1.3));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    painter.drawLine(frame.bottomLeft(), frame.topRight());
    painter.setFont(font);
    painter.setPen(QColor(0x50, 0x58, 0x64));
    painter.drawText(QRect(iconWidth, 0, width - iconWidth - 6, height), Qt::AlignVCenter | Qt::AlignLeft,
                     metrics.elidedText(text, Qt::ElideRight, width - iconWidth - 6));
    return image;
}

} // namespace kontor::render
