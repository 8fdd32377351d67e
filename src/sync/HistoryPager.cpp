#include "sync/HistoryPager.h"

#include "store/Store.h"
#include "store/StoreReader.h"
#include "store/WriteContext.h"
#include "sync/SyncEngine.h"

namespace kontor {

HistoryPager::HistoryPager(Store &store, SyncEngine &engine, QObject *parent)
    : QObject(parent)
    , store_(store)
    , engine_(engine)
{
    connect(&engine_, &SyncEngine::connectorRemoved, this,
            [this](Connector *connector) { fetching_.remove(connector); });
}

QString HistoryPager::oldestRemoteMessage(qint64 conversationId)
{
    // Oldest first; a message without a remote id is one sent from here and not confirmed yet.
    const MessagePage page = store_.reader().messages().conversationMessages(conversationId, std::nullopt,
                                                                             PageDirection::Newer, 20);
    for (const MessageRow &message : page.rows) {
        if (!message.remoteId.isEmpty())
            return message.remoteId;
    }
    return {};
}

bool HistoryPager::isFetching(qint64 conversationId) const
{
    for (const QHash<QString, qint64> &conversations : fetching_) {
        for (qint64 id : conversations) {
            if (id == conversationId)
                return true;
        }
    }
    return false;
}

int HistoryPager::fetchOlder(const QList<qint64> &conversationIds)
{
    int asked = 0;
    for (qint64 conversationId : conversationIds) {
        if (complete_.contains(conversationId) || isFetching(conversationId))
            continue;
        const std::optional<ConversationRow> conversation =
            store_.reader().inbox().conversation(conversationId);
        if (!conversation)
            continue;
        if (conversation->remoteId.isEmpty()) {
            // Started here and not confirmed yet: the backend has nothing before it.
            complete_.insert(conversationId);
            continue;
        }
        Connector *connector = engine_.connectorForAccount(conversation->accountId);
        if (!connector)
            continue;
        follow(connector);
        fetching_[connector].insert(conversation->remoteId, conversationId);
        connector->fetchOlderHistory(conversation->remoteId, oldestRemoteMessage(conversationId));
        ++asked;
    }
    return asked;
}

void HistoryPager::follow(Connector *connector)
{
    if (fetching_.contains(connector))
        return;
    fetching_.insert(connector, {});
    connect(connector, &Connector::olderHistoryFetched, this,
            [this, connector](const QString &remoteId, bool reachedBeginning, bool failed) {
                onFetched(connector, remoteId, reachedBeginning, failed);
            });
}

void HistoryPager::onFetched(Connector *connector, const QString &conversationRemoteId, bool reachedBeginning,
                             bool failed)
{
    const auto owner = fetching_.find(connector);
    if (owner == fetching_.end() || !owner->contains(conversationRemoteId))
        return;
    const qint64 conversationId = owner->value(conversationRemoteId);
    // The page's batch went to the store before this answer; a write queued now finishes after it, so the
    // page is committed (and the next edge read from it) when the pager tells.
    store_.write([](WriteContext &) {})
        .then(this,
              [this, connector, conversationRemoteId, conversationId, reachedBeginning, failed] {
                  if (const auto still = fetching_.find(connector); still != fetching_.end())
                      still->remove(conversationRemoteId);
                  if (reachedBeginning && !failed)
                      complete_.insert(conversationId);
                  Q_EMIT pageFetched(conversationId, reachedBeginning, failed);
              })
        .onFailed(this, [this, connector, conversationRemoteId, conversationId] {
            if (const auto still = fetching_.find(connector); still != fetching_.end())
                still->remove(conversationRemoteId);
            Q_EMIT pageFetched(conversationId, false, true);
        });
}

} // namespace kontor
