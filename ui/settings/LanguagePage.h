#pragma once

#include "ui/settings/SettingsPage.h"

class QComboBox;

namespace kontor::ui {

// The interface language, used from the next start on.
class LanguagePage : public SettingsPage
{
    Q_OBJECT
public:
    explicit LanguagePage(QWidget *parent = nullptr);

    void load() override;
    void save() override;

private:
    QComboBox *language_;
};

} // namespace kontor::ui
