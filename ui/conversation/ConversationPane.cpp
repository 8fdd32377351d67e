#include "ui/conversation/ConversationPane.h"

#include "models/CurrentConversation.h"
#include "models/TimelineModel.h"
#include "store/Store.h"
#include "sync/HistoryPager.h"
#include "ui/ConversationCommands.h"
#include "ui/common/EmptyState.h"
#include "ui/common/WorkspaceColors.h"
#include "ui/composer/Composer.h"
#include "ui/conversation/ConversationHeader.h"
#include "ui/conversation/MessageDocument.h"
#include "ui/conversation/MessageSourceDialog.h"
#include "ui/conversation/TimelineDelegate.h"
#include "ui/conversation/TimelineView.h"
#include "ui/outbox/OutboxDiscard.h"

#include <QFrame>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {
QFrame *line(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::HLine);
    frame->setFrameShadow(QFrame::Plain);
    frame->setFixedHeight(1);
    QPalette p = frame->palette();
    p.setColor(QPalette::WindowText, hairline(p));
    frame->setPalette(p);
    return frame;
}
} // namespace

ConversationPane::ConversationPane(const WorkspaceContext &context, ConversationCommands &commands,
                                   models::AgentListModel *agents, models::LabelListModel *labels,
                                   models::CannedResponseModel *canned, QWidget *parent)
    : QWidget(parent)
    , context_(context)
    , commands_(commands)
    , agents_(agents)
    , labels_(labels)
    , canned_(canned)
    , stack_(new QStackedWidget(this))
    , empty_(new EmptyState(QStringLiteral(":/icons/view-all.svg"), tr("No conversation open"),
                            tr("Pick a conversation from the list, or press J and K to move through it."),
                            this))
{
    setObjectName(QStringLiteral("conversationPane"));
    setAccessibleName(tr("Conversation"));
    stack_->addWidget(empty_);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack_);
    if (context_.store) {
        current_ = new models::CurrentConversation(*context_.store, this);
        connect(current_, &models::CurrentConversation::updated, this,
                &ConversationPane::onConversationUpdated);
        connect(current_, &models::CurrentConversation::removed, this, &ConversationPane::closeConversation);
    }
}

void ConversationPane::ensureContent()
{
    if (content_ || !context_.store || !agents_ || !labels_)
        return;
    content_ = new QWidget(this);
    header_ = new ConversationHeader(commands_, *agents_, *labels_, content_);
    timeline_ = new TimelineView(content_);
    model_ = new models::TimelineModel(*context_.store, this);
    timeline_->setTimelineModel(model_);
    if (context_.sync) {
        history_ = new HistoryPager(*context_.store, *context_.sync, this);
        connect(model_, &models::TimelineModel::olderHistoryWanted, history_, &HistoryPager::fetchOlder);
    }
    timeline_->timelineDelegate()->setRetryAvailable(commands_.canRetry());
    timeline_->timelineDelegate()->setDiscardAvailable(true);
    timeline_->timelineDelegate()->setRemoteContentSource(context_.remoteContent);
    composer_ = new Composer(context_, commands_, canned_, agents_, content_);
    auto *contentLayout = new QVBoxLayout(content_);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(header_);
    contentLayout->addWidget(line(content_));
    contentLayout->addWidget(timeline_, 1);
    contentLayout->addWidget(line(content_));
    contentLayout->addWidget(composer_);
    stack_->addWidget(content_);

    connect(header_, &ConversationHeader::allChannelsToggled, this, &ConversationPane::setAllChannels);
    connect(header_, &ConversationHeader::allChannelsToggled, this, &ConversationPane::allChannelsToggled);
    connect(timeline_, &TimelineView::viewSourceRequested, this, &ConversationPane::showSource);
    connect(timeline_, &TimelineView::retryRequested, &commands_, &ConversationCommands::retry);
    auto *discard = new OutboxDiscard(*context_.store, this);
    connect(timeline_, &TimelineView::discardRequested, discard, &OutboxDiscard::confirmAndDiscard);
    connect(discard, &OutboxDiscard::refused, &commands_, &ConversationCommands::failed);
    connect(composer_, &Composer::sentElsewhere, this, [this] {
        // The reply went to the customer's conversation on another channel: show where it went.
        setAllChannels(true);
        Q_EMIT allChannelsToggled(true);
    });
}

