#pragma once

#include "core/Message.h"
#include "render/ImageCache.h"
#include "render/ImageRefusal.h"
#include "ui/conversation/MessageDocument.h"

#include <QHash>
#include <QSet>
#include <QStyledItemDelegate>
#include <memory>

class QAbstractItemView;

namespace kontor::ui {

class RemoteContentSource;
class SafeTextDocument;

// Paints a timeline from the TimelineModel: day lines, channel switches, activity lines, and messages as
// bubbles — the customer's on the left, ours on the right, internal notes full width on an amber ground with
// a lock, so that nobody mistakes them for something the customer saw. Under a bubble: attachments, the
// delivery state of what we sent (failed ones with the reason, "Retry" and "Discard"), and for emails "Load
// remote content" and "View source". Bodies are rendered once per message and kept. A long body is shown
// folded, with "Show all" under it.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Action
    {
        LoadRemoteContent,
        ViewSource,
        Retry,
        Discard,
        ShowAll,
    };
    Q_ENUM(Action)

    explicit TimelineDelegate(QAbstractItemView *view);
    ~TimelineDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    void setShowChannels(bool show) { showChannels_ = show; }
    void setRemoteContentSource(RemoteContentSource *source) { remote_ = source; }
    void setRetryAvailable(bool available) { retryAvailable_ = available; }
    void setDiscardAvailable(bool available) { discardAvailable_ = available; }
    // Lets one message load its remote content (fetched through the source, if there is one).
    void allowRemoteContent(const QModelIndex &index);
    bool isRemoteContentAllowed(qint64 messageId) const { return remoteAllowed_.contains(messageId); }
    // Shows a folded message's whole body (up to the expanded bounds).
    void expandMessage(const QModelIndex &index);
    // Whether part of the message's body is not shown: folded, or beyond the bounds even when expanded.
    bool isFolded(const QModelIndex &index) const;
    bool isExpanded(qint64 messageId) const { return expanded_.contains(messageId); }
    // Whether a link or an action is under a point of the row (for the pointer shape).
    bool isClickable(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;
    // Forgets rendered bodies (after a palette change).
    void clearCache();

Q_SIGNALS:
    void actionRequested(const QModelIndex &index, kontor::ui::TimelineDelegate::Action action);
    void linkActivated(const QUrl &url);
    // An attachment chip was clicked: its local copy (a file URL) or the backend's URL.
    void attachmentActivated(const QUrl &url);

private:
    struct Link
    {
        QRect rect;
        Action action;
    };
    struct Layout
    {
        QRect bubble;
        QRect header;
        QPoint bodyOrigin;
        QList<QRect> attachments;
        QRect footer;
        QRect failure; // the line under the footer saying why a message was not delivered
        QList<Link> links;
        int height = 0;
    };
    struct Rendered
    {
        std::shared_ptr<SafeTextDocument> document;
        QString body;
        QByteArray interaction;
        int format = 0;
        bool dark = false;
        bool remote = false;
        bool expanded = false;
        int fetched = 0;
        BodyKind kind = BodyKind::Plain;
        // The width the body was last fitted into, and the width it took: laying a body out again costs as
        // much as the first time, so it is done only when the bubble's width changes.
        mutable int fittedTo = -1;
        mutable int fittedWidth = 0;
    };

    Layout layoutMessage(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QStringList attachmentTargetsAt(const QModelIndex &index, const Layout &layout, const QPoint &pos) const;
    SafeTextDocument *documentFor(const QModelIndex &index, const QStyleOptionViewItem &option) const;
    const Rendered &renderedFor(const QModelIndex &index, const QStyleOptionViewItem &option) const;
    QStyleOptionViewItem viewOption() const;
    render::DecodedImage fetchedImage(const QUrl &url) const;
    int contentWidth(const QStyleOptionViewItem &option) const;
    void paintMessage(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintDay(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintSwitch(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintActivity(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // cutEvenExpanded: the body was expanded and is still longer than the expanded bounds.
    QString footerText(const QModelIndex &index, bool cutEvenExpanded) const;

    QAbstractItemView *view_;
    mutable QHash<qint64, Rendered> rendered_;
    QSet<qint64> remoteAllowed_;
    QSet<qint64> expanded_;
    // Remote images fetched at the agent's request, decoded within the bounds; and why the others were not.
    mutable render::ImageCache fetched_{render::limits::kMaxImageCacheBytes / 4};
    QHash<QUrl, render::ImageRefusal> fetchRefused_;
    int fetchCount_ = 0;
    RemoteContentSource *remote_ = nullptr;
    bool showChannels_ = false;
    bool retryAvailable_ = false;
    bool discardAvailable_ = false;
};

} // namespace kontor::ui
