#include "ui/inbox/ConversationDelegate.h"

#include "models/ConversationListModel.h"
#include "models/SlaClock.h"
#include "models/TimeText.h"
#include "ui/common/ChannelIcons.h"
#include "ui/common/WorkspaceColors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace kontor::ui {

using models::ConversationListModel;

namespace {
constexpr int kPadding = 10;
constexpr int kCompactPadding = 4; // above and below the lines of a row, in the compact density
bool compactRows = false;
constexpr int kIconSize = 20;
constexpr int kLineGap = 3;

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.86);
    return small;
}

// A rounded pill with text; returns its width.
int drawPill(QPainter *painter, const QRect &anchorRight, const QString &text, const QColor &color,
             const QFont &font, bool filled)
{
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 12;
    const int height = metrics.height() + 2;
    const QRect pill(anchorRight.right() - width, anchorRight.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(filled ? 255 : 38);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(filled ? QColor(Qt::white) : color);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
    return width;
}

QString priorityMark(Priority priority)
{
    switch (priority) {
    case Priority::Urgent:
        return ConversationDelegate::tr("Urgent");
    case Priority::High:
        return ConversationDelegate::tr("High");
    case Priority::Medium:
        return ConversationDelegate::tr("Medium");
    case Priority::Low:
        return ConversationDelegate::tr("Low");
    case Priority::None:
        break;
    }
    return {};
}
} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ConversationDelegate::setCompact(bool compact)
{
    compactRows = compact;
}

bool ConversationDelegate::isCompact()
{
    return compactRows;
}

