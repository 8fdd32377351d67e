#include "ui/conversation/ConversationHeader.h"

#include "models/AgentListModel.h"
#include "models/LabelListModel.h"
#include "models/TimeText.h"
#include "ui/ConversationCommands.h"
#include "ui/common/ChannelIcons.h"
#include "ui/common/WorkspaceColors.h"
#include "ui/conversation/ActionMenus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor::ui {

ConversationHeader::ConversationHeader(ConversationCommands &commands, models::AgentListModel &agents,
                                       models::LabelListModel &labels, QWidget *parent)
    : QWidget(parent)
    , commands_(commands)
    , agents_(agents)
    , labels_(labels)
    , customer_(new QLabel(this))
    , details_(new QLabel(this))
    , labelsLine_(new QLabel(this))
    , assignMenu_(new QMenu(this))
    , snoozeMenu_(new QMenu(this))
    , priorityMenu_(new QMenu(this))
    , labelMenu_(new QMenu(this))
    , teamMenu_(new QMenu(this))
{
    setObjectName(QStringLiteral("conversationHeader"));
    QFont big = customer_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    customer_->setFont(big);
    customer_->setObjectName(QStringLiteral("headerCustomer"));
    customer_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setObjectName(QStringLiteral("headerDetails"));
    details_->setTextFormat(Qt::RichText);
    labelsLine_->setTextFormat(Qt::RichText);

    assign_ = makeButton(QStringLiteral("action-assign"), tr("Assign"), QStringLiteral("assignButton"));
    snooze_ = makeButton(QStringLiteral("view-snoozed"), tr("Snooze"), QStringLiteral("snoozeButton"));
    priority_ =
        makeButton(QStringLiteral("action-priority"), tr("Priority"), QStringLiteral("priorityButton"));
    team_ = makeButton(QStringLiteral("view-team"), tr("Team"), QStringLiteral("teamButton"));
    labelsButton_ = makeButton(QStringLiteral("view-label"), tr("Labels"), QStringLiteral("labelsButton"));
    resolve_ = makeButton(QStringLiteral("view-resolved"), tr("Resolve"), QStringLiteral("resolveButton"));
    allChannels_ = makeButton(QStringLiteral("action-timeline"), tr("All channels"),
                              QStringLiteral("allChannelsButton"));
    allChannels_->setCheckable(true);
    allChannels_->setToolTip(tr("Show the customer's messages on every channel and account (C)"));
    assign_->setToolTip(tr("Assign to an agent (A)"));
    snooze_->setToolTip(tr("Snooze until later (S)"));
    priority_->setToolTip(tr("Set the priority (P)"));
    labelsButton_->setToolTip(tr("Add or remove labels (L)"));
    team_->setToolTip(tr("Move to another team"));
    resolve_->setToolTip(tr("Resolve (E)"));

    assign_->setMenu(assignMenu_);
    snooze_->setMenu(snoozeMenu_);
    priority_->setMenu(priorityMenu_);
    labelsButton_->setMenu(labelMenu_);
    team_->setMenu(teamMenu_);
    for (QToolButton *button : {assign_, team_, snooze_, priority_, labelsButton_})
        button->setPopupMode(QToolButton::InstantPopup);

    connect(assignMenu_, &QMenu::aboutToShow, this, [this] {
        const QList<qint64> ids{row_.id};
        ActionMenus::fillAssign(
            assignMenu_, agents_, {row_.accountId}, [this, ids] { commands_.assignToMe(ids); },
            [this, ids](std::optional<qint64> agent) { commands_.assign(ids, agent); });
    });
    connect(snoozeMenu_, &QMenu::aboutToShow, this, [this] {
        const QList<qint64> ids{row_.id};
        ActionMenus::fillSnooze(
            snoozeMenu_, this,
            [this, ids](std::optional<UtcMillis> until) {
                commands_.setStatus(ids, ConversationStatus::Snoozed, until);
            },
            [this, ids] { commands_.setStatus(ids, ConversationStatus::Pending); });
    });
    connect(priorityMenu_, &QMenu::aboutToShow, this, [this] {
        const QList<qint64> ids{row_.id};
        ActionMenus::fillPriority(priorityMenu_, row_.priority,
                                  [this, ids](Priority priority) { commands_.setPriority(ids, priority); });
    });
    connect(teamMenu_, &QMenu::aboutToShow, this, [this] {
        const QList<qint64> ids{row_.id};
        ActionMenus::fillTeams(teamMenu_, commands_.teams({row_.accountId}), row_.teamId,
                               [this, ids](std::optional<qint64> team) { commands_.assignTeam(ids, team); });
    });
    connect(labelMenu_, &QMenu::aboutToShow, this, [this] {
        const QList<qint64> ids{row_.id};
        ActionMenus::fillLabels(labelMenu_, this, labels_, row_.labels,
                                [this, ids](const QString &label, bool add) {
                                    add ? commands_.addLabel(ids, label) : commands_.removeLabel(ids, label);
                                });
    });
    connect(resolve_, &QToolButton::clicked, this, &ConversationHeader::resolveOrReopen);
    connect(allChannels_, &QToolButton::toggled, this, &ConversationHeader::allChannelsToggled);

    details_->setWordWrap(true);
    // The actions get a row of their own under who and where, so that neither squeezes the other.
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons_ = {assign_, team_, snooze_, priority_, labelsButton_, resolve_, allChannels_};
    for (QToolButton *button : {assign_, team_, snooze_, priority_, labelsButton_, resolve_})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(allChannels_);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 12, 6);
    layout->setSpacing(2);
    layout->addWidget(customer_);
    layout->addWidget(details_);
    layout->addWidget(labelsLine_);
    layout->addSpacing(4);
    layout->addLayout(buttons);
}

