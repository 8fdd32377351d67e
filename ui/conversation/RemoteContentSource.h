#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>
#include <functional>

class QObject;

namespace kontor::ui {

// Fetches the remote content (images, style sheets) of an email the agent chose to load. The workspace never
// fetches anything itself: the composition root may hand it a source that does, and without one remote
// content stays blocked.
class RemoteContentSource
{
public:
    using Done = std::function<void(const QUrl &url, const QByteArray &bytes)>;

    virtual ~RemoteContentSource() = default;
    // Fetches the remote resources of one message: the source may limit what one message pulls in altogether.
    // Calls done once per URL, on context's thread, with the bytes, or with an empty array when the resource
    // was refused or could not be fetched; never once context is gone.
    virtual void fetch(const QList<QUrl> &urls, QObject *context, Done done) = 0;
};

} // namespace kontor::ui
