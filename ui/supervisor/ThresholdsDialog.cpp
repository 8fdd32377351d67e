#include "ui/supervisor/ThresholdsDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace kontor::ui {

namespace {
// Times are edited in seconds and shares in per cent; the settings keep milliseconds and fractions.
constexpr double kSeconds = 1000.0;
constexpr double kPercent = 0.01;
} // namespace

ThresholdsDialog::ThresholdsDialog(const WallboardSettings &settings, QWidget *parent)
    : QDialog(parent)
    , settings_(settings)
    , slSeconds_(new QSpinBox(this))
{
    setWindowTitle(tr("Wallboard thresholds"));
    auto *form = new QFormLayout;
    slSeconds_->setRange(5, 3600);
    slSeconds_->setSuffix(tr(" s"));
    slSeconds_->setValue(int(settings.headlineThresholdMs / 1000));
    slSeconds_->setAccessibleName(tr("Service level: answered within"));
    form->addRow(tr("Service level: answered within"), slSeconds_);
    serviceLevel_ =
        addPair(form, tr("Service level below (%)"), settings.serviceLevel, kPercent, 100, tr(" %"));
    waiting_ = addPair(form, tr("Waiting contacts above"), settings.waiting, 1, 10000, QString());
    longestWait_ = addPair(form, tr("Longest wait above"), settings.longestWaitMs, kSeconds, 86400, tr(" s"));
    asa_ = addPair(form, tr("Average speed of answer above"), settings.asaMs, kSeconds, 86400, tr(" s"));
    pastSla_ = addPair(form, tr("Contacts past SLA above"), settings.backlogPastSla, 1, 100000, QString());
    csat_ = addPair(form, tr("CSAT below (%)"), settings.csat, kPercent, 100, tr(" %"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *hint =
        new QLabel(tr("Each figure turns amber past the first value and red past the second."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ThresholdsDialog::Pair ThresholdsDialog::addPair(QFormLayout *form, const QString &label,
                                                 const TileThresholds &thresholds, double scale,
                                                 double maximum, const QString &suffix)
{
    auto make = [&](double value, const QString &name) {
        auto *box = new QDoubleSpinBox(this);
        box->setDecimals(0);
        box->setRange(0, maximum);
        box->setSuffix(suffix);
        box->setValue(value / scale);
        box->setAccessibleName(label + QLatin1Char(' ') + name);
        return box;
    };
    Pair pair{make(thresholds.amber, tr("amber")), make(thresholds.red, tr("red"))};
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("amber"), this));
    row->addWidget(pair.amber);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("red"), this));
    row->addWidget(pair.red);
    form->addRow(label, row);
    return pair;
}

WallboardSettings ThresholdsDialog::settings() const
{
    WallboardSettings s = settings_;
    auto read = [](const Pair &pair, TileThresholds &t, double scale) {
        t.amber = pair.amber->value() * scale;
        t.red = pair.red->value() * scale;
        if (t.higherIsBetter ? t.red > t.amber : t.red < t.amber)
            std::swap(t.amber, t.red);
    };
    s.headlineThresholdMs = qint64(slSeconds_->value()) * 1000;
    if (!s.serviceLevelThresholdsMs.contains(s.headlineThresholdMs)) {
        s.serviceLevelThresholdsMs.append(s.headlineThresholdMs);
        std::sort(s.serviceLevelThresholdsMs.begin(), s.serviceLevelThresholdsMs.end());
    }
    read(serviceLevel_, s.serviceLevel, kPercent);
    read(waiting_, s.waiting, 1);
    read(longestWait_, s.longestWaitMs, kSeconds);
    read(asa_, s.asaMs, kSeconds);
    read(pastSla_, s.backlogPastSla, 1);
    read(csat_, s.csat, kPercent);
    return s;
}

} // namespace kontor::ui
