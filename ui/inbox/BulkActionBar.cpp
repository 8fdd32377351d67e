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
    , resolve_(button(QStringLiteral("view-resolved"), tr("Resolve"), QStringLiteral("bulkResolve"), this))
{
    setObjectName(QStringLiteral("bulkActions"));
    setAccessibleName(tr("Actions on the selected conversations"));
    setAutoFillBackground(true);
    QFont bold = count_->font();
    bold.setWeight(QFont::DemiBold);
    count_->setFont(bold);
    for (QToolButton *withMenu : {assign_, snooze_, label_}) {
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
    for (QWidget *w :
         {static_cast<QWidget *>(assign_), static_cast<QWidget *>(snooze_), static_cast<QWidget *>(label_),
          static_cast<QWidget *>(resolve_), static_cast<QWidget *>(clear)})
        layout->addWidget(w);
}

void BulkActionBar::setCount(int selected)
{
    count_->setText(tr("%n selected", nullptr, selected));
}

} // namespace kontor::ui
