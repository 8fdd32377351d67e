#include "ui/search/SearchFilterBar.h"

#include "store/Store.h"
#include "ui/common/ChannelIcons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace kontor::ui {

namespace {
// The earliest date of the range fields stands for "no limit" and reads "Any".
const QDate kAnyDate(2000, 1, 1);

QDateEdit *dateField(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(SearchFilterBar::tr("Any"));
    edit->setDate(kAnyDate);
    return edit;
}

QComboBox *choice(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}
} // namespace

SearchFilterBar::SearchFilterBar(Store &store, QWidget *parent)
    : QWidget(parent)
    , channel_(choice(QStringLiteral("searchChannel"), tr("Channel"), this))
    , status_(choice(QStringLiteral("searchStatus"), tr("Status"), this))
    , assignee_(choice(QStringLiteral("searchAssignee"), tr("Assignee"), this))
    , inbox_(choice(QStringLiteral("searchInbox"), tr("Inbox"), this))
    , from_(dateField(QStringLiteral("searchFrom"), tr("From date"), this))
    , to_(dateField(QStringLiteral("searchTo"), tr("To date"), this))
{
    setObjectName(QStringLiteral("searchFilters"));
    channel_->addItem(tr("Any channel"));
    for (const Channel channel : allChannels())
        channel_->addItem(channelIcon(channel), channelDisplayName(channel), int(channel));
    status_->addItem(tr("Any status"));
    for (const ConversationStatus status : {ConversationStatus::Open, ConversationStatus::Pending,
                                            ConversationStatus::Snoozed, ConversationStatus::Resolved})
        status_->addItem(statusDisplayName(status), int(status));
    using Assignee = models::SearchFilter::Assignee;
    assignee_->addItem(tr("Anyone"), QVariantList{int(Assignee::Anyone)});
    assignee_->addItem(tr("Me"), QVariantList{int(Assignee::Me)});
    assignee_->addItem(tr("Nobody"), QVariantList{int(Assignee::Nobody)});
    StoreReader &reader = store.reader();
    for (const AgentRow &agent : reader.directory().agents()) {
        if (!agent.isSelf)
            assignee_->addItem(agent.name, QVariantList{int(Assignee::Agent), agent.id});
    }
    inbox_->addItem(tr("Any inbox"));
    for (const InboxRow &inbox : reader.directory().inboxes())
        inbox_->addItem(channelIcon(inbox.channel), inbox.name, inbox.id);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(channel_);
    layout->addWidget(status_);
    layout->addWidget(assignee_);
    layout->addWidget(inbox_);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(from_);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(to_);
    layout->addWidget(fromLabel);
    layout->addWidget(from_);
    layout->addWidget(toLabel);
    layout->addWidget(to_);
    layout->addStretch(1);

    for (QComboBox *box : {channel_, status_, assignee_, inbox_})
        connect(box, &QComboBox::currentIndexChanged, this, &SearchFilterBar::changed);
    for (QDateEdit *edit : {from_, to_})
        connect(edit, &QDateEdit::dateChanged, this, &SearchFilterBar::changed);
}

models::SearchFilter SearchFilterBar::filter() const
{
    models::SearchFilter filter;
    if (channel_->currentData().isValid())
        filter.channel = Channel(channel_->currentData().toInt());
    if (status_->currentData().isValid())
        filter.status = ConversationStatus(status_->currentData().toInt());
    const QVariantList assignee = assignee_->currentData().toList();
    if (!assignee.isEmpty()) {
        filter.assignee = models::SearchFilter::Assignee(assignee.first().toInt());
        filter.agentId = assignee.size() > 1 ? assignee.at(1).toLongLong() : 0;
    }
    if (inbox_->currentData().isValid())
        filter.inboxId = inbox_->currentData().toLongLong();
    if (from_->date() != kAnyDate)
        filter.from = from_->date();
    if (to_->date() != kAnyDate)
        filter.to = to_->date();
    return filter;
}

} // namespace kontor::ui
