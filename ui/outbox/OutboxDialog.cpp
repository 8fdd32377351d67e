#include "ui/outbox/OutboxDialog.h"

#include "models/OutboxActionText.h"
#include "models/OutboxModel.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"
#include "ui/common/WorkspaceColors.h"
#include "ui/outbox/OutboxDiscard.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace kontor::ui {

using models::OutboxModel;

OutboxDialog::OutboxDialog(const WorkspaceContext &context, QWidget *parent)
    : QDialog(parent)
    , context_(context)
    , model_(new OutboxModel(*context.store, this))
    , discard_(new OutboxDiscard(*context.store, this))
    , view_(new QTreeView(this))
    , summary_(new QLabel(this))
    , details_(new QLabel(this))
    , retry_(new QPushButton(tr("&Retry"), this))
    , checkAgain_(new QPushButton(tr("C&heck again"), this))
    , discardButton_(new QPushButton(tr("&Discard…"), this))
    , open_(new QPushButton(tr("&Open conversation"), this))
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Outbox"));
    setAccessibleName(tr("Outbox"));
    resize(980, 460);

    summary_->setObjectName(QStringLiteral("outboxSummary"));
    summary_->setWordWrap(true);
    view_->setObjectName(QStringLiteral("outboxList"));
    view_->setAccessibleName(tr("Unfinished actions"));
    view_->setModel(model_);
    view_->setRootIsDecorated(false);
    view_->setUniformRowHeights(true);
    view_->setAllColumnsShowFocus(true);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->header()->setStretchLastSection(false);
    view_->header()->setSectionResizeMode(OutboxModel::ReasonColumn, QHeaderView::Stretch);
    view_->setColumnWidth(OutboxModel::ActionColumn, 260);
    view_->setColumnWidth(OutboxModel::ConversationColumn, 260);
    view_->setColumnWidth(OutboxModel::StateColumn, 130);
    view_->setColumnWidth(OutboxModel::CreatedColumn, 80);
    details_->setObjectName(QStringLiteral("outboxDetails"));
    details_->setAccessibleName(tr("Details of the selected action"));
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    details_->setMinimumHeight(details_->fontMetrics().lineSpacing() * 3);
    details_->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    retry_->setObjectName(QStringLiteral("outboxRetry"));
    retry_->setToolTip(tr("Send the selected action again now"));
    checkAgain_->setObjectName(QStringLiteral("outboxCheckAgain"));
    checkAgain_->setToolTip(tr("Ask the backend once more whether the selected action arrived"));
    discardButton_->setObjectName(QStringLiteral("outboxDiscard"));
    discardButton_->setToolTip(tr("Give up the selected action; asks first"));
    open_->setObjectName(QStringLiteral("outboxOpenConversation"));
    open_->setToolTip(tr("Show the conversation of the selected action"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(retry_, QDialogButtonBox::ActionRole);
    buttons->addButton(checkAgain_, QDialogButtonBox::ActionRole);
    buttons->addButton(discardButton_, QDialogButtonBox::ActionRole);
    buttons->addButton(open_, QDialogButtonBox::ActionRole);
    // Enter in the list opens the conversation rather than pressing a default button.
    for (QPushButton *button : {retry_, checkAgain_, discardButton_, open_})
        button->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(view_, 1);
    layout->addWidget(details_);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(retry_, &QPushButton::clicked, this, &OutboxDialog::retrySelected);
    connect(checkAgain_, &QPushButton::clicked, this, &OutboxDialog::checkAgainSelected);
    connect(discardButton_, &QPushButton::clicked, this, &OutboxDialog::discardSelected);
    connect(open_, &QPushButton::clicked, this, &OutboxDialog::openSelected);
    connect(view_, &QTreeView::activated, this, &OutboxDialog::openSelected);
    view_->installEventFilter(this);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxDialog::updateDetails);
    connect(discard_, &OutboxDiscard::refused, details_, &QLabel::setText);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(model_, signal, this, [this] {
            updateEmptyState();
            updateDetails();
        });
    }
    connect(model_, &QAbstractItemModel::dataChanged, this, [this] {
        updateEmptyState();
        updateDetails();
    });
    updateEmptyState();
    selectFirstFailed();
    updateDetails();
}

