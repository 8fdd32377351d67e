#pragma once

#include <QStyledItemDelegate>

namespace kontor::ui {

// Paints search results: group headings, then each hit with its channel, title, marked snippet and time.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kontor::ui
