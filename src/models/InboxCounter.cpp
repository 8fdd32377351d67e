#include "models/InboxCounter.h"

#include "store/Store.h"
#include "store/sql/Error.h"

namespace kontor::models {

InboxCounter::InboxCounter(Store &store, QObject *parent)
    : QObject(parent)
    , store_(store)
{
    // One thread: the read connection is used by one count at a time.
    pool_.setMaxThreadCount(1);
    pool_.setExpiryTimeout(-1);
}

InboxCounter::~InboxCounter()
{
    pool_.waitForDone();
}

void InboxCounter::request(const QHash<QString, InboxFilter> &filters)
{
    if (running_) {
        pending_ = filters;
        return;
    }
    start(filters);
}

void InboxCounter::start(QHash<QString, InboxFilter> filters)
{
    running_ = true;
    if (!reader_)
        reader_ = store_.createReader(); // a connection of its own, opened when first needed
    pool_.start([this, reader = reader_, filters = std::move(filters)] {
        QHash<QString, InboxCounts> counts;
        for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
            try {
                counts.insert(it.key(), reader->inbox().counts(it.value()));
            } catch (const sql::Error &) {
                // A count that cannot be read stays unknown; the next change asks again.
            }
        }
        // The destructor waits for this task, so the object is alive when the call is queued; Qt drops it
        // if the object is gone by the time the event loop gets to it.
        QMetaObject::invokeMethod(this, [this, counts] { finished(counts); }, Qt::QueuedConnection);
    });
}

void InboxCounter::finished(const QHash<QString, InboxCounts> &counts)
{
    running_ = false;
    Q_EMIT counted(counts);
    if (pending_) {
        QHash<QString, InboxFilter> next = std::move(*pending_);
        pending_.reset();
        start(std::move(next));
    }
}

} // namespace kontor::models
