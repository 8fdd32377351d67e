#pragma once

#include "app/RemoteContentLimits.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <memory>

class QNetworkReply;

namespace kontor::app {

// One remote resource of an email on its way: accepted only with a 2xx status and the content type of an
// image or a style sheet, no larger than the resource's limit nor than what is left of the message's, within
// the time limit. Anything else aborts the transfer as soon as it shows. Finishes exactly once.
class RemoteResourceDownload : public QObject
{
    Q_OBJECT
public:
    // messageBudget: the bytes the resource's message may still pull in, shared by its downloads and reduced
    // as bytes arrive. Takes ownership of reply.
    RemoteResourceDownload(QNetworkReply *reply, std::shared_ptr<qint64> messageBudget,
                           const RemoteContentLimits &limits, QObject *parent = nullptr);
    ~RemoteResourceDownload() override;

    // Whether a Content-Type header names content an email may load: a raster image or a style sheet.
    static bool isAcceptedContentType(const QByteArray &contentType);

Q_SIGNALS:
    // The resource's bytes; empty when it was refused or could not be fetched.
    void finished(const QByteArray &bytes);

private:
    bool headersAcceptable() const;
    void checkHeaders();
    void readAvailable();
    void complete();
    void refuse();

    QNetworkReply *reply_;
    std::shared_ptr<qint64> messageBudget_;
    qint64 bytesPerResource_;
    QByteArray bytes_;
    QTimer deadline_;
    bool refused_ = false;
    bool done_ = false;
};

} // namespace kontor::app
