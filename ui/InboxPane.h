#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QStackedLayout;

namespace kontor::ui {

class EmptyState;

// The conversation list of the current view, with its title and count above it.
class InboxPane : public QWidget
{
    Q_OBJECT
public:
    explicit InboxPane(QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    void setViewTitle(const QString &title);

private:
    void updateEmptyState();

    QLabel *m_title;
    QLineEdit *m_filter;
    QListView *m_list;
    EmptyState *m_empty;
    QStackedLayout *m_stack;
};

} // namespace kontor::ui
