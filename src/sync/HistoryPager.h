#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace kontor {

class Connector;
class Store;
class SyncEngine;

// Pages older history of conversations in from their backends when the agent has scrolled past what the
// store holds: one page before the oldest message held, through Connector::fetchOlderHistory, into the store
// like everything a connector learns (so the page stays cached). One request per conversation at a time. A
// conversation whose backend reached its first message is not asked again while the pager lives; a new
// workspace asks once more and hears the same at the cost of one request.
class HistoryPager : public QObject
{
    Q_OBJECT
public:
    HistoryPager(Store &store, SyncEngine &engine, QObject *parent = nullptr);

    // Asks for one older page of each conversation that is neither complete nor being fetched; returns how
    // many requests went out. A conversation no running connector serves is left as it is.
    int fetchOlder(const QList<qint64> &conversationIds);
    bool isComplete(qint64 conversationId) const { return complete_.contains(conversationId); }
    bool isFetching(qint64 conversationId) const;

Q_SIGNALS:
    // A page was fetched and is in the store (committed), or the request failed (nothing changed).
    void pageFetched(qint64 conversationId, bool reachedBeginning, bool failed);

private:
    // The remote id of the oldest message the store holds of the conversation; empty when none.
    QString oldestRemoteMessage(qint64 conversationId);
    void follow(Connector *connector);
    void onFetched(Connector *connector, const QString &conversationRemoteId, bool reachedBeginning,
                   bool failed);

    Store &store_;
    SyncEngine &engine_;
    // Per connector: the conversations being fetched, remote id → local id.
    QHash<const Connector *, QHash<QString, qint64>> fetching_;
    QSet<qint64> complete_;
};

} // namespace kontor
