#include "ui/conversation/SnoozeUntilDialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace kontor::ui {

namespace {
constexpr int kMorningHour = 9;
}

SnoozeUntilDialog::SnoozeUntilDialog(const QDateTime &localNow, QWidget *parent)
    : QDialog(parent)
    , now_(localNow)
    , edit_(new QDateTimeEdit(this))
    , problem_(new QLabel(this))
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("snoozeUntilDialog"));
    setWindowTitle(tr("Snooze until"));
    edit_->setObjectName(QStringLiteral("snoozeUntil"));
    edit_->setCalendarPopup(true);
    edit_->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    // Tomorrow morning is the usual answer; the agent changes it from there.
    edit_->setDateTime(QDateTime(localNow.date().addDays(1), QTime(kMorningHour, 0), localNow.timeZone()));
    edit_->setMinimumDateTime(localNow);
    problem_->setObjectName(QStringLiteral("snoozeUntilProblem"));
    problem_->setWordWrap(true);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Snooze"));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Snooze &until:"), edit_);
    layout->addRow(problem_);
    layout->addRow(buttons_);

    connect(edit_, &QDateTimeEdit::dateTimeChanged, this, &SnoozeUntilDialog::check);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        check();
        if (!buttons_->button(QDialogButtonBox::Ok)->isEnabled())
            return;
        Q_EMIT chosen(until());
        accept();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

UtcMillis SnoozeUntilDialog::until() const
{
    return edit_->dateTime().toMSecsSinceEpoch();
}

void SnoozeUntilDialog::check()
{
    const bool future = edit_->dateTime() > now_;
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(future);
    problem_->setText(future ? QString() : tr("Choose a moment in the future."));
    problem_->setVisible(!future);
}

} // namespace kontor::ui
