#include "ui/inbox/InboxPane.h"

#include "models/ConversationListModel.h"
#include "ui/common/EmptyState.h"
#include "ui/inbox/BulkActionBar.h"
#include "ui/inbox/ConversationDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace kontor::ui {

using models::ConversationListModel;

InboxPane::InboxPane(ConversationListModel *model, QWidget *parent)
    : QWidget(parent)
    , model_(model)
    , title_(new QLabel(this))
    , count_(new QLabel(this))
    , sort_(new QComboBox(this))
    , bulk_(new BulkActionBar(this))
    , list_(new ConversationListView(this))
    , empty_(new EmptyState(QStringLiteral(":/icons/view-inbox.svg"), tr("Nothing waiting"),
                            tr("Conversations in this view appear here as they arrive."), this))
    , stack_(new QStackedLayout)
{
    setObjectName(QStringLiteral("inboxList"));
    QFont titleFont = title_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    title_->setFont(titleFont);
    title_->setObjectName(QStringLiteral("inboxTitle"));
    count_->setObjectName(QStringLiteral("inboxCount"));
    count_->setForegroundRole(QPalette::PlaceholderText);

    sort_->setObjectName(QStringLiteral("inboxSort"));
    sort_->setAccessibleName(tr("Sort conversations"));
    sort_->addItem(tr("Newest activity"), int(InboxSort::LastActivity));
    sort_->addItem(tr("Waiting longest"), int(InboxSort::WaitingLongest));
    sort_->addItem(tr("SLA due first"), int(InboxSort::SlaDue));
    sort_->addItem(tr("Priority"), int(InboxSort::Priority));
    sort_->setFocusPolicy(Qt::TabFocus);

    list_->setObjectName(QStringLiteral("inboxListView"));
    list_->setAccessibleName(tr("Conversations"));
    list_->setUniformItemSizes(true);
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list_->setFrameShape(QFrame::NoFrame);
    list_->setItemDelegate(new ConversationDelegate(list_));
    list_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    bulk_->hide();

    stack_->addWidget(list_);
    stack_->addWidget(empty_);
    auto *heading = new QHBoxLayout;
    heading->setContentsMargins(14, 10, 10, 6);
    heading->addWidget(title_);
    heading->addSpacing(6);
    heading->addWidget(count_, 1, Qt::AlignBottom);
    heading->addWidget(sort_);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(heading);
    layout->addWidget(bulk_);
    layout->addLayout(stack_, 1);

    // SLA badges count down: repaint the visible rows every half minute.
    clock_.setInterval(30'000);
    connect(&clock_, &QTimer::timeout, list_->viewport(), qOverload<>(&QWidget::update));
    clock_.start();
    connect(bulk_, &BulkActionBar::clearRequested, this, &InboxPane::clearSelection);

    if (!model_) {
        updateEmptyState();
        return;
    }
    list_->setModel(model_);
    connect(sort_, &QComboBox::currentIndexChanged, this, [this] {
        rememberCurrent();
        model_->setSort(InboxSort(sort_->currentData().toInt()));
    });
    connect(model_, &QAbstractItemModel::modelAboutToBeReset, this, &InboxPane::rememberCurrent);
    connect(model_, &QAbstractItemModel::modelReset, this, &InboxPane::restoreCurrent);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model_, signal, this, &InboxPane::updateEmptyState);
    connect(list_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !list_->isTakingFocus())
                    Q_EMIT conversationActivated(
                        current.data(ConversationListModel::ConversationIdRole).toLongLong());
            });
    // Enter on the row the keyboard arrived at opens it (a row opened already is left as it is).
    connect(list_, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT conversationActivated(index.data(ConversationListModel::ConversationIdRole).toLongLong());
    });
    connect(list_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int selected = int(list_->selectionModel()->selectedRows().size());
        bulk_->setCount(selected);
        bulk_->setVisible(selected > 1);
        Q_EMIT selectionCountChanged(selected);
    });
    updateEmptyState();
}

void InboxPane::setViewTitle(const QString &title)
{
    title_->setText(title);
    empty_->setTitle(tr("Nothing in “%1”").arg(title));
}

void InboxPane::setViewCount(const QVariant &count)
{
    count_->setText(count.isValid() ? tr("%n conversation(s)", nullptr, int(count.toLongLong())) : QString());
}

qint64 InboxPane::currentConversationId() const
{
    const QModelIndex current = list_->currentIndex();
    return current.isValid() ? current.data(ConversationListModel::ConversationIdRole).toLongLong() : 0;
}

QList<qint64> InboxPane::selectedConversationIds() const
{
    QList<qint64> ids;
    if (!list_->selectionModel())
        return ids;
    for (const QModelIndex &index : list_->selectionModel()->selectedRows())
        ids.append(index.data(ConversationListModel::ConversationIdRole).toLongLong());
    if (ids.isEmpty() && currentConversationId() > 0)
        ids.append(currentConversationId());
    return ids;
}

void InboxPane::selectConversation(qint64 conversationId)
{
    if (!model_)
        return;
    const int row = model_->rowOf(conversationId);
    if (row < 0)
        return;
    const QModelIndex index = model_->index(row);
    list_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    list_->scrollTo(index);
}

void InboxPane::moveCurrent(int delta)
{
    if (!model_ || model_->rowCount() == 0)
        return;
    const int current = list_->currentIndex().isValid() ? list_->currentIndex().row() : (delta > 0 ? -1 : 0);
    int target = current + delta;
    while (target >= model_->rowCount() && model_->canFetchMore({}))
        model_->fetchMore({});
    target = qBound(0, target, model_->rowCount() - 1);
    const QModelIndex index = model_->index(target);
    list_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    list_->scrollTo(index);
}

void InboxPane::clearSelection()
{
    const QModelIndex current = list_->currentIndex();
    list_->selectionModel()->clearSelection();
    if (current.isValid())
        list_->selectionModel()->select(current, QItemSelectionModel::Select);
}

void InboxPane::rememberCurrent()
{
    rememberedId_ = currentConversationId();
    rememberedRow_ = list_->currentIndex().row();
}

void InboxPane::restoreCurrent()
{
    updateEmptyState();
    if (!model_ || rememberedId_ == 0)
        return;
    const int row = model_->rowOf(rememberedId_);
    if (row >= 0) {
        // The same conversation stays current without reopening it.
        QSignalBlocker blocker(list_->selectionModel());
        list_->selectionModel()->setCurrentIndex(model_->index(row), QItemSelectionModel::ClearAndSelect);
        blocker.unblock();
        list_->viewport()->update();
        list_->scrollTo(model_->index(row));
    }
}

void InboxPane::updateEmptyState()
{
    const bool empty = !model_ || model_->rowCount() == 0;
    stack_->setCurrentWidget(empty ? static_cast<QWidget *>(empty_) : list_);
}

} // namespace kontor::ui
