#pragma once

#include "analytics/Wallboard.h"

#include <QDialog>

class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace kontor::ui {

// Where the wallboard's tiles turn amber and red, and the service-level target, as the supervisor sets them.
class ThresholdsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ThresholdsDialog(const WallboardSettings &settings, QWidget *parent = nullptr);

    WallboardSettings settings() const;

private:
    struct Pair
    {
        QDoubleSpinBox *amber;
        QDoubleSpinBox *red;
    };
    Pair addPair(QFormLayout *form, const QString &label, const TileThresholds &thresholds, double scale,
                 double maximum, const QString &suffix);

    WallboardSettings settings_;
    QSpinBox *slSeconds_;
    Pair waiting_;
    Pair longestWait_;
    Pair serviceLevel_;
    Pair asa_;
    Pair csat_;
    Pair pastSla_;
};

} // namespace kontor::ui
