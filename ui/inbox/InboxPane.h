#pragma once

#include "store/queries/InboxQueries.h"
#include "ui/inbox/ConversationListView.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedLayout;

namespace kontor::models {
class ConversationListModel;
}

namespace kontor::ui {

class BulkActionBar;
class EmptyState;

// The conversation list of the current view, with its title, count and sort above it, and the bulk actions
// while several conversations are selected. Moving the current row opens that conversation.
class InboxPane : public QWidget
{
    Q_OBJECT
public:
    explicit InboxPane(models::ConversationListModel *model, QWidget *parent = nullptr);

    QListView *list() const { return list_; }
    models::ConversationListModel *model() const { return model_; }
    BulkActionBar *bulkActions() const { return bulk_; }
    QComboBox *sortSelector() const { return sort_; }
    void setViewTitle(const QString &title);
    void setViewCount(const QVariant &count);

    qint64 currentConversationId() const;
    QList<qint64> selectedConversationIds() const;
    void selectConversation(qint64 conversationId);
    // Moves the current row by delta (J: +1, K: -1), reading further pages as needed.
    void moveCurrent(int delta);
    void clearSelection();

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);
    void selectionCountChanged(int selected);

private:
    void updateEmptyState();
    void rememberCurrent();
    void restoreCurrent();

    models::ConversationListModel *model_;
    QLabel *title_;
    QLabel *count_;
    QComboBox *sort_;
    BulkActionBar *bulk_;
    ConversationListView *list_;
    EmptyState *empty_;
    QStackedLayout *stack_;
    QTimer clock_;
    qint64 rememberedId_ = 0;
    int rememberedRow_ = -1;
};

} // namespace kontor::ui
