#pragma once

#include <QWidget>

namespace kontor::ui {

// One page of the settings window: shows what is stored, and stores what the agent chose when asked to.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void load() = 0;
    virtual void save() = 0;
};

} // namespace kontor::ui
