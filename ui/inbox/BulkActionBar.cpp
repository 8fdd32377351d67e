#include "ui/inbox/BulkActionBar.h"

#include "ui/common/ChannelIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace kontor::ui {

namespace {
QToolButton *button(const QString &icon, const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setIcon(kontorIcon(icon));
    b->setText(text);
    b->setAccessibleName(text);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}
} // namespace

BulkActionBar::BulkActionBar(QWidget *parent)
    : QWidget(parent)
    , count_(new QLabel(this))
    , assign_(button(QStringLiteral("action-assign"), tr("Assign"), QStringLiteral("bulkAssign"), this))
    , snooze_(button(QStringLiteral("view-snoozed"), tr("Snooze"), QStringLiteral("bulkSnooze"), this))
    , label_(button(QStringLiteral("view-label"), tr("Label"), QStringLiteral("bulkLabel"), this))
    , priority_(
          button(QStringLiteral("action-priority"), tr("Priority"), QStringLiteral("bulkPriority"), this))
    , team_(button(QStringLiteral("view-team"), tr("Team"), QStringLiteral("bulkTeam"), this))
    , resolve_(button(QStringLiteral("view-resolved"), tr("Resolve"), QStringLiteral("bulkResolve"), this))
{
    setObjectName(QStringLiteral("bulkActions"));
    setAccessibleName(tr("Actions on the selected conversations"));
    setAutoFillBackground(true);
    QFont bold = count_->font();
    bold.setWeight(QFont::DemiBold);
    count_->setFont(bold);
    for (QToolButton *withMenu : {assign_, snooze_, label_, priority_, team_}) {
        withMenu->setMenu(new QMenu(withMenu));
        withMenu->setPopupMode(QToolButton::InstantPopup);
    }
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Clear the selection (Esc)"));
    clear->setAutoRaise(true);
    connect(clear, &QToolButton::clicked, this, &BulkActionBar::clearRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addWidget(count_);
    layout->addStretch(1);
    buttons_ = {assign_, snooze_, label_, priority_, team_, resolve_};
    for (QToolButton *b : std::as_const(buttons_)) {
        b->setToolTip(b->text());
        layout->addWidget(b);
    }
    layout->addWidget(clear);
}

void BulkActionBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitButtons();
}

void BulkActionBar::fitButtons()
{
    int needed = count_->sizeHint().width() + 80; // the count, "Clear" and the margins
    for (QToolButton *b : std::as_const(buttons_)) {
        const Qt::ToolButtonStyle style = b->toolButtonStyle();
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        needed += b->sizeHint().width() + 2;
        b->setToolButtonStyle(style);
    }
    const Qt::ToolButtonStyle style =
        needed <= width() ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    for (QToolButton *b : std::as_const(buttons_))
        b->setToolButtonStyle(style);
}

void BulkActionBar::setCount(int selected)
{
    count_->setText(tr("%n selected", nullptr, selected));
}

} // namespace kontor::ui
