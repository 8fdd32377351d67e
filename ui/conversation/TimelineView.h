#pragma once

#include <QListView>
#include <optional>
#include <utility>

namespace kontor::models {
class TimelineModel;
}

namespace kontor::ui {

class TimelineDelegate;

// The list of a timeline: opens at the newest message, follows new ones while the agent is at the bottom,
// reads older history when scrolled to the top (keeping what was on screen in place), and offers each
// message's actions from the keyboard and a context menu: copy, view source, load remote content, retry and
// discard. A folded long message shows all of itself from its "Show all", its context menu or Return.
class TimelineView : public QListView
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setTimelineModel(models::TimelineModel *model);
    models::TimelineModel *timelineModel() const { return model_; }
    TimelineDelegate *timelineDelegate() const { return delegate_; }

    void scrollToNewest();
    // Reads back as far as needed, then selects the message and scrolls it into the middle.
    bool revealMessage(qint64 messageId);
    // The message under the keyboard cursor, 0 when none.
    qint64 currentMessageId() const;

Q_SIGNALS:
    void viewSourceRequested(const QModelIndex &index);
    void retryRequested(const QString &clientUuid);
    void discardRequested(const QString &clientUuid);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // A file opens in the program the desktop has for it: the copy kept with the message, else the backend's
    // download in the browser.
    void openAttachment(const QUrl &url);
    void onScrolled(int value);
    void keepOlderAnchor();
    void onAction(const QModelIndex &index, int action);
    void copyMessage(const QModelIndex &index) const;
    bool isAtBottom() const;
    // Return on the current message shows all of it: it is folded and not expanded yet.
    bool isShowAllKey(const QKeyEvent *event) const;

    models::TimelineModel *model_ = nullptr;
    TimelineDelegate *delegate_;
    bool loadingOlder_ = false;
    // The message at the top and its offset when older history was asked of the backend.
    std::optional<std::pair<qint64, int>> olderAnchor_;
    bool followNewest_ = true;
};

} // namespace kontor::ui
