#pragma once

#include "analytics/Wallboard.h"

#include <QWidget>

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

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<TrendBucket> buckets_;
    double target_ = 0.8;
};

} // namespace kontor::ui
