#include "ui/navigation/SavedFilterDialog.h"

#include "ui/common/ChannelIcons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace kontor::ui {

namespace {
// Selects the entry whose data is id; the first ("any") when there is none.
void select(QComboBox *combo, const std::optional<qint64> &id)
{
    const int at = id ? combo->findData(*id) : -1;
    combo->setCurrentIndex(qMax(0, at));
}

std::optional<qint64> chosenId(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}
} // namespace

SavedFilterDialog::SavedFilterDialog(const models::FilterChoices &choices, const InboxFilter &start,
                                     const QString &name, QWidget *parent)
    : QDialog(parent)
    , name_(new QLineEdit(name, this))
    , view_(new QComboBox(this))
    , channel_(new QComboBox(this))
    , inbox_(new QComboBox(this))
    , team_(new QComboBox(this))
    , label_(new QComboBox(this))
    , accountId_(start.accountId)
{
    setWindowTitle(tr("Save a filter"));
    auto *form = new QFormLayout;
    name_->setAccessibleName(tr("Name of the filter"));
    form->addRow(tr("&Name:"), name_);

    view_->addItem(tr("Everyone's"), int(InboxView::All));
    view_->addItem(tr("Mine"), int(InboxView::Mine));
    view_->addItem(tr("Unassigned"), int(InboxView::Unassigned));
    view_->addItem(tr("Mentioning me"), int(InboxView::Mentions));
    view_->setCurrentIndex(qMax(0, view_->findData(int(start.view))));
    view_->setAccessibleName(tr("Whose conversations"));
    form->addRow(tr("&Conversations:"), view_);

    auto *statusRow = new QHBoxLayout;
    for (ConversationStatus status : {ConversationStatus::Open, ConversationStatus::Pending,
                                      ConversationStatus::Snoozed, ConversationStatus::Resolved}) {
        auto *box = new QCheckBox(statusDisplayName(status), this);
        box->setChecked(start.statuses.isEmpty() || start.statuses.contains(status));
        connect(box, &QCheckBox::toggled, this, &SavedFilterDialog::updateAcceptable);
        statuses_.append({status, box});
        statusRow->addWidget(box);
    }
    statusRow->addStretch();
    form->addRow(tr("Status:"), statusRow);

    channel_->addItem(tr("Any channel"));
    for (Channel channel : allChannels())
        channel_->addItem(channelIcon(channel), channelDisplayName(channel), int(channel));
    channel_->setCurrentIndex(start.channel ? qMax(0, channel_->findData(int(*start.channel))) : 0);
    channel_->setAccessibleName(tr("Channel"));
    form->addRow(tr("C&hannel:"), channel_);

    inbox_->addItem(tr("Any inbox"));
    for (const InboxRow &inbox : choices.inboxes)
        inbox_->addItem(channelIcon(inbox.channel), inbox.name, inbox.id);
    select(inbox_, start.inboxId);
    inbox_->setAccessibleName(tr("Inbox"));
    form->addRow(tr("&Inbox:"), inbox_);

    team_->addItem(tr("Any team"));
    for (const TeamRow &team : choices.teams)
        team_->addItem(team.name, team.id);
    select(team_, start.teamId);
    team_->setAccessibleName(tr("Team"));
    form->addRow(tr("&Team:"), team_);

    label_->addItem(tr("Any label"));
    for (const LabelRow &label : choices.labels)
        label_->addItem(label.name, label.id);
    select(label_, start.labelId);
    label_->setAccessibleName(tr("Label"));
    form->addRow(tr("&Label:"), label_);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    save_ = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(name_, &QLineEdit::textChanged, this, &SavedFilterDialog::updateAcceptable);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateAcceptable();
}

QCheckBox *SavedFilterDialog::statusBox(ConversationStatus status) const
{
    for (const auto &[s, box] : statuses_) {
        if (s == status)
            return box;
    }
    return nullptr;
}

void SavedFilterDialog::updateAcceptable()
{
    bool anyStatus = false;
    for (const auto &[status, box] : statuses_)
        anyStatus = anyStatus || box->isChecked();
    // A filter without a name cannot be found again; one without a status would always be empty.
    save_->setEnabled(!name_->text().trimmed().isEmpty() && anyStatus);
}

models::SavedFilter SavedFilterDialog::savedFilter() const
{
    InboxFilter filter;
    filter.view = InboxView(view_->currentData().toInt());
    filter.statuses.clear();
    for (const auto &[status, box] : statuses_) {
        if (box->isChecked())
            filter.statuses.append(status);
    }
    if (filter.statuses.size() == int(statuses_.size()))
        filter.statuses.clear(); // every status
    if (const QVariant channel = channel_->currentData(); channel.isValid())
        filter.channel = Channel(channel.toInt());
    filter.inboxId = chosenId(inbox_);
    filter.teamId = chosenId(team_);
    filter.labelId = chosenId(label_);
    filter.accountId = accountId_;
    return {name_->text().trimmed(), filter};
}

} // namespace kontor::ui
