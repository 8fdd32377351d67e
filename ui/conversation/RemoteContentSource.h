#pragma once

#include <QByteArray>
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
    virtual ~RemoteContentSource() = default;
    // Calls done on context's thread with the bytes, or with an empty array when the fetch failed.
    virtual void fetch(const QUrl &url, QObject *context, std::function<void(const QByteArray &)> done) = 0;
};

} // namespace kontor::ui
