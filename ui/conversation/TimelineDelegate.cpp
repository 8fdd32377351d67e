#include "ui/conversation/TimelineDelegate.h"

#include "models/TimeText.h"
#include "models/TimelineModel.h"
#include "ui/common/ChannelIcons.h"
#include "ui/common/WorkspaceColors.h"
#include "ui/conversation/RemoteContentSource.h"
#include "ui/conversation/SafeTextDocument.h"
#include "ui/conversation/TimelineDelegateParts.h"

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

using namespace timeline;

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
    return renderedFor(index, option).document.get();
}

const TimelineDelegate::Rendered &TimelineDelegate::renderedFor(const QModelIndex &index,
                                                                const QStyleOptionViewItem &option) const
{
    const qint64 id = index.data(TimelineModel::MessageIdRole).toLongLong();
    const QString body = index.data(TimelineModel::BodyRole).toString();
    const int format = index.data(TimelineModel::BodyFormatRole).toInt();
    const QByteArray interaction = index.data(TimelineModel::InteractionRole).toByteArray();
    const bool dark = isDark(option.palette) && !isPaper(index);
    const bool remote = remoteAllowed_.contains(id);
    const bool expanded = expanded_.contains(id);
    auto it = rendered_.find(id);
    if (it != rendered_.end() && it->body == body && it->interaction == interaction && it->format == format &&
        it->dark == dark && it->remote == remote && it->expanded == expanded && it->fetched == fetchCount_)
        return *it;
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
    options.allowRemoteImages = remote;
    options.expanded = expanded;
    options.interaction = interaction;
    if (remote)
        options.fetchedImage = [this](const QUrl &url) { return fetchedImage(url); };
    Rendered rendered;
    rendered.document = renderMessageBody(body, BodyFormat(format), options);
    rendered.body = body;
    rendered.interaction = interaction;
    rendered.format = format;
    rendered.dark = dark;
    rendered.remote = remote;
    rendered.expanded = expanded;
    rendered.fetched = fetchCount_;
    rendered.kind = classifyBody(body, BodyFormat(format));
    it = rendered_.insert(id, std::move(rendered));
    return *it;
}

render::DecodedImage TimelineDelegate::fetchedImage(const QUrl &url) const
{
    render::DecodedImage decoded;
    decoded.image = fetched_.find(render::ImageCache::keyFor(url.toString(QUrl::FullyEncoded), {}));
    if (decoded.image.isNull())
        decoded.refusal = fetchRefused_.value(url, render::ImageRefusal::RemoteUnavailable);
    return decoded;
}

QStyleOptionViewItem TimelineDelegate::viewOption() const
{
    QStyleOptionViewItem option;
    option.initFrom(view_);
    option.font = view_->font();
    return option;
}

bool TimelineDelegate::isFolded(const QModelIndex &index) const
{
    if (kindOf(index) != TimelineItem::Kind::Message || messageKindOf(index) == MessageKind::Activity)
        return false;
    return documentFor(index, viewOption())->isFolded();
}

