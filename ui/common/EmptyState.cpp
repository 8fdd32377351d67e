#include "ui/common/EmptyState.h"

#include "ui/common/ChannelIcons.h"

#include <QEvent>
#include <QPainter>

namespace kontor::ui {

namespace {
constexpr int kMargin = 24;
constexpr int kIconSize = 48;
constexpr int kIconGap = 8;
constexpr int kTextGap = 6;
constexpr int kTextFlags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
} // namespace

EmptyState::EmptyState(const QString &iconPath, const QString &title, const QString &hint, QWidget *parent)
    : QWidget(parent)
    , iconPath_(iconPath)
    , title_(title)
    , hint_(hint)
{
    setAccessibleName(title_);
    setAccessibleDescription(hint_);
}

void EmptyState::setTitle(const QString &title)
{
    title_ = title;
    setAccessibleName(title_);
    update();
}

void EmptyState::setHint(const QString &hint)
{
    hint_ = hint;
    setAccessibleDescription(hint_);
    update();
}

QFont EmptyState::titleFont() const
{
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setWeight(QFont::DemiBold);
    return font;
}

QSize EmptyState::sizeHint() const
{
    return {240, 200};
}

QSize EmptyState::minimumSizeHint() const
{
    return {kIconSize + 2 * kMargin, kIconSize + 2 * kMargin};
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void EmptyState::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFont title = titleFont();
    const QRect titleBox =
        QFontMetrics(title).boundingRect(QRect(0, 0, area.width(), 10'000), kTextFlags, title_);
    const QRect hintBox = fontMetrics().boundingRect(QRect(0, 0, area.width(), 10'000), kTextFlags, hint_);
    const int content = kIconSize + kIconGap + titleBox.height() + kTextGap + hintBox.height();
    // Two parts of the free space above, three below, as the eye expects a placeholder to sit a little high.
    int y = area.top() + qMax(0, area.height() - content) * 2 / 5;

    const qreal ratio = devicePixelRatioF();
    if (icon_.isNull() || !qFuzzyCompare(icon_.devicePixelRatio(), ratio))
        icon_ = svgIcon(iconPath_).pixmap(QSize(kIconSize, kIconSize), ratio);
    painter.drawPixmap(QRect(area.left() + (area.width() - kIconSize) / 2, y, kIconSize, kIconSize), icon_);
    y += kIconSize + kIconGap;

    painter.setFont(title);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(area.left(), y, area.width(), titleBox.height()), kTextFlags, title_);
    y += titleBox.height() + kTextGap;

    painter.setFont(font());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRect(area.left(), y, area.width(), hintBox.height()), kTextFlags, hint_);
}

} // namespace kontor::ui
