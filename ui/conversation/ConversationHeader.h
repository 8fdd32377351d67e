#pragma once

#include "store/queries/InboxQueries.h"

#include <QWidget>

class QLabel;
class QMenu;
class QToolButton;

namespace kontor::models {
class AgentListModel;
class LabelListModel;
} // namespace kontor::models

namespace kontor::ui {

class ConversationCommands;

// The top of an open conversation: who (customer), where (channel, inbox), its state (status, priority,
// assignee, labels), and the actions on it — assign, snooze, resolve or reopen, priority, labels — plus the
// switch between this conversation and the customer's whole cross-channel timeline.
class ConversationHeader : public QWidget
{
    Q_OBJECT
public:
    ConversationHeader(ConversationCommands &commands, models::AgentListModel &agents,
                       models::LabelListModel &labels, QWidget *parent = nullptr);

    void setConversation(const ConversationRow &row, const QString &inboxName);
    void setAllChannels(bool allChannels);
    bool allChannels() const;

    // Keyboard entry points: open the menus under their buttons, or act at once.
    void showAssignMenu();
    void showSnoozeMenu();
    void showPriorityMenu();
    void showLabelMenu();
    void showTeamMenu();
    void resolveOrReopen();

Q_SIGNALS:
    void allChannelsToggled(bool allChannels);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Text beside the icons when the row fits, the icons alone (names in the tooltips) when it does not.
    void fitButtons();
    QToolButton *makeButton(const QString &icon, const QString &text, const QString &objectName);
    void updateChips();

    ConversationCommands &commands_;
    models::AgentListModel &agents_;
    models::LabelListModel &labels_;
    ConversationRow row_;
    QLabel *customer_;
    QLabel *details_;
    QLabel *labelsLine_;
    QToolButton *assign_;
    QToolButton *team_;
    QToolButton *snooze_;
    QToolButton *resolve_;
    QToolButton *priority_;
    QToolButton *labelsButton_;
    QToolButton *allChannels_;
    QList<QToolButton *> buttons_;
    QMenu *assignMenu_;
    QMenu *snoozeMenu_;
    QMenu *priorityMenu_;
    QMenu *labelMenu_;
    QMenu *teamMenu_;
};

} // namespace kontor::ui