void TimelineDelegate::expandMessage(const QModelIndex &index)
{
    expanded_.insert(index.data(TimelineModel::MessageIdRole).toLongLong());
    Q_EMIT sizeHintChanged(index);
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
    const Rendered &rendered = renderedFor(index, option);
    SafeTextDocument *document = rendered.document.get();
    if (rendered.fittedTo != maxBody) {
        document->setTextWidth(maxBody);
        rendered.fittedWidth = maxBody;
        if (!paper && !note) {
            rendered.fittedWidth = qMin(maxBody, int(std::ceil(document->idealWidth())) + 1);
            document->setTextWidth(rendered.fittedWidth);
        }
        rendered.fittedTo = maxBody;
    } else if (document->textWidth() != rendered.fittedWidth) {
        document->setTextWidth(rendered.fittedWidth);
    }
    const int bodyWidth = rendered.fittedWidth;
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
    const BodyKind bodyKind = rendered.kind;
    const qint64 id = index.data(TimelineModel::MessageIdRole).toLongLong();
    const bool folded = document->isFolded();
    if (folded && !expanded_.contains(id))
        actions.append(Action::ShowAll);
    if (paper && (!document->blockedUrls().isEmpty() || !document->remoteImages().isEmpty()) &&
        !remoteAllowed_.contains(id))
        actions.append(Action::LoadRemoteContent);
    // What even "Show all" cannot show is in the source.
    if (bodyKind == BodyKind::Html || bodyKind == BodyKind::Json || bodyKind == BodyKind::Xml || folded)
        actions.append(Action::ViewSource);
    const auto delivery = DeliveryState(index.data(TimelineModel::DeliveryStateRole).toInt());
    const bool unsent =
        delivery == DeliveryState::Failed && !index.data(TimelineModel::ClientUuidRole).toString().isEmpty();
    if (unsent && retryAvailable_)
        actions.append(Action::Retry);
    if (unsent && discardAvailable_)
        actions.append(Action::Discard);
    const QString footer = footerText(index, folded && expanded_.contains(id));
    int footerWidth = footer.isEmpty() ? 0 : smallMetrics.horizontalAdvance(footer);
    for (Action action : actions)
        footerWidth += smallMetrics.horizontalAdvance(actionText(action)) + 14;
    const int footerHeight = footerWidth > 0 ? smallMetrics.height() + 4 : 0;
    const QString failure = failureText(index);
    const int failureWidth = failure.isEmpty() ? 0 : smallMetrics.horizontalAdvance(failure);
    const int failureHeight = failure.isEmpty() ? 0 : smallMetrics.height() + 2;

    const int headerHeight = smallMetrics.height() + 4;
    const int innerWidth = qMin(maxBody, std::max({bodyWidth, chipsWidth, footerWidth, failureWidth}));
    const int bubbleWidth = note ? maxBubble : innerWidth + 2 * kPadX;
    const int top = option.rect.top() + kGap;
    const int bubbleTop = note ? top : top + headerHeight;
    const int innerHeaderHeight = note ? headerHeight + 2 : 0;
    const int bubbleHeight =
        2 * kPadY + innerHeaderHeight + bodyHeight + chipsHeight + footerHeight + failureHeight;
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
    layout.failure = QRect(innerLeft, layout.footer.bottom() + 1, layout.footer.width(), failureHeight);
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

QString TimelineDelegate::footerText(const QModelIndex &index, bool cutEvenExpanded) const
{
    const qint64 id = index.data(TimelineModel::MessageIdRole).toLongLong();
    if (isPaper(index) && remoteAllowed_.contains(id) && !remote_)
        return tr("Remote content cannot be loaded in this workspace");
    if (messageKindOf(index) != MessageKind::Outgoing)
        return cutEvenExpanded ? tr("Too long to show in full") : QString();
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
    const QStringList targets = attachmentTargetsAt(index, layout, pos);
    if (!targets.isEmpty()) {
        if (!targets.first().isEmpty())
            Q_EMIT attachmentActivated(QUrl(targets.first()));
        return true;
    }
    SafeTextDocument *document = documentFor(index, option);
    const QString anchor = document->documentLayout()->anchorAt(pos - layout.bodyOrigin);
    if (!anchor.isEmpty()) {
        Q_EMIT linkActivated(QUrl(anchor));
        return true;
    }
    return false;
}

// The target of the attachment chip under pos, as the only element of the list; an empty list when pos is
// on no chip. The targets are read only now, on a click.
QStringList TimelineDelegate::attachmentTargetsAt(const QModelIndex &index, const Layout &layout,
                                                  const QPoint &pos) const
{
    for (qsizetype i = 0; i < layout.attachments.size(); ++i) {
        if (!layout.attachments[i].contains(pos))
            continue;
        const QStringList targets = index.data(TimelineModel::AttachmentTargetsRole).toStringList();
        return {targets.value(i)};
    }
    return {};
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
    for (const QRect &chip : layout.attachments) {
        if (chip.contains(pos))
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
        const QString failure = failureText(index);
        if (!failure.isEmpty() &&
            (layout.failure.contains(event->pos()) || layout.footer.contains(event->pos()))) {
            QToolTip::showText(event->globalPos(), failure, view);
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
    SafeTextDocument *document = documentFor(index, viewOption());
    QSet<QUrl> blocked = document->remoteImages();
    blocked.unite(document->blockedUrls());
    remoteAllowed_.insert(id);
    rendered_.remove(id);
    Q_EMIT sizeHintChanged(index);
    if (!remote_)
        return;
    const QPersistentModelIndex persistent(index);
    remote_->fetch(blocked.values(), this, [this, persistent](const QUrl &url, const QByteArray &bytes) {
        if (bytes.isEmpty())
            return;
        // Decoded within the same bounds as embedded images, once, on arrival.
        const render::DecodedImage decoded = render::decodeImage(bytes);
        if (decoded.refusal == render::ImageRefusal::None)
            fetched_.insert(render::ImageCache::keyFor(url.toString(QUrl::FullyEncoded), {}), decoded.image);
        else if (fetchRefused_.size() < 4096)
            fetchRefused_.insert(url, decoded.refusal);
        ++fetchCount_;
        if (persistent.isValid()) {
            rendered_.remove(persistent.data(TimelineModel::MessageIdRole).toLongLong());
            Q_EMIT sizeHintChanged(persistent);
        }
    });
}

} // namespace kontor::ui
