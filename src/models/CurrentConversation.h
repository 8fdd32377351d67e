#pragma once

#include "store/queries/InboxQueries.h"

#include <QObject>
#include <optional>

namespace kontor {
class ChangeSet;
class Store;
} // namespace kontor

namespace kontor::models {

// The conversation open in the workspace, kept as the store has it: the conversation pane binds to this
// instead of reading the store's changes itself.
class CurrentConversation : public QObject
{
    Q_OBJECT
public:
    explicit CurrentConversation(Store &store, QObject *parent = nullptr);

    // Reads the conversation; false (and nothing open) when it does not exist.
    bool open(qint64 conversationId);
    void close();
    const std::optional<ConversationRow> &row() const { return row_; }
    // The name of its inbox; empty when it has none.
    QString inboxName() const;

Q_SIGNALS:
    // The open conversation changed in the store; customerMoved when it belongs to another customer now (a
    // merge or split moved it).
    void updated(bool customerMoved);
    // The open conversation is gone from the store (erased, or deleted at the backend); nothing is open.
    void removed();

private:
    void onStoreChanged(const ChangeSet &changes);

    Store &store_;
    std::optional<ConversationRow> row_;
};

} // namespace kontor::models
