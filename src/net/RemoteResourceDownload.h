#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>
#include <memory>

class QNetworkReply;

namespace kontor::net {

// One hop of one remote resource of an email: accepted only with a 2xx status and the content type of an
// image or a style sheet, no larger than the resource's limit nor than what is left of the message's.
// Anything else aborts the transfer as soon as it shows. A redirect is not followed here: it ends the hop
// with redirectLocation() set, for the caller to check the next address. Finishes exactly once.
class RemoteResourceDownload : public QObject
{
    Q_OBJECT
public:
    // messageBudget: the bytes the resource's message may still pull in, shared by its downloads and reduced
    // as bytes arrive. Takes ownership of reply.
    RemoteResourceDownload(QNetworkReply *reply, std::shared_ptr<qint64> messageBudget,
                           qint64 bytesPerResource, QObject *parent = nullptr);
    ~RemoteResourceDownload() override;

    // Whether a Content-Type header names content an email may load: a raster image or a style sheet.
    static bool isAcceptedContentType(const QByteArray &contentType);

    // The Location of a 3xx answer, as sent (relative or absolute); empty otherwise.
    const QByteArray &redirectLocation() const { return redirectLocation_; }

Q_SIGNALS:
    // The resource's bytes; empty when it was refused, could not be fetched, or redirected.
    void finished(const QByteArray &bytes);

private:
    bool isRedirect() const;
    bool headersAcceptable() const;
    void checkHeaders();
    void readAvailable();
    void complete();
    void refuse();

    QNetworkReply *reply_;
    std::shared_ptr<qint64> messageBudget_;
    qint64 bytesPerResource_;
    QByteArray bytes_;
    QByteArray redirectLocation_;
    bool refused_ = false;
    bool done_ = false;
};

} // namespace kontor::net
