#pragma once

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextDocument>
#include <QUrl>

namespace kontor::ui {

// A text document for content written elsewhere (email HTML above all): it loads no remote resource —
// images, style sheets — and no local file, only what is embedded (data: URLs) or was fetched at the agent's
// request and handed in. What it refused is listed, so that the view can offer to load it.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    explicit SafeTextDocument(QObject *parent = nullptr);

    // Images fetched for this document at the agent's request, by URL.
    void setFetchedImages(const QHash<QUrl, QImage> &images) { fetched_ = images; }
    // Remote resources refused so far (they are asked for while the document is laid out and painted).
    const QSet<QUrl> &blockedUrls() const { return blocked_; }
    // Every remote image the document refers to, whether it was asked for yet or not.
    QSet<QUrl> remoteImages() const;

    // Removes what has no business in a message body: scripts, frames, objects, event handlers,
    // javascript: links.
    static QString sanitizeHtml(const QString &html);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QHash<QUrl, QImage> fetched_;
    QSet<QUrl> blocked_;
};

} // namespace kontor::ui
