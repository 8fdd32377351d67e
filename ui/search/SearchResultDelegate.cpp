#include "ui/search/SearchResultDelegate.h"

#include "models/SearchResultsModel.h"
#include "models/TimeText.h"
#include "ui/common/ChannelIcons.h"
#include "ui/common/WorkspaceColors.h"
#include "ui/search/MarkedText.h"

#include <QPainter>

namespace kontor::ui {

using models::SearchResultsModel;

namespace {
SearchResultsModel::Kind kindOf(const QModelIndex &index)
{
    return SearchResultsModel::Kind(index.data(SearchResultsModel::KindRole).toInt());
}
} // namespace

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    if (kindOf(index) == SearchResultsModel::Kind::Heading)
        return {120, metrics.height() + 14}; // narrow: the list stretches rows to its width
    return {120, 2 * metrics.height() + 14};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const QRect rect = option.rect;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (kindOf(index) == SearchResultsModel::Kind::Heading) {
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.82);
        font.setWeight(QFont::Bold);
        font.setCapitalization(QFont::AllUppercase);
        painter->setFont(font);
        painter->setPen(mutedText(palette));
        painter->drawText(rect.adjusted(14, 6, -14, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          index.data(SearchResultsModel::TitleRole).toString());
        painter->restore();
        return;
    }
    if (option.state & QStyle::State_Selected) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(isDark(palette) ? 110 : 50);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(rect.adjusted(6, 1, -6, -1)), 6, 6);
    }
    const QFontMetrics metrics(option.font);
    const int icon = 18;
    const QVariant channel = index.data(SearchResultsModel::ChannelRole);
    const QIcon decoration =
        channel.isValid() ? channelIcon(Channel(channel.toInt())) : kontorIcon(QStringLiteral("view-mine"));
    decoration.paint(painter,
                     QRect(rect.left() + 16, rect.top() + 7 + (metrics.height() - icon) / 2, icon, icon));
    const int left = rect.left() + 16 + icon + 10;
    QString time;
    if (const QVariant when = index.data(SearchResultsModel::TimeRole); when.isValid())
        time = models::TimeText::age(when.toLongLong(), nowUtcMillis());
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.86);
    const int timeWidth = QFontMetrics(small).horizontalAdvance(time);
    painter->setFont(small);
    painter->setPen(mutedText(palette));
    painter->drawText(QRect(rect.right() - 14 - timeWidth, rect.top() + 7, timeWidth, metrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, time);
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    QString title = index.data(SearchResultsModel::TitleRole).toString();
    if (kindOf(index) == SearchResultsModel::Kind::Message) {
        const auto kind = MessageKind(index.data(SearchResultsModel::MessageKindRole).toInt());
        if (kind == MessageKind::Note)
            title = tr("Note by %1").arg(title);
    }
    paintMarkedText(painter,
                    QRect(left, rect.top() + 7, rect.right() - 24 - timeWidth - left, metrics.height()),
                    title, titleFont, palette.color(QPalette::Text), palette);
    paintMarkedText(
        painter,
        QRect(left, rect.top() + 7 + metrics.height() + 1, rect.right() - 14 - left, metrics.height()),
        index.data(SearchResultsModel::SnippetRole).toString(), option.font, mutedText(palette), palette);
    painter->restore();
}

} // namespace kontor::ui
