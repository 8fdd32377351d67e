#include "ui/conversation/TimelineView.h"

#include "models/TimelineModel.h"
#include "net/LinkPolicy.h"
#include "render/HtmlSanitizer.h"
#include "render/TextBreaks.h"
#include "ui/conversation/MessageDocument.h"
#include "ui/conversation/TimelineDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextDocument>
#include <QTimer>

namespace kontor::ui {

using models::TimelineItem;
using models::TimelineModel;

TimelineView::TimelineView(QWidget *parent)
    : QListView(parent)
    , delegate_(new TimelineDelegate(this))
{
    setObjectName(QStringLiteral("timeline"));
    setAccessibleName(tr("Messages"));
    setItemDelegate(delegate_);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setWordWrap(true);
    verticalScrollBar()->setSingleStep(24);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &TimelineView::onScrolled);
    connect(
        delegate_, &TimelineDelegate::actionRequested, this,
        [this](const QModelIndex &index, TimelineDelegate::Action action) { onAction(index, int(action)); });
    connect(delegate_, &TimelineDelegate::linkActivated, this, [](const QUrl &url) {
        // Only links a browser or mail program should open, mailto without what a sender could abuse
        // (attach=); nothing is fetched here.
        const QUrl openable = net::openableLink(url);
        if (!openable.isEmpty())
            QDesktopServices::openUrl(openable);
    });
    connect(delegate_, &TimelineDelegate::attachmentActivated, this, &TimelineView::openAttachment);
}

void TimelineView::openAttachment(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (url.isLocalFile() || scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"))
        QDesktopServices::openUrl(url);
}

void TimelineView::setTimelineModel(TimelineModel *model)
{
    model_ = model;
    setModel(model);
    // A fresh timeline opens at its newest message, unless something (a search hit) was revealed meanwhile.
    auto followLater = [this] {
        QTimer::singleShot(0, this, [this] {
            if (followNewest_)
                scrollToNewest();
        });
    };
    connect(model, &QAbstractItemModel::modelReset, this, [this, followLater] {
        followNewest_ = true;
        followLater();
    });
    connect(model, &TimelineModel::newestArrived, this, [this, followLater] {
        if (followNewest_)
            followLater();
    });
    // Older history from the backend comes in above the row the agent was reading: that row stays put.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (olderAnchor_)
            QTimer::singleShot(0, this, [this] { keepOlderAnchor(); });
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { olderAnchor_.reset(); });
}

void TimelineView::keepOlderAnchor()
{
    if (!model_ || !olderAnchor_)
        return;
    const auto [messageId, offset] = *std::exchange(olderAnchor_, std::nullopt);
    const int row = model_->rowOfMessage(messageId);
    if (row < 0)
        return;
    doItemsLayout();
    scrollTo(model_->index(row), QAbstractItemView::PositionAtTop);
    verticalScrollBar()->setValue(verticalScrollBar()->value() - offset);
}

void TimelineView::scrollToNewest()
{
    if (!model_ || model_->rowCount() == 0)
        return;
    doItemsLayout();
    // A short page leaves nothing to scroll up to: read older pages until the view is full.
    for (int pages = 0; pages < 10 && verticalScrollBar()->maximum() == 0 && model_->canFetchOlder();
         ++pages) {
        model_->fetchOlder();
        doItemsLayout();
    }
    scrollToBottom();
}

bool TimelineView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 8;
}

void TimelineView::onScrolled(int value)
{
    followNewest_ = isAtBottom();
    if (value > verticalScrollBar()->minimum())
        olderAnchor_.reset(); // the agent moved on: nothing to hold in place any more
    if (!model_ || loadingOlder_ || value > verticalScrollBar()->minimum())
        return;
    if (!model_->canFetchOlder()) {
        // The store holds nothing older: the backend is asked, and the top row kept where it is.
        const QModelIndex top = indexAt(QPoint(1, 1));
        if (top.isValid() && top.data(TimelineModel::MessageIdRole).toLongLong() > 0)
            olderAnchor_ =
                std::pair(top.data(TimelineModel::MessageIdRole).toLongLong(), visualRect(top).top());
        model_->askForOlderHistory();
        return;
    }
    // Keep the row at the top where it is while older rows come in above it.
    loadingOlder_ = true;
    const QModelIndex anchor = indexAt(QPoint(1, 1));
    const int anchorRow = anchor.isValid() ? anchor.row() : 0;
    const int offset = anchor.isValid() ? visualRect(anchor).top() : 0;
    const int added = model_->fetchOlder();
    doItemsLayout();
    if (added > 0) {
        const QModelIndex same = model_->index(anchorRow + added);
        scrollTo(same, QAbstractItemView::PositionAtTop);
        verticalScrollBar()->setValue(verticalScrollBar()->value() - offset);
    }
    loadingOlder_ = false;
}

