#include "net/RemoteResourceDownload.h"

#include <QNetworkReply>

namespace kontor::net {

RemoteResourceDownload::RemoteResourceDownload(QNetworkReply *reply, std::shared_ptr<qint64> messageBudget,
                                               qint64 bytesPerResource, QObject *parent)
    : QObject(parent)
    , reply_(reply)
    , messageBudget_(std::move(messageBudget))
    , bytesPerResource_(bytesPerResource)
{
    reply_->setParent(this);
    connect(reply_, &QNetworkReply::metaDataChanged, this, &RemoteResourceDownload::checkHeaders);
    connect(reply_, &QIODevice::readyRead, this, &RemoteResourceDownload::readAvailable);
    connect(reply_, &QNetworkReply::finished, this, &RemoteResourceDownload::complete);
}

RemoteResourceDownload::~RemoteResourceDownload()
{
    // Aborting makes the reply finish; nobody is to hear of it any more.
    done_ = true;
    reply_->disconnect(this);
    reply_->abort();
}

bool RemoteResourceDownload::isAcceptedContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    // SVG is a document with references and scripts of its own, not a picture to decode.
    if (type.startsWith("image/"))
        return type != "image/svg+xml" && type.size() > 6;
    return type == "text/css";
}

bool RemoteResourceDownload::isRedirect() const
{
    const int status = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 300 && status < 400 && status != 304 && !reply_->rawHeader("Location").isEmpty();
}

bool RemoteResourceDownload::headersAcceptable() const
{
    const int status = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300 || !isAcceptedContentType(reply_->rawHeader("Content-Type")))
        return false;
    const QVariant length = reply_->header(QNetworkRequest::ContentLengthHeader);
    return !length.isValid() || (length.toLongLong() <= bytesPerResource_ &&
                                 length.toLongLong() <= *messageBudget_ + bytes_.size());
}

void RemoteResourceDownload::checkHeaders()
{
    if (done_ || refused_)
        return;
    if (isRedirect()) {
        // The body of a redirect is of no interest; the next address is the caller's to check.
        redirectLocation_ = reply_->rawHeader("Location");
        refuse();
        return;
    }
    if (!headersAcceptable())
        refuse();
}

void RemoteResourceDownload::readAvailable()
{
    if (refused_ || done_)
        return;
    const QByteArray chunk = reply_->readAll();
    bytes_.append(chunk);
    *messageBudget_ -= chunk.size();
    if (bytes_.size() > bytesPerResource_ || *messageBudget_ < 0)
        refuse();
}

void RemoteResourceDownload::refuse()
{
    if (refused_ || done_)
        return;
    refused_ = true;
    *messageBudget_ += bytes_.size(); // what was refused does not count against the message
    bytes_.clear();
    reply_->abort(); // finishes the reply, which completes this download
}

void RemoteResourceDownload::complete()
{
    if (done_)
        return;
    done_ = true;
    if (!refused_ && isRedirect())
        redirectLocation_ = reply_->rawHeader("Location");
    if (!refused_ && redirectLocation_.isEmpty()) {
        const QByteArray rest = reply_->readAll();
        bytes_.append(rest);
        *messageBudget_ -= rest.size();
    }
    // The headers are judged again: a reply may finish without having announced them apart.
    const bool ok = !refused_ && redirectLocation_.isEmpty() && reply_->error() == QNetworkReply::NoError &&
                    headersAcceptable() && !bytes_.isEmpty() && bytes_.size() <= bytesPerResource_ &&
                    *messageBudget_ >= 0;
    Q_EMIT finished(ok ? bytes_ : QByteArray());
}

} // namespace kontor::net
