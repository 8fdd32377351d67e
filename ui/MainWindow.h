#pragma once

#include "store/queries/InboxQueries.h"
#include "ui/WorkspaceContext.h"

#include <QMainWindow>
#include <QPointer>

class KCommandBar;
class KShortcutsDialog;

class QSplitter;

namespace kontor::models {
class AgentListModel;
class CannedResponseModel;
class ConversationListModel;
class LabelListModel;
class NavigationModel;
class WorkspaceAlerts;
} // namespace kontor::models

namespace kontor::ui {

class ConversationCommands;
class ConversationPane;
class AgentAvailability;
class CustomerPanel;
class InboxPane;
class NavigationPane;
class OutboxDialog;
class SearchDialog;
class SettingsDialog;
class TrayNotifier;
class WorkspaceActions;
class WorkspaceStatusBar;

// The agent's workspace: views on the left, the inbox list, the open conversation and the customer beside it,
// the connections and the outbox below. Everything is read from the store given in the context (which may be
// empty: the window then shows its empty states), and every action goes to the store.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const WorkspaceContext &context = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    NavigationPane *navigation() const { return navigation_; }
    InboxPane *inbox() const { return inbox_; }
    ConversationPane *conversation() const { return conversation_; }
    CustomerPanel *customer() const { return customer_; }
    WorkspaceStatusBar *workspaceStatusBar() const { return statusBar_; }
    WorkspaceActions *actions() const { return actions_; }
    ConversationCommands *commands() const { return commands_; }
    TrayNotifier *notifier() const { return notifier_; }
    AgentAvailability *availability() const { return availability_; }
    // The search window, made when first needed.
    SearchDialog *searchDialog();
    // The outbox window, made when first needed.
    OutboxDialog *outboxDialog();

    // Shows the conversation: selected in the list when the current view holds it, opened on its own
    // otherwise.
    void openConversation(qint64 conversationId, qint64 messageId = 0);
    void openSearch();
    void showOutbox();
    void showShortcuts();
    // Ctrl+Shift+P: every enabled action of the workspace, found by typing, run by Enter.
    void showCommandPalette();
    KCommandBar *commandPalette() const;
    // The shortcut editor over every action; what the agent changes is saved and kept across restarts.
    void configureShortcuts();
    KShortcutsDialog *shortcutsDialog() const;
    // Ctrl+,: the settings window, on a page of SettingsDialog::Page when one is given.
    void showSettings(int page = -1);
    SettingsDialog *settingsDialog() const;
    void showView(const QString &key);
    // Ctrl+N: assigns the agent the longest-waiting conversation of their teams that nobody has, and opens
    // it.
    void getNextConversation();

Q_SIGNALS:
    // Once, when the window is first on screen: painted, or a moment after it was shown when nothing paints
    // it (started minimised, on another desktop). What waited for the window may start.
    void firstShown();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createModels();
    void createMenus();
    void connectActions();
    void connectBulkActions();
    void applyView(const QString &key, const InboxFilter &filter, const QString &title);
    void updateViewCount();
    void saveCurrentView();
    QList<qint64> triageTargets() const;
    bool bulkSelected() const;
    void restoreLayout();
    void saveLayout() const;
    void showAbout();
    void finishStart();
    // Tab goes through the screen as laid out: navigation, inbox, conversation (its composer last), customer,
    // status bar. Parts made later (a conversation's, a customer's) would otherwise come after the status
    // bar.
    void orderTabStops();

    WorkspaceContext context_;
    WorkspaceActions *actions_;
    ConversationCommands *commands_;
    models::NavigationModel *navigationModel_ = nullptr;
    models::ConversationListModel *listModel_ = nullptr;
    models::AgentListModel *agents_ = nullptr;
    models::LabelListModel *labels_ = nullptr;
    models::CannedResponseModel *canned_ = nullptr;
    models::WorkspaceAlerts *alerts_ = nullptr;
    NavigationPane *navigation_ = nullptr;
    InboxPane *inbox_ = nullptr;
    ConversationPane *conversation_ = nullptr;
    CustomerPanel *customer_ = nullptr;
    WorkspaceStatusBar *statusBar_ = nullptr;
    SearchDialog *search_ = nullptr;
    OutboxDialog *outbox_ = nullptr;
    TrayNotifier *notifier_ = nullptr;
    AgentAvailability *availability_ = nullptr;
    QSplitter *splitter_ = nullptr;
    // The palette and the shortcut editor while they are open (each deletes itself when done).
    QPointer<QWidget> palette_;
    QPointer<QWidget> shortcutsDialog_;
    QPointer<SettingsDialog> settings_;
    QString viewKey_;
    qint64 lastOpened_ = 0;
    bool shown_ = false;
    bool started_ = false;
};

} // namespace kontor::ui
