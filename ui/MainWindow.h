#pragma once

#include <QMainWindow>

class QSplitter;

namespace kontor::ui {

class ConversationPane;
class CustomerPanel;
class InboxPane;
class NavigationPane;
class WorkspaceStatusBar;

// The agent's workspace: views on the left, the inbox list, the open conversation and the customer beside it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    NavigationPane *navigation() const { return m_navigation; }
    InboxPane *inbox() const { return m_inbox; }
    ConversationPane *conversation() const { return m_conversation; }
    CustomerPanel *customer() const { return m_customer; }
    WorkspaceStatusBar *workspaceStatusBar() const { return m_statusBar; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
    void saveLayout() const;
    void showAbout();

    NavigationPane *m_navigation;
    InboxPane *m_inbox;
    ConversationPane *m_conversation;
    CustomerPanel *m_customer;
    WorkspaceStatusBar *m_statusBar;
    QSplitter *m_splitter;
};

} // namespace kontor::ui
