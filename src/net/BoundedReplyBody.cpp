#include "net/BoundedReplyBody.h"

#include <QNetworkReply>

namespace kontor::net {

BoundedReplyBody::BoundedReplyBody(QNetworkReply *reply, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , reply_(reply)
    , maxBytes_(maxBytes)
{
    connect(reply_, &QNetworkReply::metaDataChanged, this, &BoundedReplyBody::checkAnnouncedLength);
    connect(reply_, &QIODevice::readyRead, this, &BoundedReplyBody::readAvailable);
}

void BoundedReplyBody::checkAnnouncedLength()
{
    const QVariant length = reply_->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > maxBytes_)
        exceed();
}

void BoundedReplyBody::readAvailable()
{
    if (exceeded_)
        return;
    const qint64 room = maxBytes_ - bytes_.size();
    // One byte past the bound is enough to know.
    bytes_.append(reply_->read(room + 1));
    if (bytes_.size() > maxBytes_)
        exceed();
}

void BoundedReplyBody::exceed()
{
    if (exceeded_)
        return;
    exceeded_ = true;
    bytes_.clear();
    bytes_.squeeze();
    reply_->abort();
}

QByteArray BoundedReplyBody::take()
{
    if (!exceeded_) {
        readAvailable();
        if (!exceeded_ && reply_->bytesAvailable() > 0) // more than read(room + 1) took: past the bound
            exceed();
    }
    return exceeded_ ? QByteArray() : std::exchange(bytes_, {});
}

} // namespace kontor::net
