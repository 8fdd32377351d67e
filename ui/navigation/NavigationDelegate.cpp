#include "ui/navigation/NavigationDelegate.h"

#include "models/NavigationModel.h"
#include "ui/common/ChannelIcons.h"
#include "ui/common/WorkspaceColors.h"

#include <QPainter>

namespace kontor::ui {

using models::NavigationModel;

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    return {option.rect.width(), QFontMetrics(option.font).height() + 14};
}

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect;
    if (index.data(NavigationModel::IsSectionRole).toBool()) {
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.82);
        font.setWeight(QFont::Bold);
        font.setCapitalization(QFont::AllUppercase);
        font.setLetterSpacing(QFont::PercentageSpacing, 106);
        painter->setFont(font);
        painter->setPen(mutedText(palette));
        painter->drawText(rect.adjusted(14, 6, -8, 0), Qt::AlignLeft | Qt::AlignBottom,
                          index.data(Qt::DisplayRole).toString());
        painter->restore();
        return;
    }
    const bool selected = option.state & QStyle::State_Selected;
    if (selected || (option.state & QStyle::State_MouseOver)) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(selected ? (isDark(palette) ? 110 : 50) : 22);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(rect.adjusted(6, 1, -6, -1)), 6, 6);
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(rect.adjusted(6, 1, -6, -1)).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    }
    const int iconSize = 18;
    const QIcon icon = svgIcon(index.data(NavigationModel::IconPathRole).toString());
    icon.paint(painter, QRect(rect.left() + 16, rect.center().y() - iconSize / 2, iconSize, iconSize));

    const QVariant count = index.data(NavigationModel::CountRole);
    const qint64 unread = index.data(NavigationModel::UnreadRole).toLongLong();
    int countWidth = 0;
    if (count.isValid() && count.toLongLong() > 0) {
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.86);
        const QString text = QLocale().toString(count.toLongLong());
        const QFontMetrics metrics(small);
        countWidth = metrics.horizontalAdvance(text) + 14;
        const QRect pill(rect.right() - 12 - countWidth, rect.center().y() - metrics.height() / 2 - 1,
                         countWidth, metrics.height() + 2);
        painter->setPen(Qt::NoPen);
        if (unread > 0) {
            painter->setBrush(palette.color(QPalette::Highlight));
            painter->drawRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
            painter->setPen(palette.color(QPalette::HighlightedText));
            small.setWeight(QFont::DemiBold);
        } else {
            painter->setPen(mutedText(palette));
        }
        painter->setFont(small);
        painter->drawText(pill, Qt::AlignCenter, text);
    }
    QFont font = option.font;
    if (unread > 0)
        font.setWeight(QFont::DemiBold);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    const QRect textRect(rect.left() + 16 + iconSize + 10, rect.top(),
                         rect.width() - 16 - iconSize - 10 - countWidth - 20, rect.height());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(font).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                    textRect.width()));
    painter->restore();
}

} // namespace kontor::ui
