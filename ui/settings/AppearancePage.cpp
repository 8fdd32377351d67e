#include "ui/settings/AppearancePage.h"

#include "ui/settings/WorkspaceSettings.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kontor::ui {

AppearancePage::AppearancePage(QWidget *parent)
    : SettingsPage(parent)
{
    auto *scheme = new QGroupBox(tr("Colors"), this);
    system_ = new QRadioButton(tr("&Follow the system"), scheme);
    light_ = new QRadioButton(tr("&Light"), scheme);
    dark_ = new QRadioButton(tr("&Dark"), scheme);
    system_->setObjectName(QStringLiteral("schemeSystem"));
    light_->setObjectName(QStringLiteral("schemeLight"));
    dark_->setObjectName(QStringLiteral("schemeDark"));
    auto *schemeLayout = new QVBoxLayout(scheme);
    for (QRadioButton *button : {system_, light_, dark_})
        schemeLayout->addWidget(button);

    auto *density = new QGroupBox(tr("Density of the inbox list"), this);
    comfortable_ = new QRadioButton(tr("&Comfortable"), density);
    compact_ = new QRadioButton(tr("Co&mpact: more conversations on the screen"), density);
    comfortable_->setObjectName(QStringLiteral("densityComfortable"));
    compact_->setObjectName(QStringLiteral("densityCompact"));
    auto *densityLayout = new QVBoxLayout(density);
    densityLayout->addWidget(comfortable_);
    densityLayout->addWidget(compact_);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scheme);
    layout->addWidget(density);
    layout->addStretch(1);
    load();
}

void AppearancePage::load()
{
    switch (WorkspaceSettings::colorScheme()) {
    case WorkspaceSettings::ColorScheme::Light:
        light_->setChecked(true);
        break;
    case WorkspaceSettings::ColorScheme::Dark:
        dark_->setChecked(true);
        break;
    case WorkspaceSettings::ColorScheme::System:
        system_->setChecked(true);
        break;
    }
    const bool compact = WorkspaceSettings::density() == WorkspaceSettings::Density::Compact;
    compact_->setChecked(compact);
    comfortable_->setChecked(!compact);
}

void AppearancePage::save()
{
    WorkspaceSettings::setColorScheme(light_->isChecked()  ? WorkspaceSettings::ColorScheme::Light
                                      : dark_->isChecked() ? WorkspaceSettings::ColorScheme::Dark
                                                           : WorkspaceSettings::ColorScheme::System);
    WorkspaceSettings::setDensity(compact_->isChecked() ? WorkspaceSettings::Density::Compact
                                                        : WorkspaceSettings::Density::Comfortable);
}

} // namespace kontor::ui
