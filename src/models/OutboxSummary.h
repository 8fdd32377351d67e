#pragma once

#include <QObject>
#include <QTimer>

namespace kontor {
class ChangeSet;
class Store;
} // namespace kontor

namespace kontor::models {

// How many of the agent's actions wait in the outbox and how many need them (failed, or outcome unknown),
// recounted as the outbox changes: at most a few times a second, since it changes with every action and
// delivery.
class OutboxSummary : public QObject
{
    Q_OBJECT
public:
    explicit OutboxSummary(Store &store, QObject *parent = nullptr);

    qint64 waiting() const { return waiting_; }
    qint64 needAttention() const { return needAttention_; }

Q_SIGNALS:
    void countsChanged(qint64 waiting, qint64 needAttention);

private:
    void onStoreChanged(const ChangeSet &changes);
    void recount();

    Store &store_;
    QTimer recountTimer_;
    qint64 waiting_ = 0;
    qint64 needAttention_ = 0;
};

} // namespace kontor::models
