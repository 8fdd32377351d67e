#pragma once

#include "core/Time.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;

namespace kontor::ui {

// Snooze until a date and time the agent chooses (local time); a moment that has passed cannot be chosen.
class SnoozeUntilDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SnoozeUntilDialog(const QDateTime &localNow, QWidget *parent = nullptr);

    UtcMillis until() const;
    QDateTimeEdit *editor() const { return edit_; }

Q_SIGNALS:
    void chosen(kontor::UtcMillis until);

private:
    void check();

    QDateTime now_;
    QDateTimeEdit *edit_;
    QLabel *problem_;
    QDialogButtonBox *buttons_;
};

} // namespace kontor::ui
