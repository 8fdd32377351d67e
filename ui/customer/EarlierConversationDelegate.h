#pragma once

#include <QStyledItemDelegate>

namespace kontor::ui {

// One earlier conversation in the customer panel: channel, subject, and status · account · when.
class EarlierConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static int rowHeight(const QFont &font);
};

} // namespace kontor::ui
