#pragma once

#include "ui/settings/SettingsPage.h"

class QSpinBox;

namespace kontor::ui {

// When the agent shows as away by themselves: after how many minutes without input (or never).
class AvailabilityPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit AvailabilityPage(QWidget *parent = nullptr);

    void load() override;
    void save() override;

private:
    QSpinBox *autoAway_;
};

} // namespace kontor::ui
