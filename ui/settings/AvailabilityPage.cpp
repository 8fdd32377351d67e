#include "ui/settings/AvailabilityPage.h"

#include "ui/settings/WorkspaceSettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace kontor::ui {

AvailabilityPage::AvailabilityPage(QWidget *parent)
    : SettingsPage(parent)
    , autoAway_(new QSpinBox(this))
{
    autoAway_->setObjectName(QStringLiteral("autoAwayMinutes"));
    autoAway_->setRange(0, 240);
    autoAway_->setSuffix(tr(" min"));
    autoAway_->setSpecialValueText(tr("Never"));
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Show me as &away after:"), autoAway_);
    auto *note = new QLabel(tr("After this time without typing or moving the mouse, your status changes to "
                               "Away, and back when you return. Your own choice of Busy or Away stays."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addRow(note);
    load();
}

void AvailabilityPage::load()
{
    autoAway_->setValue(WorkspaceSettings::autoAwayMinutes());
}

void AvailabilityPage::save()
{
    WorkspaceSettings::setAutoAwayMinutes(autoAway_->value());
}

} // namespace kontor::ui