void ConversationPane::startReply()
{
    if (composer_ && row_)
        composer_->startReply();
}

void ConversationPane::startNote()
{
    if (composer_ && row_)
        composer_->startNote();
}

void ConversationPane::send()
{
    if (composer_ && row_)
        composer_->send();
}

void ConversationPane::focusTimeline()
{
    if (timeline_ && row_)
        timeline_->setFocus();
}

void ConversationPane::resolveOrReopen()
{
    if (header_ && row_)
        header_->resolveOrReopen();
}

void ConversationPane::showAssignMenu()
{
    if (header_ && row_)
        header_->showAssignMenu();
}

void ConversationPane::showSnoozeMenu()
{
    if (header_ && row_)
        header_->showSnoozeMenu();
}

void ConversationPane::showPriorityMenu()
{
    if (header_ && row_)
        header_->showPriorityMenu();
}

void ConversationPane::showLabelMenu()
{
    if (header_ && row_)
        header_->showLabelMenu();
}

void ConversationPane::showTeamMenu()
{
    if (header_ && row_)
        header_->showTeamMenu();
}

void ConversationPane::saveDraft()
{
    if (composer_)
        composer_->saveDraft();
}

ConversationPane::~ConversationPane() = default;

void ConversationPane::openConversation(qint64 conversationId)
{
    if (!context_.store)
        return;
    if (row_ && row_->id == conversationId)
        return;
    row_ = current_->open(conversationId) ? current_->row() : std::nullopt;
    if (!row_) {
        closeConversation();
        return;
    }
    ensureContent();
    refreshHeader();
    header_->setAllChannels(false);
    timeline_->timelineDelegate()->setShowChannels(false);
    model_->showConversation(conversationId);
    composer_->setConversation(*row_);
    stack_->setCurrentWidget(content_);
    if (row_->unreadCount > 0)
        commands_.markRead(conversationId);
    Q_EMIT conversationOpened(row_->id, row_->customerId);
}

void ConversationPane::closeConversation()
{
    row_.reset();
    if (current_)
        current_->close();
    if (model_)
        model_->clear();
    if (composer_)
        composer_->clearConversation();
    stack_->setCurrentWidget(empty_);
}

bool ConversationPane::revealMessage(qint64 conversationId, qint64 messageId)
{
    openConversation(conversationId);
    if (!row_ || !timeline_)
        return false;
    if (model_->mode() == models::TimelineModel::Mode::Customer && model_->customerId() != row_->customerId)
        setAllChannels(false);
    return timeline_->revealMessage(messageId);
}

void ConversationPane::setAllChannels(bool allChannels)
{
    if (!row_ || !model_)
        return;
    header_->setAllChannels(allChannels);
    timeline_->timelineDelegate()->setShowChannels(allChannels);
    if (allChannels && model_->mode() != models::TimelineModel::Mode::Customer)
        model_->showCustomer(row_->customerId);
    else if (!allChannels && model_->mode() != models::TimelineModel::Mode::Conversation)
        model_->showConversation(row_->id);
}

void ConversationPane::refreshHeader()
{
    if (!row_ || !header_)
        return;
    header_->setConversation(*row_, current_->inboxName());
}

void ConversationPane::onConversationUpdated(bool customerMoved)
{
    if (!row_ || !content_)
        return;
    row_ = current_->row();
    refreshHeader();
    composer_->setConversation(*row_);
    if (customerMoved && model_->mode() == models::TimelineModel::Mode::Customer)
        model_->showCustomer(row_->customerId);
}

void ConversationPane::showSource(const QModelIndex &index)
{
    const QString body = index.data(models::TimelineModel::BodyRole).toString();
    const auto format = BodyFormat(index.data(models::TimelineModel::BodyFormatRole).toInt());
    const QString author = index.data(models::TimelineModel::AuthorNameRole).toString();
    auto *dialog = new MessageSourceDialog(tr("Source of the message from %1").arg(author), body,
                                           sourceSyntaxName(classifyBody(body, format)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace kontor::ui
