#include "ui/status/AvailabilityButton.h"

#include "ui/common/WorkspaceColors.h"
#include "ui/status/AgentAvailability.h"

#include <QActionGroup>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace kontor::ui {

namespace {
QColor presenceColor(Presence presence, const QPalette &palette)
{
    switch (presence) {
    case Presence::Online:
        return successColor(palette);
    case Presence::Busy:
        return failureColor(palette);
    case Presence::Away:
        return slaColor(models::SlaState::Level::Warning, palette);
    case Presence::Offline:
        break;
    }
    return mutedText(palette);
}

QIcon presenceDot(Presence presence, const QPalette &palette, qreal scale)
{
    QPixmap pixmap(QSize(12, 12) * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(presenceColor(presence, palette));
    painter.drawEllipse(QRectF(2, 2, 8, 8));
    return QIcon(pixmap);
}
} // namespace

AvailabilityButton::AvailabilityButton(AgentAvailability *availability, QWidget *parent)
    : QToolButton(parent)
    , availability_(availability)
{
    setObjectName(QStringLiteral("availability"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    auto *group = new QActionGroup(menu);
    for (const Presence presence : AgentAvailability::choices()) {
        QAction *action = menu->addAction(presenceDot(presence, palette(), devicePixelRatioF()),
                                          presenceDisplayName(presence));
        action->setObjectName(QStringLiteral("availability-") + presenceKey(presence));
        action->setCheckable(true);
        action->setData(int(presence));
        group->addAction(action);
        connect(action, &QAction::triggered, availability_,
                [this, presence] { availability_->setStatus(presence); });
    }
    setMenu(menu);
    connect(availability_, &AgentAvailability::statusChanged, this, &AvailabilityButton::display);
    display(availability_->status());
}

void AvailabilityButton::display(Presence presence)
{
    const QString name = presenceDisplayName(presence);
    setText(availability_->isAutoAway() ? tr("%1 (idle)").arg(name) : name);
    setIcon(presenceDot(presence, palette(), devicePixelRatioF()));
    setAccessibleName(tr("Your status: %1").arg(text()));
    setToolTip(availability_->isAutoAway()
                   ? tr("You are shown as away because you were idle; you are back at your next input.")
                   : tr("Your status. Click to change it."));
    for (QAction *action : menu()->actions())
        action->setChecked(action->data().toInt() == int(presence));
}

} // namespace kontor::ui
