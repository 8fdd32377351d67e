#pragma once

#include <QObject>

class QWidget;

namespace kontor {
class Store;
}

namespace kontor::ui {

// Discarding an unfinished action: first asks the agent, naming the action and what is lost with it, then
// removes it from the outbox (and its optimistic message; a conversation never started goes with it).
class OutboxDiscard : public QObject
{
    Q_OBJECT
public:
    OutboxDiscard(Store &store, QWidget *parent);

    // Asks, then discards; false when the agent kept it or it is no longer there to discard.
    bool confirmAndDiscard(const QString &uuid);

Q_SIGNALS:
    // The entry could not be discarded (it went out meanwhile); translated.
    void refused(const QString &message);

private:
    Store &store_;
    QWidget *parent_;
};

} // namespace kontor::ui
