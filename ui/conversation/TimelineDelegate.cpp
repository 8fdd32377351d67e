#include "ui/conversation/TimelineDelegate.h"

#include "models/TimeText.h"
#include "models/TimelineModel.h"
#include "ui/common/ChannelIcons.h"
#include "ui/common/WorkspaceColors.h"
#include "ui/conversation/RemoteContentSource.h"
#include "ui/conversation/SafeTextDocument.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPersistentModelIndex>
#include <QToolTip>

namespace kontor::ui {

using models::TimelineItem;
using models::TimelineModel;

namespace {
constexpr int kMargin = 16;
constexpr int kPadX = 12;
constexpr int kPadY = 8;
constexpr int kGap = 8;
constexpr int kMaxCached = 600;

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.86);
    return small;
}

TimelineItem::Kind kindOf(const QModelIndex &index)
{
    return TimelineItem::Kind(index.data(TimelineModel::ItemKindRole).toInt());
}

MessageKind messageKindOf(const QModelIndex &index)
{
    return MessageKind(index.data(TimelineModel::MessageKindRole).toInt());
}

QString deliveryText(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Queued:
        return TimelineDelegate::tr("○ Queued");
    case DeliveryState::Sent:
        return TimelineDelegate::tr("✓ Sent");
    case DeliveryState::Delivered:
        return TimelineDelegate::tr("✓✓ Delivered");
    case DeliveryState::Read:
        return TimelineDelegate::tr("✓✓ Read");
    case DeliveryState::Failed:
        return TimelineDelegate::tr("⚠ Not delivered");
    case DeliveryState::None:
        break;
    }
    return {};
}

QString actionText(TimelineDelegate::Action action)
{
    switch (action) {
    case TimelineDelegate::Action::LoadRemoteContent:
        return TimelineDelegate::tr("Load remote content");
    case TimelineDelegate::Action::ViewSource:
        return TimelineDelegate::tr("View source");
    case TimelineDelegate::Action::Retry:
        return TimelineDelegate::tr("Retry");
    }
    return {};
}

void drawLock(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1.4));
    painter->setBrush(Qt::NoBrush);
    const QRectF shackle(box.left() + box.width() * 0.25, box.top(), box.width() * 0.5, box.height() * 0.6);
    painter->drawArc(shackle, 0, 180 * 16);
    painter->setBrush(color);
    painter->drawRoundedRect(QRectF(box.left() + box.width() * 0.15, box.top() + box.height() * 0.38,
                                    box.width() * 0.7, box.height() * 0.58),
                             1.5, 1.5);
    painter->restore();
}

bool isPaper(const QModelIndex &index)
{
    return BodyFormat(index.data(TimelineModel::BodyFormatRole).toInt()) == BodyFormat::Html;
}
} // namespace

TimelineDelegate::TimelineDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , view_(view)
{}

TimelineDelegate::~TimelineDelegate() = default;

void TimelineDelegate::clearCache()
{
    rendered_.clear();
}

int TimelineDelegate::contentWidth(const QStyleOptionViewItem &option) const
{
    const int viewport = view_ ? view_->viewport()->width() : option.rect.width();
    return qMax(240, viewport);
}

SafeTextDocument *TimelineDelegate::documentFor(const QModelIndex &index,
                                                const QStyleOptionViewItem &option) const
{
    const qint64 id = index.data(TimelineModel::MessageIdRole).toLongLong();
    const QString body = index.data(TimelineModel::BodyRole).toString();
    const int format = index.data(TimelineModel::BodyFormatRole).toInt();
    const bool dark = isDark(option.palette) && !isPaper(index);
    const bool remote = remoteAllowed_.contains(id);
    auto it = rendered_.find(id);
    if (it != rendered_.end() && it->body == body && it->format == format && it->dark == dark &&
        it->remote == remote && it->fetched == fetched_.size())
        return it->document.get();
    if (rendered_.size() > kMaxCached)
        rendered_.clear();
    MessageRenderOptions options;
    options.font = option.font;
    options.palette = option.palette;
    if (isPaper(index)) {
        // Email HTML is laid out as its sender wrote it, dark text on light paper, in either scheme.
        options.palette.setColor(QPalette::Text, Qt::black);
        options.palette.setColor(QPalette::Window, Qt::white);
        options.palette.setColor(QPalette::Base, Qt::white);
        options.palette.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xc8));
    }
    options.highlightMentions = messageKindOf(index) == MessageKind::Note;
    if (remote)
        options.fetchedImages = fetched_;
    Rendered rendered;
    rendered.document = renderMessageBody(body, BodyFormat(format), options);
    rendered.body = body;
    rendered.format = format;
    rendered.dark = dark;
    rendered.remote = remote;
    rendered.fetched = int(fetched_.size());
    it = rendered_.insert(id, std::move(rendered));
    return it->document.get();
}

