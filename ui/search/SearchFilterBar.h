#pragma once

#include "models/SearchFilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace kontor {
class Store;
}

namespace kontor::ui {

// The row under the search field that narrows what is found: channel, status, assignee, a date range and
// the inbox. Each choice starts at "any".
class SearchFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit SearchFilterBar(Store &store, QWidget *parent = nullptr);

    models::SearchFilter filter() const;
    QComboBox *channel() const { return channel_; }
    QComboBox *status() const { return status_; }
    QComboBox *assignee() const { return assignee_; }
    QComboBox *inbox() const { return inbox_; }
    QDateEdit *from() const { return from_; }
    QDateEdit *to() const { return to_; }

Q_SIGNALS:
    void changed();

private:
    QComboBox *channel_;
    QComboBox *status_;
    QComboBox *assignee_;
    QComboBox *inbox_;
    QDateEdit *from_;
    QDateEdit *to_;
};

} // namespace kontor::ui
