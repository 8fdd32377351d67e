#pragma once

#include "analytics/Wallboard.h"

#include <QWidget>

class QPainter;
class QStandardItemModel;

namespace kontor::ui {

// The day so far, hour by hour: contacts offered (bars), answered (inner bars) and the service level (line),
// drawn so that a glance tells whether the morning went well.
class TrendChart : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setTrend(const QList<TrendBucket> &buckets, double serviceLevelTarget);
    QSize sizeHint() const override;
    // The same figures as rows (hour, offered, answered, service level): the table a screen reader or a
    // keyboard user reads instead of the picture.
    QStandardItemModel *table() const { return table_; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void fillTable();
    void paintFocus(QPainter &p) const;

    QStandardItemModel *table_;
    QList<TrendBucket> buckets_;
    double target_ = 0.8;
};

} // namespace kontor::ui