TimelineDelegate::Layout TimelineDelegate::layoutMessage(const QStyleOptionViewItem &option,
                                                         const QModelIndex &index) const
{
    Layout layout;
    const MessageKind kind = messageKindOf(index);
    const bool note = kind == MessageKind::Note;
    const bool outgoing = kind == MessageKind::Outgoing;
    const bool paper = isPaper(index);
    const int width = contentWidth(option);
    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);

    const int available = width - 2 * kMargin;
    const int maxBubble = note ? available : qMin(int(available * (paper ? 0.9 : 0.78)), paper ? 780 : 640);
    const int maxBody = maxBubble - 2 * kPadX;
    SafeTextDocument *document = documentFor(index, option);
    document->setTextWidth(maxBody);
    int bodyWidth = maxBody;
    if (!paper && !note) {
        bodyWidth = qMin(maxBody, int(std::ceil(document->idealWidth())) + 1);
        document->setTextWidth(bodyWidth);
    }
    const int bodyHeight = int(std::ceil(document->size().height()));

    // Attachments as chips, wrapped.
    const QStringList attachments = index.data(TimelineModel::AttachmentsRole).toStringList();
    QList<QRect> chips;
    int chipX = 0;
    int chipY = 0;
    int chipsWidth = 0;
    const int chipHeight = smallMetrics.height() + 8;
    for (const QString &attachment : attachments) {
        const int chipWidth = qMin(maxBody, smallMetrics.horizontalAdvance(attachment) + 30);
        if (chipX > 0 && chipX + chipWidth > maxBody) {
            chipX = 0;
            chipY += chipHeight + 4;
        }
        chips.append(QRect(chipX, chipY, chipWidth, chipHeight));
        chipX += chipWidth + 6;
        chipsWidth = qMax(chipsWidth, chipX - 6);
    }
    const int chipsHeight = chips.isEmpty() ? 0 : chipY + chipHeight + 6;

    // Footer: delivery state and the actions that apply.
    QList<Action> actions;
    const auto bodyKind = classifyBody(index.data(TimelineModel::BodyRole).toString(),
                                       BodyFormat(index.data(TimelineModel::BodyFormatRole).toInt()));
    const qint64 id = index.data(TimelineModel::MessageIdRole).toLongLong();
    if (paper && (!document->blockedUrls().isEmpty() || !document->remoteImages().isEmpty()) &&
        !remoteAllowed_.contains(id))
        actions.append(Action::LoadRemoteContent);
    if (bodyKind == BodyKind::Html || bodyKind == BodyKind::Json || bodyKind == BodyKind::Xml)
        actions.append(Action::ViewSource);
    const auto delivery = DeliveryState(index.data(TimelineModel::DeliveryStateRole).toInt());
    if (delivery == DeliveryState::Failed && retryAvailable_ &&
        !index.data(TimelineModel::ClientUuidRole).toString().isEmpty())
        actions.append(Action::Retry);
    const QString footer = footerText(index);
    int footerWidth = footer.isEmpty() ? 0 : smallMetrics.horizontalAdvance(footer);
    for (Action action : actions)
        footerWidth += smallMetrics.horizontalAdvance(actionText(action)) + 14;
    const int footerHeight = footerWidth > 0 ? smallMetrics.height() + 4 : 0;

    const int headerHeight = smallMetrics.height() + 4;
    const int innerWidth = qMin(maxBody, std::max({bodyWidth, chipsWidth, footerWidth}));
    const int bubbleWidth = note ? maxBubble : innerWidth + 2 * kPadX;
    const int top = option.rect.top() + kGap;
    const int bubbleTop = note ? top : top + headerHeight;
    const int innerHeaderHeight = note ? headerHeight + 2 : 0;
    const int bubbleHeight = 2 * kPadY + innerHeaderHeight + bodyHeight + chipsHeight + footerHeight;
    const int left =
        outgoing ? option.rect.left() + width - kMargin - bubbleWidth : option.rect.left() + kMargin;
    layout.bubble = QRect(left, bubbleTop, bubbleWidth, bubbleHeight);
    layout.header = note ? QRect(left + kPadX + 4, top + kPadY, bubbleWidth - 2 * kPadX, headerHeight)
                         : QRect(left + 2, top, qMax(bubbleWidth, 360) - 4, headerHeight);
    if (outgoing && !note)
        layout.header.moveRight(layout.bubble.right() - 2);
    const int innerLeft = left + kPadX + (note ? 4 : 0);
    layout.bodyOrigin = QPoint(innerLeft, bubbleTop + kPadY + innerHeaderHeight);
    const int chipsTop = layout.bodyOrigin.y() + bodyHeight + (chips.isEmpty() ? 0 : 6);
    for (const QRect &chip : chips)
        layout.attachments.append(chip.translated(innerLeft, chipsTop));
    layout.footer =
        QRect(innerLeft, chipsTop + chipsHeight, bubbleWidth - 2 * kPadX - (note ? 4 : 0), footerHeight);
    int linkRight = layout.footer.right();
    for (qsizetype i = actions.size() - 1; i >= 0; --i) {
        const int w = smallMetrics.horizontalAdvance(actionText(actions[i]));
        layout.links.prepend(
            {QRect(linkRight - w, layout.footer.top(), w, layout.footer.height()), actions[i]});
        linkRight -= w + 14;
    }
    layout.height = (bubbleTop - option.rect.top()) + bubbleHeight + kGap / 2;
    return layout;
}

