// The painting half of the timeline delegate: day lines, channel switches, activity lines and bubbles.
#include "ui/conversation/TimelineDelegate.h"

#include "models/TimeText.h"
#include "models/TimelineModel.h"
#include "ui/common/ChannelIcons.h"
#include "ui/common/WorkspaceColors.h"
#include "ui/conversation/SafeTextDocument.h"
#include "ui/conversation/TimelineDelegateParts.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace kontor::ui {

using models::TimelineItem;
using models::TimelineModel;
using namespace timeline;

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (kindOf(index)) {
    case TimelineItem::Kind::DaySeparator:
        paintDay(painter, option, index);
        break;
    case TimelineItem::Kind::ChannelSwitch:
        paintSwitch(painter, option, index);
        break;
    case TimelineItem::Kind::Message:
        if (messageKindOf(index) == MessageKind::Activity)
            paintActivity(painter, option, index);
        else
            paintMessage(painter, option, index);
        break;
    }
    painter->restore();
}

void TimelineDelegate::paintDay(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QDate day = index.data(TimelineModel::DayRole).toDate();
    const QDate today = QDate::currentDate();
    const QString text = day == today               ? tr("Today")
                         : day == today.addDays(-1) ? tr("Yesterday")
                                                    : QLocale().toString(day, QLocale::LongFormat);
    const QFont small = smallFont(option.font);
    QFont bold = small;
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(bold);
    const QRect rect = option.rect;
    const int textWidth = metrics.horizontalAdvance(text) + 24;
    const int y = rect.center().y();
    painter->setPen(hairline(option.palette));
    painter->drawLine(rect.left() + kMargin, y, rect.center().x() - textWidth / 2, y);
    painter->drawLine(rect.center().x() + textWidth / 2, y, rect.right() - kMargin, y);
    painter->setFont(bold);
    painter->setPen(mutedText(option.palette));
    painter->drawText(rect, Qt::AlignCenter, text);
}

