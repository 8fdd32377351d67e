#pragma once

#include "store/queries/InboxQueries.h"

#include <QWidget>

class QTreeView;

namespace kontor::models {
class NavigationModel;
}

namespace kontor::ui {

// The left column: the inbox views (Mine, Unassigned, All open…), then channels, teams, inboxes, labels and
// saved filters, each with its live count.
class NavigationPane : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationPane(models::NavigationModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return view_; }
    models::NavigationModel *model() const { return model_; }
    QString currentKey() const;
    void selectKey(const QString &key);

Q_SIGNALS:
    void entryActivated(const QString &key, const kontor::InboxFilter &filter, const QString &title);

private:
    void showContextMenu(const QPoint &pos);

    models::NavigationModel *model_;
    QTreeView *view_;
};

} // namespace kontor::ui
