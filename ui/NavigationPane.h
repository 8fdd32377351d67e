#pragma once

#include <QWidget>

class QStandardItemModel;
class QTreeView;

namespace kontor::ui {

// The left column: the inbox views (Mine, Unassigned, All open…), then channels, teams and labels.
class NavigationPane : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationPane(QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void viewActivated(const QString &viewKey);

private:
    void populate();

    QStandardItemModel *m_model;
    QTreeView *m_view;
};

} // namespace kontor::ui