QToolButton *ConversationHeader::makeButton(const QString &icon, const QString &text,
                                            const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setIcon(kontorIcon(icon));
    button->setText(text);
    button->setAccessibleName(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setIconSize(QSize(18, 18));
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

void ConversationHeader::setConversation(const ConversationRow &row, const QString &inboxName)
{
    row_ = row;
    customer_->setText(row.customerName.isEmpty() ? tr("Unknown customer") : row.customerName);
    const QPalette &p = palette();
    // Shown with the channel's icon and colours; read out as the same facts in plain words.
    QStringList parts;
    QStringList spoken;
    const auto add = [&parts, &spoken](const QString &html, const QString &plain) {
        parts.append(html);
        spoken.append(plain);
    };
    add(QStringLiteral("<img src=\"%1\" width=\"14\" height=\"14\"> %2")
            .arg(channelIconPath(row.channel), channelDisplayName(row.channel).toHtmlEscaped()),
        channelDisplayName(row.channel));
    if (!inboxName.isEmpty())
        add(inboxName.toHtmlEscaped(), inboxName);
    QString status = statusDisplayName(row.status);
    if (row.status == ConversationStatus::Snoozed)
        status = row.snoozedUntil
                     ? tr("Snoozed until %1").arg(models::TimeText::stamp(*row.snoozedUntil, nowUtcMillis()))
                     : tr("Snoozed until the customer replies");
    add(QStringLiteral("<b>%1</b>").arg(status.toHtmlEscaped()), status);
    if (row.priority != Priority::None)
        add(QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(priorityColor(row.priority, p).name(),
                     priorityDisplayName(row.priority).toHtmlEscaped()),
            tr("Priority %1").arg(priorityDisplayName(row.priority)));
    if (row.assigneeName.isEmpty())
        add(QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(slaColor(models::SlaState::Level::Warning, p).name(), tr("Unassigned").toHtmlEscaped()),
            tr("Unassigned"));
    else
        add(tr("Assigned to %1").arg(row.assigneeName).toHtmlEscaped(),
            tr("Assigned to %1").arg(row.assigneeName));
    details_->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    details_->setAccessibleName(spoken.join(QStringLiteral(" · ")));
    updateChips();
    const bool resolved = row.status == ConversationStatus::Resolved;
    resolve_->setText(resolved ? tr("Reopen") : tr("Resolve"));
    resolve_->setAccessibleName(resolve_->text());
    resolve_->setToolTip(resolved ? tr("Reopen (E)") : tr("Resolve (E)"));
    fitButtons();
}

void ConversationHeader::updateChips()
{
    if (row_.labels.isEmpty()) {
        labelsLine_->hide();
        return;
    }
    QStringList chips;
    for (const QString &label : row_.labels)
        chips.append(QStringLiteral("<span style=\"color:%1\">#%2</span>")
                         .arg(mutedText(palette()).name(), label.toHtmlEscaped()));
    labelsLine_->setText(chips.join(QStringLiteral("&nbsp;&nbsp;")));
    labelsLine_->setAccessibleName(tr("Labels: %1").arg(QLocale().createSeparatedList(row_.labels)));
    labelsLine_->show();
}

void ConversationHeader::fitButtons()
{
    int needed = 0;
    for (QToolButton *button : std::as_const(buttons_)) {
        const Qt::ToolButtonStyle style = button->toolButtonStyle();
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        needed += button->sizeHint().width() + 2;
        button->setToolButtonStyle(style);
    }
    const int available = width() - 16 - 12 - 24;
    const Qt::ToolButtonStyle style =
        needed <= available ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    for (QToolButton *button : std::as_const(buttons_))
        button->setToolButtonStyle(style);
}

void ConversationHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitButtons();
}

void ConversationHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        fitButtons();
}

void ConversationHeader::setAllChannels(bool allChannels)
{
    allChannels_->setChecked(allChannels);
}

bool ConversationHeader::allChannels() const
{
    return allChannels_->isChecked();
}

void ConversationHeader::showAssignMenu()
{
    assign_->showMenu();
}

void ConversationHeader::showSnoozeMenu()
{
    snooze_->showMenu();
}

void ConversationHeader::showPriorityMenu()
{
    priority_->showMenu();
}

void ConversationHeader::showLabelMenu()
{
    labelsButton_->showMenu();
}

void ConversationHeader::showTeamMenu()
{
    team_->showMenu();
}

void ConversationHeader::resolveOrReopen()
{
    if (row_.id <= 0)
        return;
    commands_.setStatus({row_.id}, row_.status == ConversationStatus::Resolved
                                       ? ConversationStatus::Open
                                       : ConversationStatus::Resolved);
}

} // namespace kontor::ui
