#include "ui/conversation/ActionMenus.h"

#include "models/AgentListModel.h"
#include "models/LabelListModel.h"
#include "ui/conversation/SnoozePresets.h"
#include "ui/conversation/SnoozeUntilDialog.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace kontor::ui {

namespace {
QIcon presenceDot(Presence presence)
{
    static QHash<Presence, QIcon> icons;
    auto it = icons.find(presence);
    if (it != icons.end())
        return *it;
    QPixmap pixmap(24, 24);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor color;
    switch (presence) {
    case Presence::Online:
        color = QColor(0x2f, 0xb3, 0x4e);
        break;
    case Presence::Busy:
        color = QColor(0xe0, 0x3e, 0x3e);
        break;
    case Presence::Away:
        color = QColor(0xe8, 0xa3, 0x17);
        break;
    case Presence::Offline:
        color = QColor(0x9a, 0xa1, 0xab);
        break;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(7, 7, 10, 10));
    return *icons.insert(presence, QIcon(pixmap));
}

QIcon colourSwatch(const QString &color)
{
    QPixmap pixmap(24, 24);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color.isEmpty() ? QColor(0x9a, 0xa1, 0xab) : QColor::fromString(color));
    painter.drawRoundedRect(QRectF(6, 6, 12, 12), 3, 3);
    return QIcon(pixmap);
}
} // namespace

void ActionMenus::fillAssign(QMenu *menu, const models::AgentListModel &agents, const QList<qint64> &accounts,
                             const std::function<void()> &assignToMe,
                             const std::function<void(std::optional<qint64>)> &assign)
{
    menu->clear();
    QAction *me = menu->addAction(tr("Assign to &me"));
    QObject::connect(me, &QAction::triggered, menu, [assignToMe] { assignToMe(); });
    QAction *none = menu->addAction(tr("&Unassign"));
    QObject::connect(none, &QAction::triggered, menu, [assign] { assign(std::nullopt); });
    menu->addSection(tr("Agents"));
    for (const AgentRow &agent : agents.agents()) {
        if (agent.isSelf || (!accounts.isEmpty() && !accounts.contains(agent.accountId)))
            continue;
        const QString load =
            agent.capacity > 0
                ? tr("%1 (%2 of %3 open)").arg(agent.name).arg(agent.openConversations).arg(agent.capacity)
                : tr("%1 (%2 open)").arg(agent.name).arg(agent.openConversations);
        QAction *action = menu->addAction(presenceDot(agent.presence), load);
        action->setToolTip(presenceDisplayName(agent.presence));
        const qint64 id = agent.id;
        QObject::connect(action, &QAction::triggered, menu, [assign, id] { assign(id); });
    }
}

void ActionMenus::fillSnooze(QMenu *menu, QWidget *dialogParent,
                             const std::function<void(std::optional<UtcMillis>)> &snooze,
                             const std::function<void()> &pending)
{
    menu->clear();
    for (const SnoozePreset &preset : SnoozePresets::at(QDateTime::currentDateTime())) {
        QAction *action = menu->addAction(preset.label);
        const std::optional<UtcMillis> until = preset.until;
        QObject::connect(action, &QAction::triggered, menu, [snooze, until] { snooze(until); });
    }
    QAction *choose = menu->addAction(tr("Until a &date and time…"));
    choose->setObjectName(QStringLiteral("snoozeChooseTime"));
    QObject::connect(choose, &QAction::triggered, menu, [dialogParent, snooze] {
        auto *dialog = new SnoozeUntilDialog(QDateTime::currentDateTime(), dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &SnoozeUntilDialog::chosen, dialogParent,
                         [snooze](UtcMillis until) { snooze(until); });
        dialog->open();
    });
    menu->addSeparator();
    QAction *aside = menu->addAction(tr("Mark as &pending"));
    aside->setObjectName(QStringLiteral("markPending"));
    aside->setToolTip(tr("Set aside without a time: waiting on something outside the conversation"));
    QObject::connect(aside, &QAction::triggered, menu, [pending] { pending(); });
}

void ActionMenus::fillTeams(QMenu *menu, const QList<TeamRow> &teams, std::optional<qint64> current,
                            const std::function<void(std::optional<qint64>)> &choose)
{
    menu->clear();
    QAction *none = menu->addAction(tr("&No team"));
    none->setCheckable(true);
    none->setChecked(!current);
    QObject::connect(none, &QAction::triggered, menu, [choose] { choose(std::nullopt); });
    if (!teams.isEmpty())
        menu->addSection(tr("Teams"));
    for (const TeamRow &team : teams) {
        QAction *action = menu->addAction(team.name);
        action->setCheckable(true);
        action->setChecked(current == team.id);
        const qint64 id = team.id;
        QObject::connect(action, &QAction::triggered, menu, [choose, id] { choose(id); });
    }
}

void ActionMenus::fillPriority(QMenu *menu, Priority current, const std::function<void(Priority)> &choose)
{
    menu->clear();
    for (Priority priority :
         {Priority::Urgent, Priority::High, Priority::Medium, Priority::Low, Priority::None}) {
        QAction *action = menu->addAction(priorityDisplayName(priority));
        action->setCheckable(true);
        action->setChecked(priority == current);
        QObject::connect(action, &QAction::triggered, menu, [choose, priority] { choose(priority); });
    }
}

void ActionMenus::fillLabels(QMenu *menu, QWidget *dialogParent, const models::LabelListModel &labels,
                             const QStringList &carried,
                             const std::function<void(const QString &, bool add)> &toggle)
{
    menu->clear();
    for (const LabelRow &label : labels.labels()) {
        QAction *action = menu->addAction(colourSwatch(label.color), label.name);
        action->setCheckable(true);
        const bool has = carried.contains(label.name, Qt::CaseInsensitive);
        action->setChecked(has);
        const QString name = label.name;
        QObject::connect(action, &QAction::triggered, menu, [toggle, name, has] { toggle(name, !has); });
    }
    if (!labels.labels().isEmpty())
        menu->addSeparator();
    QAction *create = menu->addAction(tr("&New label…"));
    QObject::connect(create, &QAction::triggered, menu, [dialogParent, toggle] {
        bool ok = false;
        const QString name = QInputDialog::getText(dialogParent, tr("New label"), tr("Label name:"),
                                                   QLineEdit::Normal, {}, &ok)
                                 .trimmed();
        if (ok && !name.isEmpty())
            toggle(name, true);
    });
}

} // namespace kontor::ui
