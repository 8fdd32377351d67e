#pragma once

#include <QStyledItemDelegate>

namespace kontor::ui {

// Paints one inbox row from the ConversationListModel's roles, with no widget per row and one fixed height:
//   [channel] Customer name ·························· 5 min
//             Subject or last message ············ [SLA 12 min]
//             ▲ Urgent · Mia Berger · vip ·················· (2)
// An unread conversation has a bold name and an accent bar; the SLA badge turns amber, then red.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The height every row has, for the font of the view.
    static int rowHeight(const QFont &font);
    // Compact rows keep less room above and below their lines (the agent's density setting); views lay
    // their rows out again after a change.
    static void setCompact(bool compact);
    static bool isCompact();
};

} // namespace kontor::ui
