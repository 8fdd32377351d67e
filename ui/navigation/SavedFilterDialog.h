#pragma once

#include "models/SavedFilters.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace kontor::ui {

// Composes a filter to keep under a name: whose conversations (view), which statuses, and optionally one
// channel, inbox, team and label — starting from what the inbox shows now.
class SavedFilterDialog : public QDialog
{
    Q_OBJECT
public:
    SavedFilterDialog(const models::FilterChoices &choices, const InboxFilter &start, const QString &name,
                      QWidget *parent = nullptr);

    models::SavedFilter savedFilter() const;

    QLineEdit *nameEdit() const { return name_; }
    QComboBox *channelCombo() const { return channel_; }
    QComboBox *labelCombo() const { return label_; }
    QCheckBox *statusBox(ConversationStatus status) const;

private:
    void updateAcceptable();

    QLineEdit *name_;
    QComboBox *view_;
    QList<std::pair<ConversationStatus, QCheckBox *>> statuses_;
    QComboBox *channel_;
    QComboBox *inbox_;
    QComboBox *team_;
    QComboBox *label_;
    QPushButton *save_ = nullptr;
    std::optional<qint64> accountId_;
};

} // namespace kontor::ui
