#include "sync/Connector.h"

#include <QMetaObject>

namespace kontor {

void Connector::fetchOlderHistory(const QString &conversationRemoteId, const QString &)
{
    // Queued: a caller connected to olderHistoryFetched hears the answer after it has asked, never within.
    QMetaObject::invokeMethod(
        this, [this, conversationRemoteId] { Q_EMIT olderHistoryFetched(conversationRemoteId, true, false); },
        Qt::QueuedConnection);
}

} // namespace kontor
