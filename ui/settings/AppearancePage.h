#pragma once

#include "ui/settings/SettingsPage.h"

class QRadioButton;

namespace kontor::ui {

// Light, dark or the system's look, and how much room the inbox rows take.
class AppearancePage : public SettingsPage
{
    Q_OBJECT
public:
    explicit AppearancePage(QWidget *parent = nullptr);

    void load() override;
    void save() override;

private:
    QRadioButton *system_;
    QRadioButton *light_;
    QRadioButton *dark_;
    QRadioButton *comfortable_;
    QRadioButton *compact_;
};

} // namespace kontor::ui
