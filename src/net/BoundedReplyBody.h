#pragma once

#include <QByteArray>
#include <QObject>

class QNetworkReply;

namespace kontor::net {

// Collects a reply's body as it arrives, and aborts the reply the moment the body (or the length it
// announces) passes maxBytes: an oversized answer is never held whole. Attach it right after sending, before
// the event loop runs.
class BoundedReplyBody : public QObject
{
    Q_OBJECT
public:
    BoundedReplyBody(QNetworkReply *reply, qint64 maxBytes, QObject *parent = nullptr);

    // Reads what is left; call when the reply finished.
    QByteArray take();
    bool exceeded() const { return exceeded_; }
    qint64 maxBytes() const { return maxBytes_; }

private:
    void checkAnnouncedLength();
    void readAvailable();
    void exceed();

    QNetworkReply *reply_;
    qint64 maxBytes_;
    QByteArray bytes_;
    bool exceeded_ = false;
};

} // namespace kontor::net