void TimelineDelegate::paintSwitch(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const auto channel = Channel(index.data(TimelineModel::ChannelRole).toInt());
    const auto previous = Channel(index.data(TimelineModel::PreviousChannelRole).toInt());
    const QString text =
        tr("Switched from %1 to %2").arg(channelDisplayName(previous), channelDisplayName(channel));
    const QFont small = smallFont(option.font);
    const QFontMetrics metrics(small);
    const int iconSize = metrics.height();
    const int pillWidth = metrics.horizontalAdvance(text) + 2 * iconSize + 40;
    const int pillHeight = metrics.height() + 8;
    const QRect pill(option.rect.center().x() - pillWidth / 2, option.rect.center().y() - pillHeight / 2,
                     pillWidth, pillHeight);
    QColor fill = option.palette.color(QPalette::Highlight);
    fill.setAlpha(28);
    painter->setPen(QPen(hairline(option.palette), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, pillHeight / 2.0, pillHeight / 2.0);
    int x = pill.left() + 12;
    channelIcon(previous).paint(painter, QRect(x, pill.top() + 4, iconSize, iconSize));
    x += iconSize + 2;
    painter->setPen(mutedText(option.palette));
    painter->setFont(small);
    painter->drawText(QRect(x, pill.top(), 12, pill.height()), Qt::AlignCenter, QStringLiteral("→"));
    x += 14;
    channelIcon(channel).paint(painter, QRect(x, pill.top() + 4, iconSize, iconSize));
    x += iconSize + 8;
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(QRect(x, pill.top(), pill.right() - x, pill.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      text);
}

void TimelineDelegate::paintActivity(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QString when = models::TimeText::clock(
        QDateTime::fromMSecsSinceEpoch(index.data(TimelineModel::CreatedAtRole).toLongLong()).time());
    const QString text =
        index.data(TimelineModel::BodyRole).toString().simplified() + QStringLiteral("  ·  ") + when;
    QFont small = smallFont(option.font);
    small.setItalic(true);
    painter->setFont(small);
    painter->setPen(mutedText(option.palette));
    const QRect rect =
        option.rect.adjusted(int(option.rect.width() * 0.1), 6, -int(option.rect.width() * 0.1), -6);
    painter->drawText(rect, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, text);
}

void TimelineDelegate::paintMessage(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const Layout layout = layoutMessage(option, index);
    const QPalette &palette = option.palette;
    const MessageKind kind = messageKindOf(index);
    const bool note = kind == MessageKind::Note;
    const bool outgoing = kind == MessageKind::Outgoing;
    const bool paper = isPaper(index);
    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);

    // The bubble.
    QColor fill = note       ? noteBackground(palette)
                  : outgoing ? outgoingBubble(palette)
                             : incomingBubble(palette);
    if (paper)
        fill = QColor(0xff, 0xff, 0xff);
    painter->setPen(paper || note ? QPen(note ? noteAccent(palette) : hairline(palette), 1) : Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(layout.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    if (note) {
        QPainterPath bar;
        bar.addRoundedRect(QRectF(layout.bubble.left(), layout.bubble.top(), 8, layout.bubble.height()), 4,
                           4);
        painter->setClipRect(QRect(layout.bubble.left(), layout.bubble.top(), 4, layout.bubble.height()));
        painter->fillPath(bar, noteAccent(palette));
        painter->setClipping(false);
    }
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(layout.bubble).adjusted(-1.5, -1.5, 1.5, 1.5), 11, 11);
    }

    // The header: who, where, when.
    const QString author = index.data(TimelineModel::AuthorNameRole).toString();
    const auto channel = Channel(index.data(TimelineModel::ChannelRole).toInt());
    const QString when = models::TimeText::clock(
        QDateTime::fromMSecsSinceEpoch(index.data(TimelineModel::CreatedAtRole).toLongLong()).time());
    painter->setFont(small);
    int x = layout.header.left();
    QStringList parts;
    if (note) {
        drawLock(painter,
                 QRectF(x, layout.header.top() + 2, smallMetrics.height() - 4, smallMetrics.height() - 4),
                 noteAccent(palette));
        x += smallMetrics.height();
        QFont bold = small;
        bold.setWeight(QFont::Bold);
        painter->setFont(bold);
        painter->setPen(noteAccent(palette));
        const QString internal = tr("Internal note");
        painter->drawText(QRect(x, layout.header.top(), 400, layout.header.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, internal);
        x += QFontMetrics(bold).horizontalAdvance(internal) + 8;
        painter->setFont(small);
    }
    parts.append(author.isEmpty() ? (outgoing ? tr("You") : tr("Customer")) : author);
    const bool showChannel = showChannels_ || channel == Channel::Api;
    const QString headerText = parts.join(QStringLiteral(" · "));
    const QString tail = (showChannel ? QStringLiteral("  ") : QString()) + when;
    const int headerWidth =
        smallMetrics.horizontalAdvance(headerText) + smallMetrics.horizontalAdvance(tail) +
        (showChannel ? smallMetrics.height() + smallMetrics.horizontalAdvance(channelDisplayName(channel)) + 8
                     : 8);
    if (outgoing && !note)
        x = layout.header.right() - headerWidth;
    QFont authorFont = small;
    authorFont.setWeight(QFont::DemiBold);
    painter->setFont(authorFont);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRect(x, layout.header.top(), 600, layout.header.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, headerText);
    x += QFontMetrics(authorFont).horizontalAdvance(headerText) + 8;
    painter->setFont(small);
    painter->setPen(mutedText(palette));
    if (showChannel) {
        const int icon = smallMetrics.height() - 2;
        channelIcon(channel).paint(painter, QRect(x, layout.header.top() + 2, icon, icon));
        x += icon + 4;
        const QString name = channelDisplayName(channel);
        painter->drawText(QRect(x, layout.header.top(), 300, layout.header.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, name);
        x += smallMetrics.horizontalAdvance(name) + 8;
    }
    painter->drawText(QRect(x, layout.header.top(), 300, layout.header.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, when);

    // The body.
    SafeTextDocument *document = documentFor(index, option);
    painter->save();
    painter->translate(layout.bodyOrigin);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    if (paper) {
        context.palette.setColor(QPalette::Text, Qt::black);
        context.palette.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xc8));
    }
    context.clip = QRectF(0, 0, document->textWidth(), document->size().height());
    // Only what is on screen is drawn: an expanded body can be far taller than the view.
    if (painter->hasClipping())
        context.clip &= painter->clipBoundingRect();
    document->documentLayout()->draw(painter, context);
    painter->restore();

    // Attachments.
    const QStringList attachments = index.data(TimelineModel::AttachmentsRole).toStringList();
    const QColor chipText = paper ? QColor(0x30, 0x36, 0x40) : palette.color(QPalette::Text);
    for (qsizetype i = 0; i < layout.attachments.size() && i < attachments.size(); ++i) {
        const QRect chip = layout.attachments[i];
        painter->setPen(QPen(paper ? QColor(0xd0, 0xd4, 0xda) : hairline(palette), 1));
        painter->setBrush(paper ? QColor(0xf4, 0xf5, 0xf7) : palette.color(QPalette::Base));
        painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        kontorIcon(QStringLiteral("attachment"))
            .paint(painter, QRect(chip.left() + 6, chip.top() + 4, chip.height() - 8, chip.height() - 8));
        painter->setPen(chipText);
        painter->drawText(chip.adjusted(24, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(attachments[i], Qt::ElideMiddle, chip.width() - 30));
    }

    // Footer: delivery state and actions.
    if (layout.footer.height() > 0) {
        const QString footer = footerText(
            index, document->isFolded() && isExpanded(index.data(TimelineModel::MessageIdRole).toLongLong()));
        const auto delivery = DeliveryState(index.data(TimelineModel::DeliveryStateRole).toInt());
        int right = layout.links.isEmpty() ? layout.footer.right() : layout.links.first().rect.left() - 14;
        if (!footer.isEmpty()) {
            painter->setPen(delivery == DeliveryState::Failed ? failureColor(palette)
                            : delivery == DeliveryState::Read ? palette.color(QPalette::Link)
                                                              : mutedText(palette));
            const int w = smallMetrics.horizontalAdvance(footer);
            painter->drawText(QRect(right - w, layout.footer.top(), w, layout.footer.height()),
                              Qt::AlignRight | Qt::AlignVCenter, footer);
        }
        QFont linkFont = small;
        linkFont.setUnderline(true);
        painter->setFont(linkFont);
        painter->setPen(paper ? QColor(0x1a, 0x5f, 0xc8) : palette.color(QPalette::Link));
        for (const Link &link : layout.links)
            painter->drawText(link.rect, Qt::AlignCenter, actionText(link.action));
    }
    if (layout.failure.height() > 0) {
        painter->setFont(small);
        painter->setPen(failureColor(palette));
        painter->drawText(
            layout.failure, Qt::AlignRight | Qt::AlignVCenter,
            smallMetrics.elidedText(failureText(index), Qt::ElideRight, layout.failure.width()));
    }
}

} // namespace kontor::ui
