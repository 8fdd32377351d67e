#include "ui/supervisor/TrendChart.h"

#include "ui/supervisor/LevelColors.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStandardItemModel>

namespace kontor::ui {

TrendChart::TrendChart(QWidget *parent)
    : QWidget(parent)
    , table_(new QStandardItemModel(0, 4, this))
{
    setAccessibleName(tr("Contacts and service level by hour"));
    setFocusPolicy(Qt::TabFocus);
    setMinimumHeight(fontMetrics().height() * 9);
    table_->setHorizontalHeaderLabels({tr("Hour"), tr("Offered"), tr("Answered"), tr("Service level")});
    fillTable();
}

void TrendChart::setTrend(const QList<TrendBucket> &buckets, double serviceLevelTarget)
{
    buckets_ = buckets;
    target_ = serviceLevelTarget;
    fillTable();
    update();
}

void TrendChart::fillTable()
{
    const QLocale locale;
    table_->setRowCount(0);
    qint64 offered = 0;
    qint64 answered = 0;
    for (const TrendBucket &b : std::as_const(buckets_)) {
        const QString hour = locale.toString(QDateTime::fromMSecsSinceEpoch(b.start).toLocalTime().time(),
                                             QLocale::ShortFormat);
        const QString level = b.serviceLevel
                                  ? locale.toString(*b.serviceLevel * 100, 'f', 0) + QStringLiteral(" %")
                                  : tr("none");
        QList<QStandardItem *> row{new QStandardItem(hour), new QStandardItem(locale.toString(b.offered)),
                                   new QStandardItem(locale.toString(b.answered)), new QStandardItem(level)};
        for (QStandardItem *item : row)
            item->setEditable(false);
        table_->appendRow(row);
        offered += b.offered;
        answered += b.answered;
    }
    setAccessibleDescription(
        buckets_.isEmpty() ? tr("No contacts yet today.")
                           : tr("%1 hours: %2 contacts offered, %3 answered. The table below has every hour.")
                                 .arg(buckets_.size())
                                 .arg(locale.toString(offered), locale.toString(answered)));
}

void TrendChart::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void TrendChart::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

QSize TrendChart::sizeHint() const
{
    return {fontMetrics().height() * 40, fontMetrics().height() * 11};
}

void TrendChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paintFocus(p);
    const QFontMetrics fm = fontMetrics();
    const int legendHeight = fm.height() + 4;
    const QRect plot = rect().adjusted(fm.horizontalAdvance(QStringLiteral("100 %")) + 8, legendHeight + 4,
                                       -fm.horizontalAdvance(QStringLiteral("000")) - 8, -fm.height() - 6);
    const QColor text = palette().color(QPalette::PlaceholderText);
    const QColor offeredColor = palette().color(QPalette::Mid);
    const QColor answeredColor = palette().color(QPalette::Highlight);
    const QColor levelColor = levelAccent(TileLevel::Normal, palette());

    // Legend.
    int x = plot.left();
    const auto legend = [&](const QColor &color, const QString &label) {
        p.fillRect(QRect(x, 4 + fm.height() / 4, fm.height() / 2, fm.height() / 2), color);
        x += fm.height() / 2 + 4;
        p.setPen(text);
        p.drawText(x, 4, fm.horizontalAdvance(label), fm.height(), Qt::AlignVCenter, label);
        x += fm.horizontalAdvance(label) + fm.height();
    };
    legend(offeredColor, tr("Offered"));
    legend(answeredColor, tr("Answered"));
    legend(levelColor, tr("Service level"));

    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (buckets_.isEmpty() || plot.width() <= 0 || plot.height() <= 0)
        return;

    qint64 peak = 1;
    for (const TrendBucket &b : buckets_)
        peak = std::max(peak, b.offered);

    // The service-level target, dashed, on the percentage axis at the left.
    const auto levelY = [&](double share) { return plot.bottom() - share * plot.height(); };
    p.setPen(QPen(levelColor, 1, Qt::DashLine));
    p.drawLine(QPointF(plot.left(), levelY(target_)), QPointF(plot.right(), levelY(target_)));
    p.setPen(text);
    for (double share : {0.0, 0.5, 1.0}) {
        p.drawText(QRect(0, int(levelY(share)) - fm.height() / 2, plot.left() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   QLocale().toString(share * 100, 'f', 0) + QStringLiteral(" %"));
    }
    p.drawText(
        QRect(plot.right() + 6, plot.top() - fm.height() / 2, rect().width() - plot.right(), fm.height()),
        Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(peak));

    const double slot = double(plot.width()) / buckets_.size();
    const double barWidth = std::max(2.0, slot * 0.6);
    QPainterPath line;
    bool lineStarted = false;
    for (qsizetype i = 0; i < buckets_.size(); ++i) {
        const TrendBucket &b = buckets_[i];
        const double cx = plot.left() + slot * (i + 0.5);
        const double offeredHeight = double(b.offered) / peak * plot.height();
        const double answeredHeight = double(b.answered) / peak * plot.height();
        p.fillRect(QRectF(cx - barWidth / 2, plot.bottom() - offeredHeight, barWidth, offeredHeight),
                   offeredColor);
        p.fillRect(QRectF(cx - barWidth / 4, plot.bottom() - answeredHeight, barWidth / 2, answeredHeight),
                   answeredColor);
        if (b.serviceLevel) {
            const QPointF point(cx, levelY(*b.serviceLevel));
            if (lineStarted)
                line.lineTo(point);
            else
                line.moveTo(point);
            lineStarted = true;
        }
        // Every third hour labelled, so the axis stays readable on a narrow window.
        if (i % 3 == 0) {
            const QString hour = QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(b.start).toLocalTime().time(), QLocale::ShortFormat);
            p.setPen(text);
            p.drawText(QRectF(cx - slot * 1.5, plot.bottom() + 3, slot * 3, fm.height()), Qt::AlignCenter,
                       hour);
        }
    }
    p.setPen(QPen(levelColor, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
}

void TrendChart::paintFocus(QPainter &p) const
{
    if (!hasFocus())
        return;
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

} // namespace kontor::ui
