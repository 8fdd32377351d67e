#pragma once

#include "ui/WorkspaceContext.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeView;

namespace kontor::models {
class OutboxModel;
}

namespace kontor::ui {

class OutboxDiscard;

// The agent's unfinished actions across every conversation: what waits to be sent, what is being sent or
// checked, what the backend refused with its reason, and what may or may not have arrived. A failed action
// can be retried or discarded (after the agent confirms what is lost); one whose outcome nobody could find
// out can be checked again, sent again (after the agent confirms it may arrive twice) or discarded; any
// action can take the agent to its conversation. Not modal: it follows the outbox while the agent works.
class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutboxDialog(const WorkspaceContext &context, QWidget *parent = nullptr);

    models::OutboxModel *model() const { return model_; }
    QTreeView *view() const { return view_; }
    // Selects the first failed action, or the first one when none failed.
    void selectFirstFailed();

    // Failed: sends it again. Outcome unknown: asks first, then sends it again.
    void retrySelected();
    void checkAgainSelected();
    void discardSelected();
    void openSelected();

Q_SIGNALS:
    void openConversationRequested(qint64 conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QModelIndex selected() const;
    void updateDetails();
    void updateEmptyState();

    WorkspaceContext context_;
    models::OutboxModel *model_;
    OutboxDiscard *discard_;
    QTreeView *view_;
    QLabel *summary_;
    QLabel *details_;
    QPushButton *retry_;
    QPushButton *checkAgain_;
    QPushButton *discardButton_;
    QPushButton *open_;
};

} // namespace kontor::ui
