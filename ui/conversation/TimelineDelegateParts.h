#pragma once

// Shared by the timeline delegate's layout and painting: sizes, the roles it reads, the texts of its footer.
#include "core/Message.h"
#include "models/TimelineModel.h"
#include "ui/conversation/TimelineDelegate.h"

#include <QFont>
#include <QModelIndex>
#include <QPainter>

namespace kontor::ui::timeline {

using models::TimelineItem;
using models::TimelineModel;

constexpr int kMargin = 16;
constexpr int kPadX = 12;
constexpr int kPadY = 8;
constexpr int kGap = 8;
constexpr int kMaxCached = 600;

inline QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.86);
    return small;
}

inline models::TimelineItem::Kind kindOf(const QModelIndex &index)
{
    return TimelineItem::Kind(index.data(TimelineModel::ItemKindRole).toInt());
}

inline MessageKind messageKindOf(const QModelIndex &index)
{
    return MessageKind(index.data(TimelineModel::MessageKindRole).toInt());
}

inline QString deliveryText(DeliveryState state)
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

inline QString actionText(TimelineDelegate::Action action)
{
    switch (action) {
    case TimelineDelegate::Action::LoadRemoteContent:
        return TimelineDelegate::tr("Load remote content");
    case TimelineDelegate::Action::ViewSource:
        return TimelineDelegate::tr("View source");
    case TimelineDelegate::Action::Retry:
        return TimelineDelegate::tr("Retry");
    case TimelineDelegate::Action::Discard:
        return TimelineDelegate::tr("Discard");
    case TimelineDelegate::Action::ShowAll:
        return TimelineDelegate::tr("Show all");
    }
    return {};
}

// Why a failed message was not delivered, for the line under its footer; empty when it did not fail.
inline QString failureText(const QModelIndex &index)
{
    if (DeliveryState(index.data(TimelineModel::DeliveryStateRole).toInt()) != DeliveryState::Failed)
        return {};
    const QString error = index.data(TimelineModel::DeliveryErrorRole).toString().simplified();
    return error.isEmpty() ? QString() : TimelineDelegate::tr("Reason: %1").arg(error);
}

inline void drawLock(QPainter *painter, const QRectF &box, const QColor &color)
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

inline bool isPaper(const QModelIndex &index)
{
    return BodyFormat(index.data(TimelineModel::BodyFormatRole).toInt()) == BodyFormat::Html;
}

} // namespace kontor::ui::timeline
