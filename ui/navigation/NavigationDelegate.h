#pragma once

#include <QStyledItemDelegate>

namespace kontor::ui {

// Paints the navigation: section headings small and muted, entries with their icon, name and count — the
// count in the accent colour when something in the view is unread.
class NavigationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kontor::ui