bool OutboxDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Delete in the list discards, as in a mail client's outbox.
    if (watched == view_ && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        discardSelected();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void OutboxDialog::selectFirstFailed()
{
    if (model_->rowCount() == 0)
        return;
    int row = 0;
    for (int i = 0; i < model_->rowCount(); ++i) {
        const auto state = OutboxState(model_->index(i, 0).data(OutboxModel::StateRole).toInt());
        if (state == OutboxState::Failed || state == OutboxState::Unknown) {
            row = i;
            break;
        }
    }
    view_->setCurrentIndex(model_->index(row, 0));
}

QModelIndex OutboxDialog::selected() const
{
    const QModelIndexList rows = view_->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

void OutboxDialog::updateEmptyState()
{
    const int total = model_->rowCount();
    const int failed = model_->failedCount();
    if (total == 0)
        summary_->setText(tr("Everything you did has reached its backend."));
    else if (failed == 0)
        summary_->setText(tr("%n action(s) waiting to be sent.", nullptr, total));
    else
        summary_->setText(tr("%n action(s) need you: the backend refused them, or nobody could find out "
                             "whether they arrived. Decide for each.",
                             nullptr, failed));
    QPalette p = summary_->palette();
    p.setColor(QPalette::WindowText,
               failed > 0 ? failureColor(palette()) : palette().color(QPalette::WindowText));
    summary_->setPalette(p);
}

void OutboxDialog::updateDetails()
{
    const QModelIndex index = selected();
    const bool unknown = index.isValid() && index.data(OutboxModel::CanSendAgainRole).toBool();
    retry_->setText(unknown ? tr("&Send again…") : tr("&Retry"));
    retry_->setEnabled(index.isValid() && context_.sync != nullptr &&
                       (index.data(OutboxModel::CanRetryRole).toBool() || unknown));
    checkAgain_->setVisible(unknown);
    checkAgain_->setEnabled(unknown && context_.sync != nullptr);
    discardButton_->setEnabled(index.isValid() && index.data(OutboxModel::CanDiscardRole).toBool());
    open_->setEnabled(index.isValid() && index.data(OutboxModel::ConversationIdRole).toLongLong() != 0);
    if (!index.isValid()) {
        details_->clear();
        return;
    }
    const UnfinishedAction &action = model_->actionAt(index.row());
    QString text = models::OutboxActionText::action(action) + QStringLiteral(" — ") +
                   models::OutboxActionText::state(action);
    if (action.entry.attempts > 0)
        text +=
            QStringLiteral(" (") + tr("%n attempt(s)", nullptr, action.entry.attempts) + QStringLiteral(")");
    const QString reason = models::OutboxActionText::reason(action);
    if (!reason.isEmpty())
        text += QStringLiteral("\n") + reason;
    details_->setText(text);
}

void OutboxDialog::retrySelected()
{
    const QModelIndex index = selected();
    if (!index.isValid() || !context_.sync)
        return;
    const QString uuid = index.data(OutboxModel::UuidRole).toString();
    if (index.data(OutboxModel::CanRetryRole).toBool()) {
        context_.sync->sendAgain(uuid);
        return;
    }
    if (!index.data(OutboxModel::CanSendAgainRole).toBool())
        return;
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        this, tr("Send again?"),
        tr("Kontor could not find out whether this arrived. If it did, sending it again means it arrives "
           "twice.\n\nSend it again anyway?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        context_.sync->sendAgain(uuid);
}

void OutboxDialog::checkAgainSelected()
{
    const QModelIndex index = selected();
    if (!index.isValid() || !context_.sync || !index.data(OutboxModel::CanCheckAgainRole).toBool())
        return;
    context_.sync->checkAgain(index.data(OutboxModel::UuidRole).toString());
}

void OutboxDialog::discardSelected()
{
    const QModelIndex index = selected();
    if (!index.isValid() || !index.data(OutboxModel::CanDiscardRole).toBool())
        return;
    discard_->confirmAndDiscard(index.data(OutboxModel::UuidRole).toString());
}

void OutboxDialog::openSelected()
{
    const QModelIndex index = selected();
    const qint64 conversation =
        index.isValid() ? index.data(OutboxModel::ConversationIdRole).toLongLong() : 0;
    if (conversation != 0)
        Q_EMIT openConversationRequested(conversation);
}

} // namespace kontor::ui