QString TimelineDelegate::footerText(const QModelIndex &index) const
{
    const qint64 id = index.data(TimelineModel::MessageIdRole).toLongLong();
    if (isPaper(index) && remoteAllowed_.contains(id) && !remote_)
        return tr("Remote content cannot be loaded in this workspace");
    if (messageKindOf(index) != MessageKind::Outgoing)
        return {};
    return deliveryText(DeliveryState(index.data(TimelineModel::DeliveryStateRole).toInt()));
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = contentWidth(option);
    const QFontMetrics smallMetrics(smallFont(option.font));
    switch (kindOf(index)) {
    case TimelineItem::Kind::DaySeparator:
        return {width, smallMetrics.height() + 20};
    case TimelineItem::Kind::ChannelSwitch:
        return {width, smallMetrics.height() + 22};
    case TimelineItem::Kind::Message:
        break;
    }
    if (messageKindOf(index) == MessageKind::Activity) {
        const QString text = index.data(TimelineModel::BodyRole).toString().simplified();
        const QRect bounds = smallMetrics.boundingRect(QRect(0, 0, int(width * 0.8), 1000),
                                                       Qt::TextWordWrap | Qt::AlignHCenter, text);
        return {width, qMin(bounds.height(), 3 * smallMetrics.lineSpacing()) + 12};
    }
    QStyleOptionViewItem sized = option;
    sized.rect = QRect(0, 0, width, 0);
    return {width, layoutMessage(sized, index).height};
}

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
        const QString footer = footerText(index);
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
}

bool TimelineDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease || kindOf(index) != TimelineItem::Kind::Message ||
        messageKindOf(index) == MessageKind::Activity)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const QPoint pos = mouse->position().toPoint();
    const Layout layout = layoutMessage(option, index);
    for (const Link &link : layout.links) {
        if (link.rect.adjusted(-4, -2, 4, 2).contains(pos)) {
            Q_EMIT actionRequested(index, link.action);
            return true;
        }
    }
    SafeTextDocument *document = documentFor(index, option);
    const QString anchor = document->documentLayout()->anchorAt(pos - layout.bodyOrigin);
    if (!anchor.isEmpty()) {
        Q_EMIT linkActivated(QUrl(anchor));
        return true;
    }
    return false;
}

bool TimelineDelegate::isClickable(const QStyleOptionViewItem &option, const QModelIndex &index,
                                   const QPoint &pos) const
{
    if (kindOf(index) != TimelineItem::Kind::Message || messageKindOf(index) == MessageKind::Activity)
        return false;
    const Layout layout = layoutMessage(option, index);
    for (const Link &link : layout.links) {
        if (link.rect.adjusted(-4, -2, 4, 2).contains(pos))
            return true;
    }
    return !documentFor(index, option)->documentLayout()->anchorAt(pos - layout.bodyOrigin).isEmpty();
}

bool TimelineDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (kindOf(index) == TimelineItem::Kind::Message && messageKindOf(index) != MessageKind::Activity) {
        const Layout layout = layoutMessage(option, index);
        const QString anchor =
            documentFor(index, option)->documentLayout()->anchorAt(event->pos() - layout.bodyOrigin);
        if (!anchor.isEmpty()) {
            QToolTip::showText(event->globalPos(), anchor, view);
            return true;
        }
        if (layout.bubble.contains(event->pos())) {
            const QDateTime when =
                QDateTime::fromMSecsSinceEpoch(index.data(TimelineModel::CreatedAtRole).toLongLong());
            QToolTip::showText(event->globalPos(), QLocale().toString(when, QLocale::LongFormat), view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void TimelineDelegate::allowRemoteContent(const QModelIndex &index)
{
    const qint64 id = index.data(TimelineModel::MessageIdRole).toLongLong();
    QStyleOptionViewItem option;
    option.initFrom(view_);
    option.font = view_->font();
    SafeTextDocument *document = documentFor(index, option);
    QSet<QUrl> blocked = document->remoteImages();
    blocked.unite(document->blockedUrls());
    remoteAllowed_.insert(id);
    rendered_.remove(id);
    Q_EMIT sizeHintChanged(index);
    if (!remote_)
        return;
    const QPersistentModelIndex persistent(index);
    for (const QUrl &url : blocked) {
        remote_->fetch(url, this, [this, url, persistent](const QByteArray &bytes) {
            const QImage image = QImage::fromData(bytes);
            if (image.isNull())
                return;
            fetched_.insert(url, image);
            if (persistent.isValid()) {
                rendered_.remove(persistent.data(TimelineModel::MessageIdRole).toLongLong());
                Q_EMIT sizeHintChanged(persistent);
            }
        });
    }
}

} // namespace kontor::ui
