#include "ui/supervisor/WallboardTile.h"

#include "ui/supervisor/LevelColors.h"

#include <QPainter>
#include <QPainterPath>

namespace kontor::ui {

WallboardTile::WallboardTile(const QString &title, QWidget *parent)
    : QWidget(parent)
    , title_(title)
    , value_(QStringLiteral("–"))
{
    setAccessibleName(title);
    // A figure is reached by Tab and read out like a label: its name, value, state and detail.
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleDescription(value_);
}

QString WallboardTile::spokenText() const
{
    QStringList parts{value_};
    switch (level_) {
    case TileLevel::Amber:
        parts.append(tr("needs attention"));
        break;
    case TileLevel::Red:
        parts.append(tr("critical"));
        break;
    case TileLevel::NoData:
        parts.append(tr("no data yet"));
        break;
    case TileLevel::Normal:
        break;
    }
    if (!detail_.isEmpty())
        parts.append(detail_);
    return parts.join(QStringLiteral(", "));
}

void WallboardTile::setValue(const QString &text, TileLevel level, const QString &detail)
{
    if (text == value_ && level == level_ && detail == detail_)
        return;
    value_ = text;
    level_ = level;
    detail_ = detail;
    setAccessibleDescription(spokenText());
    update();
}

void WallboardTile::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void WallboardTile::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

QSize WallboardTile::sizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.height() * 10, fm.height() * 6};
}

QSize WallboardTile::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.height() * 7, fm.height() * 6};
}

void WallboardTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath path;
    path.addRoundedRect(frame, 8, 8);
    p.fillPath(path, levelBackground(level_, palette()));
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawPath(path);

    // The accent bar on the left carries the level even for readers who do not tell red from green.
    const QRectF bar(frame.left() + 1, frame.top() + 8, 5, frame.height() - 16);
    p.fillRect(bar, levelAccent(level_, palette()));

    const int pad = fontMetrics().height() * 3 / 4;
    const QRect inner = rect().adjusted(pad + 6, pad / 2, -pad, -pad / 2);
    QFont titleFont = font();
    titleFont.setWeight(QFont::DemiBold);
    p.setFont(titleFont);
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QFontMetrics titleMetrics(titleFont);
    p.drawText(inner.left(), inner.top(), inner.width(), titleMetrics.height(),
               Qt::AlignLeft | Qt::AlignVCenter,
               titleMetrics.elidedText(title_, Qt::ElideRight, inner.width()));

    QFont valueFont = font();
    valueFont.setPointSizeF(font().pointSizeF() * 2.2);
    valueFont.setWeight(QFont::Bold);
    p.setFont(valueFont);
    p.setPen(level_ == TileLevel::Red || level_ == TileLevel::Amber ? levelAccent(level_, palette())
                                                                    : palette().color(QPalette::Text));
    const QFontMetrics valueMetrics(valueFont);
    const int valueTop = inner.top() + titleMetrics.height() + pad / 3;
    p.drawText(inner.left(), valueTop, inner.width(), valueMetrics.height(), Qt::AlignLeft | Qt::AlignVCenter,
               value_);

    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(frame.adjusted(1, 1, -1, -1), 7, 7);
    }

    if (!detail_.isEmpty()) {
        p.setFont(font());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(inner.left(), valueTop + valueMetrics.height(), inner.width(), fontMetrics().height(),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(detail_, Qt::ElideRight, inner.width()));
    }
}

} // namespace kontor::ui
