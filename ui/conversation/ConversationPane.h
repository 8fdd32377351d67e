#pragma once

#include "store/queries/InboxQueries.h"
#include "ui/WorkspaceContext.h"

#include <QWidget>
#include <optional>

class QStackedWidget;

namespace kontor {
class HistoryPager;
}

namespace kontor::models {
class AgentListModel;
class CannedResponseModel;
class CurrentConversation;
class LabelListModel;
class TimelineModel;
} // namespace kontor::models

namespace kontor::ui {

class Composer;
class ConversationCommands;
class ConversationHeader;
class EmptyState;
class TimelineView;

// The open conversation: its header, its timeline (or the customer's across every channel), the composer.
class ConversationPane : public QWidget
{
    Q_OBJECT
public:
    ConversationPane(const WorkspaceContext &context, ConversationCommands &commands,
                     models::AgentListModel *agents, models::LabelListModel *labels,
                     models::CannedResponseModel *canned, QWidget *parent = nullptr);
    ~ConversationPane() override;

    void openConversation(qint64 conversationId);
    void closeConversation();
    // Opens the message's conversation if needed and scrolls to it.
    bool revealMessage(qint64 conversationId, qint64 messageId);
    void setAllChannels(bool allChannels);

    std::optional<ConversationRow> conversation() const { return row_; }
    qint64 conversationId() const { return row_ ? row_->id : 0; }
    // Made when the first conversation opens (null before): a start-up paints the inbox without them.
    ConversationHeader *header() const { return header_; }
    TimelineView *timeline() const { return timeline_; }
    Composer *composer() const { return composer_; }
    models::TimelineModel *timelineModel() const { return model_; }

    // The keyboard's ways in; they do nothing while no conversation is open.
    void startReply();
    void startNote();
    void send();
    void focusTimeline();
    void resolveOrReopen();
    void showAssignMenu();
    void showSnoozeMenu();
    void showPriorityMenu();
    void showLabelMenu();
    void showTeamMenu();
    void saveDraft();

Q_SIGNALS:
    void conversationOpened(qint64 conversationId, qint64 customerId);
    void allChannelsToggled(bool allChannels);

private:
    void ensureContent();
    void onConversationUpdated(bool customerMoved);
    void refreshHeader();
    void showSource(const QModelIndex &index);

    WorkspaceContext context_;
    ConversationCommands &commands_;
    models::AgentListModel *agents_;
    models::LabelListModel *labels_;
    models::CannedResponseModel *canned_;
    models::CurrentConversation *current_ = nullptr;
    std::optional<ConversationRow> row_; // as current_ last read it
    QStackedWidget *stack_;
    EmptyState *empty_;
    QWidget *content_ = nullptr;
    ConversationHeader *header_ = nullptr;
    TimelineView *timeline_ = nullptr;
    Composer *composer_ = nullptr;
    models::TimelineModel *model_ = nullptr;
    HistoryPager *history_ = nullptr; // older history from the backends, when the store has no more
};

} // namespace kontor::ui
