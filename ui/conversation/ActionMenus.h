#pragma once

#include "core/Conversation.h"
#include "core/Time.h"
#include "store/queries/DirectoryQueries.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace kontor::models {
class AgentListModel;
class LabelListModel;
} // namespace kontor::models

namespace kontor::ui {

// The menus behind the conversation actions, for the header's buttons and for bulk actions on a selection.
// They are filled when shown, so that they list the agents and labels as they are then.
class ActionMenus
{
    Q_DECLARE_TR_FUNCTIONS(ActionMenus)
public:
    // "Assign to me", "Unassign", then the agents of the given accounts with presence and load.
    static void fillAssign(QMenu *menu, const models::AgentListModel &agents, const QList<qint64> &accounts,
                           const std::function<void()> &assignToMe,
                           const std::function<void(std::optional<qint64>)> &assign);
    // The presets, a date and time of the agent's choosing (a dialog over dialogParent), and Pending: set
    // aside without a time.
    static void fillSnooze(QMenu *menu, QWidget *dialogParent,
                           const std::function<void(std::optional<UtcMillis>)> &snooze,
                           const std::function<void()> &pending);
    // "No team", then the teams, the current one checked.
    static void fillTeams(QMenu *menu, const QList<TeamRow> &teams, std::optional<qint64> current,
                          const std::function<void(std::optional<qint64>)> &choose);
    static void fillPriority(QMenu *menu, Priority current, const std::function<void(Priority)> &choose);
    // Every label, checked when all the conversations carry it; "New label…" asks for a name.
    static void fillLabels(QMenu *menu, QWidget *dialogParent, const models::LabelListModel &labels,
                           const QStringList &carried,
                           const std::function<void(const QString &, bool add)> &toggle);
};

} // namespace kontor::ui
