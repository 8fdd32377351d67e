#include "models/OutboxSummary.h"

#include "store/Store.h"

namespace kontor::models {

OutboxSummary::OutboxSummary(Store &store, QObject *parent)
    : QObject(parent)
    , store_(store)
{
    recountTimer_.setSingleShot(true);
    recountTimer_.setInterval(250);
    connect(&recountTimer_, &QTimer::timeout, this, &OutboxSummary::recount);
    connect(&store_, &Store::changed, this, &OutboxSummary::onStoreChanged);
    recountTimer_.start(); // the first count once the event loop runs
}

void OutboxSummary::onStoreChanged(const ChangeSet &changes)
{
    if (changes.touches(StoreTable::Outbox) && !recountTimer_.isActive())
        recountTimer_.start();
}

void OutboxSummary::recount()
{
    const QMap<OutboxState, qint64> counts = store_.reader().outbox().countsByState();
    waiting_ = counts.value(OutboxState::Queued) + counts.value(OutboxState::Sending) +
               counts.value(OutboxState::Uncertain);
    needAttention_ = counts.value(OutboxState::Failed) + counts.value(OutboxState::Unknown);
    Q_EMIT countsChanged(waiting_, needAttention_);
}

} // namespace kontor::models