int ConversationDelegate::rowHeight(const QFont &font)
{
    const QFontMetrics normal(font);
    const QFontMetrics small(smallFont(font));
    return 2 * (compactRows ? kCompactPadding : kPadding) + 2 * normal.height() + small.height() +
           2 * kLineGap;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Narrow on purpose: the list stretches rows to its width, and a wide hint would make it scroll sideways.
    return {120, rowHeight(option.font)};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool current = option.state & QStyle::State_HasFocus;
    const QRect rect = option.rect;
    painter->save();

    // Background: the selection, or the base with a hairline under each row.
    if (selected) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(isDark(palette) ? 90 : 40);
        painter->fillRect(rect, fill);
    } else {
        painter->fillRect(rect, palette.color(QPalette::Base));
    }
    if (current) {
        painter->fillRect(QRect(rect.left(), rect.top(), 3, rect.height()),
                          palette.color(QPalette::Highlight));
    }
    painter->setPen(hairline(palette));
    painter->drawLine(rect.bottomLeft() + QPoint(kPadding, 0), rect.bottomRight());

    const int unread = index.data(ConversationListModel::UnreadCountRole).toInt();
    const UtcMillis now = nowUtcMillis();
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = mutedText(palette);
    const QFont base = option.font;
    const QFont small = smallFont(base);
    const QFontMetrics baseMetrics(base);
    const QFontMetrics smallMetrics(small);

    const int left = rect.left() + kPadding + 4;
    const int right = rect.right() - kPadding;
    const int line1 = rect.top() + (compactRows ? kCompactPadding : kPadding);
    const int line2 = line1 + baseMetrics.height() + kLineGap;
    const int line3 = line2 + baseMetrics.height() + kLineGap;
    const int textLeft = left + kIconSize + 10;

    // Channel icon, with an unread dot on its corner.
    const auto channel = Channel(index.data(ConversationListModel::ChannelRole).toInt());
    const QRect iconRect(left, line1 + (baseMetrics.height() - kIconSize) / 2, kIconSize, kIconSize);
    channelIcon(channel).paint(painter, iconRect);
    if (unread > 0) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(palette.color(QPalette::Base), 2));
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawEllipse(QPoint(iconRect.right() + 1, iconRect.top() + 1), 5, 5);
    }

    // Line 1: customer and age.
    const QString age =
        models::TimeText::age(index.data(ConversationListModel::LastActivityRole).toLongLong(), now);
    painter->setFont(small);
    painter->setPen(unread > 0 ? text : muted);
    const int ageWidth = smallMetrics.horizontalAdvance(age);
    painter->drawText(QRect(right - ageWidth, line1, ageWidth, baseMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, age);
    QFont nameFont = base;
    nameFont.setWeight(unread > 0 ? QFont::Bold : QFont::DemiBold);
    painter->setFont(nameFont);
    painter->setPen(text);
    const QString name = index.data(ConversationListModel::CustomerNameRole).toString();
    const QRect nameRect(textLeft, line1, right - ageWidth - 8 - textLeft, baseMetrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameRect.width()));

    // Line 2: subject or preview, and the SLA badge.
    int badgeWidth = 0;
    const auto status = ConversationStatus(index.data(ConversationListModel::StatusRole).toInt());
    if (status == ConversationStatus::Open || status == ConversationStatus::Pending) {
        const QVariant deadline = index.data(ConversationListModel::SlaDeadlineRole);
        const QVariant waiting = index.data(ConversationListModel::WaitingSinceRole);
        const UtcMillis windowStart = waiting.isValid()
                                          ? waiting.toLongLong()
                                          : index.data(ConversationListModel::LastActivityRole).toLongLong();
        const models::SlaState sla = models::slaState(
            deadline.isValid() ? std::optional<UtcMillis>(deadline.toLongLong()) : std::nullopt, windowStart,
            now);
        if (sla.level != models::SlaState::Level::None) {
            const QString label = sla.level == models::SlaState::Level::Breached
                                      ? tr("%1 late").arg(models::TimeText::duration(sla.remainingMs))
                                      : models::TimeText::duration(sla.remainingMs);
            badgeWidth = drawPill(painter, QRect(right - 200, line2, 200, baseMetrics.height()), label,
                                  slaColor(sla.level, palette), small,
                                  sla.level == models::SlaState::Level::Breached) +
                         8;
        } else if (waiting.isValid()) {
            const QString label =
                tr("waiting %1").arg(models::TimeText::duration(now - waiting.toLongLong()));
            badgeWidth = drawPill(painter, QRect(right - 200, line2, 200, baseMetrics.height()), label, muted,
                                  small, false) +
                         8;
        }
    } else if (status == ConversationStatus::Snoozed) {
        const QVariant until = index.data(ConversationListModel::SnoozedUntilRole);
        const QString label = until.isValid()
                                  ? tr("until %1").arg(models::TimeText::stamp(until.toLongLong(), now))
                                  : tr("until reply");
        badgeWidth = drawPill(painter, QRect(right - 200, line2, 200, baseMetrics.height()), label, muted,
                              small, false) +
                     8;
    }
    QFont subjectFont = base;
    subjectFont.setWeight(unread > 0 ? QFont::DemiBold : QFont::Normal);
    painter->setFont(subjectFont);
    painter->setPen(unread > 0 ? text : muted);
    const QString subject = index.data(ConversationListModel::SubjectRole).toString().simplified();
    const QRect subjectRect(textLeft, line2, right - badgeWidth - textLeft, baseMetrics.height());
    painter->drawText(subjectRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(subjectFont).elidedText(subject, Qt::ElideRight, subjectRect.width()));

    // Line 3: priority, assignee, labels; the unread count on the right.
    painter->setFont(small);
    int x = textLeft;
    const int lineHeight = smallMetrics.height();
    const auto priority = Priority(index.data(ConversationListModel::PriorityRole).toInt());
    if (priority != Priority::None) {
        const QColor color = priorityColor(priority, palette);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        const int barHeight = lineHeight - 6;
        for (int bar = 0; bar < 3; ++bar) {
            const bool lit = bar < (priority == Priority::Low ? 1 : priority == Priority::Medium ? 2 : 3);
            QColor c = color;
            c.setAlpha(lit ? 255 : 60);
            painter->setBrush(c);
            const int h = barHeight * (bar + 1) / 3;
            painter->drawRect(QRect(x + bar * 4, line3 + 3 + barHeight - h, 3, h));
        }
        x += 16;
        const QString mark = priorityMark(priority);
        painter->setPen(color);
        painter->drawText(QRect(x, line3, 200, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, mark);
        x += smallMetrics.horizontalAdvance(mark) + 10;
    }
    int unreadWidth = 0;
    if (unread > 0) {
        unreadWidth = drawPill(painter, QRect(right - 80, line3, 80, lineHeight), QString::number(unread),
                               palette.color(QPalette::Highlight), small, true) +
                      6;
    }
    const QString assignee = index.data(ConversationListModel::AssigneeNameRole).toString();
    QStringList meta;
    meta.append(assignee.isEmpty() ? tr("Unassigned") : assignee);
    const QStringList labels = index.data(ConversationListModel::LabelsRole).toStringList();
    for (const QString &label : labels)
        meta.append(u'#' + label);
    painter->setPen(assignee.isEmpty() ? slaColor(models::SlaState::Level::Warning, palette) : muted);
    if (!assignee.isEmpty())
        painter->setPen(muted);
    const QRect metaRect(x, line3, right - unreadWidth - x, lineHeight);
    painter->drawText(
        metaRect, Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(meta.join(QStringLiteral("  ·  ")), Qt::ElideRight, metaRect.width()));
    painter->restore();
}

} // namespace kontor::ui