bool TimelineView::revealMessage(qint64 messageId)
{
    if (!model_)
        return false;
    const int row = model_->revealMessage(messageId);
    if (row < 0)
        return false;
    followNewest_ = false;
    doItemsLayout();
    const QModelIndex index = model_->index(row);
    setCurrentIndex(index);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

qint64 TimelineView::currentMessageId() const
{
    const QModelIndex index = currentIndex();
    if (!index.isValid() ||
        TimelineItem::Kind(index.data(TimelineModel::ItemKindRole).toInt()) != TimelineItem::Kind::Message)
        return 0;
    return index.data(TimelineModel::MessageIdRole).toLongLong();
}

void TimelineView::copyMessage(const QModelIndex &index) const
{
    if (!index.isValid())
        return;
    QString text = index.data(TimelineModel::BodyRole).toString();
    if (BodyFormat(index.data(TimelineModel::BodyFormatRole).toInt()) == BodyFormat::Html) {
        // The text as shown: sanitized first, so that copying neither loads nor parses more than showing.
        QTextDocument document;
        document.setHtml(render::sanitizeHtml(text, render::expandedSanitizeOptions()));
        text = render::withoutBreakOpportunities(document.toPlainText());
    }
    QApplication::clipboard()->setText(text);
}

void TimelineView::onAction(const QModelIndex &index, int action)
{
    switch (TimelineDelegate::Action(action)) {
    case TimelineDelegate::Action::LoadRemoteContent:
        delegate_->allowRemoteContent(index);
        doItemsLayout();
        break;
    case TimelineDelegate::Action::ViewSource:
        Q_EMIT viewSourceRequested(index);
        break;
    case TimelineDelegate::Action::Retry:
        Q_EMIT retryRequested(index.data(TimelineModel::ClientUuidRole).toString());
        break;
    case TimelineDelegate::Action::Discard:
        Q_EMIT discardRequested(index.data(TimelineModel::ClientUuidRole).toString());
        break;
    case TimelineDelegate::Action::ShowAll:
        delegate_->expandMessage(index);
        doItemsLayout();
        scrollTo(index);
        break;
    }
}

bool TimelineView::isShowAllKey(const QKeyEvent *event) const
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    return enter && event->modifiers() == Qt::NoModifier && currentMessageId() != 0 &&
           delegate_->isFolded(currentIndex()) && !delegate_->isExpanded(currentMessageId());
}

bool TimelineView::event(QEvent *event)
{
    // Return shows all of a folded message before any shortcut on Return sees it.
    if (event->type() == QEvent::ShortcutOverride && isShowAllKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QListView::event(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyMessage(currentIndex());
        return;
    }
    if (isShowAllKey(event)) {
        onAction(currentIndex(), int(TimelineDelegate::Action::ShowAll));
        return;
    }
    QListView::keyPressEvent(event);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard (the menu key), the menu is for the message under the keyboard cursor.
    const bool keyboard = event->reason() == QContextMenuEvent::Keyboard;
    const QModelIndex index = keyboard ? currentIndex() : indexAt(event->pos());
    if (!index.isValid() ||
        TimelineItem::Kind(index.data(TimelineModel::ItemKindRole).toInt()) != TimelineItem::Kind::Message)
        return;
    setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("&Copy text"), this, [this, index] { copyMessage(index); });
    const auto format = BodyFormat(index.data(TimelineModel::BodyFormatRole).toInt());
    const BodyKind kind = classifyBody(index.data(TimelineModel::BodyRole).toString(), format);
    if (kind != BodyKind::Plain || delegate_->isFolded(index))
        menu.addAction(tr("View &source"), this, [this, index] { Q_EMIT viewSourceRequested(index); });
    const qint64 id = index.data(TimelineModel::MessageIdRole).toLongLong();
    if (delegate_->isFolded(index) && !delegate_->isExpanded(id))
        menu.addAction(tr("Show &all"), this,
                       [this, index] { onAction(index, int(TimelineDelegate::Action::ShowAll)); });
    if (format == BodyFormat::Html && !delegate_->isRemoteContentAllowed(id))
        menu.addAction(tr("&Load remote content"), this,
                       [this, index] { onAction(index, int(TimelineDelegate::Action::LoadRemoteContent)); });
    // The message's files, so that they open from the keyboard too.
    const QStringList files = index.data(TimelineModel::AttachmentsRole).toStringList();
    const QStringList targets =
        files.isEmpty() ? QStringList() : index.data(TimelineModel::AttachmentTargetsRole).toStringList();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QAction *open = menu.addAction(tr("Open “%1”").arg(files[i]));
        const QUrl target(targets.value(i));
        open->setEnabled(!target.isEmpty());
        connect(open, &QAction::triggered, this, [this, target] { openAttachment(target); });
    }
    if (DeliveryState(index.data(TimelineModel::DeliveryStateRole).toInt()) == DeliveryState::Failed &&
        !index.data(TimelineModel::ClientUuidRole).toString().isEmpty()) {
        menu.addAction(tr("&Retry sending"), this, [this, index] {
            Q_EMIT retryRequested(index.data(TimelineModel::ClientUuidRole).toString());
        });
        menu.addAction(tr("&Discard…"), this, [this, index] {
            Q_EMIT discardRequested(index.data(TimelineModel::ClientUuidRole).toString());
        });
    }
    menu.exec(keyboard ? viewport()->mapToGlobal(visualRect(index).center()) : event->globalPos());
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    bool clickable = false;
    if (index.isValid()) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        clickable = delegate_->isClickable(option, index, event->pos());
    }
    viewport()->setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QListView::mouseMoveEvent(event);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    const bool atBottom = isAtBottom();
    QListView::resizeEvent(event);
    if (atBottom)
        QTimer::singleShot(0, this, &TimelineView::scrollToNewest);
}

void TimelineView::changeEvent(QEvent *event)
{
    // Bodies are rendered in the palette's colours and highlighting theme: a new scheme renders them again.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        delegate_->clearCache();
    QListView::changeEvent(event);
}

} // namespace kontor::ui
