#include "ui/customer/EarlierConversationDelegate.h"

#include "models/CustomerConversationsModel.h"
#include "models/TimeText.h"
#include "ui/common/ChannelIcons.h"
#include "ui/common/WorkspaceColors.h"

#include <QPainter>

namespace kontor::ui {

using models::CustomerConversationsModel;

int EarlierConversationDelegate::rowHeight(const QFont &font)
{
    return QFontMetrics(font).height() * 2 + 14;
}

QSize EarlierConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {120, rowHeight(option.font)}; // narrow: the list stretches rows to its width
}

void EarlierConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    painter->save();
    const QRect rect = option.rect;
    if (option.state & (QStyle::State_Selected | QStyle::State_MouseOver)) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(option.state & QStyle::State_Selected ? 50 : 20);
        painter->fillRect(rect, fill);
    }
    const QFontMetrics metrics(option.font);
    const int icon = 16;
    const auto channel = Channel(index.data(CustomerConversationsModel::ChannelRole).toInt());
    channelIcon(channel).paint(
        painter, QRect(rect.left() + 4, rect.top() + 7 + (metrics.height() - icon) / 2, icon, icon));
    const int left = rect.left() + 4 + icon + 8;
    const QRect first(left, rect.top() + 6, rect.right() - left - 4, metrics.height());
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(Qt::DisplayRole).toString().simplified(), Qt::ElideRight,
                                         first.width()));
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.86);
    painter->setFont(small);
    const auto status = ConversationStatus(index.data(CustomerConversationsModel::StatusRole).toInt());
    painter->setPen(mutedText(palette));
    const QString meta =
        QStringList{
            statusDisplayName(status), index.data(CustomerConversationsModel::AccountNameRole).toString(),
            models::TimeText::age(index.data(CustomerConversationsModel::LastActivityRole).toLongLong(),
                                  nowUtcMillis())}
            .join(QStringLiteral(" · "));
    painter->drawText(QRect(left, first.bottom() + 2, first.width(), metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(meta, Qt::ElideRight, first.width()));
    painter->restore();
}

} // namespace kontor::ui
