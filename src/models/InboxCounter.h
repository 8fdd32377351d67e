#pragma once

#include "store/queries/InboxQueries.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <memory>

namespace kontor {
class Store;
class StoreReader;
} // namespace kontor

namespace kontor::models {

// Counts the conversations of many inbox views off the GUI thread, through a read connection of its own:
// a count reads an index range per view, which for a large inbox is more than a frame's worth of time.
// Requests made while a count runs are merged into one that runs right after it.
class InboxCounter : public QObject
{
    Q_OBJECT
public:
    explicit InboxCounter(Store &store, QObject *parent = nullptr);
    ~InboxCounter() override;

    void request(const QHash<QString, InboxFilter> &filters);
    bool isBusy() const { return running_; }

Q_SIGNALS:
    void counted(const QHash<QString, kontor::InboxCounts> &counts);

private:
    void start(QHash<QString, InboxFilter> filters);
    void finished(const QHash<QString, InboxCounts> &counts);

    Store &store_;
    std::shared_ptr<StoreReader> reader_;
    QThreadPool pool_;
    bool running_ = false;
    std::optional<QHash<QString, InboxFilter>> pending_;
};

} // namespace kontor::models
