#include "models/CurrentConversation.h"

#include "store/Store.h"

namespace kontor::models {

CurrentConversation::CurrentConversation(Store &store, QObject *parent)
    : QObject(parent)
    , store_(store)
{
    connect(&store_, &Store::changed, this, &CurrentConversation::onStoreChanged);
}

bool CurrentConversation::open(qint64 conversationId)
{
    row_ = store_.reader().inbox().conversation(conversationId);
    return row_.has_value();
}

void CurrentConversation::close()
{
    row_.reset();
}

QString CurrentConversation::inboxName() const
{
    if (!row_ || !row_->inboxId)
        return {};
    for (const InboxRow &inbox : store_.reader().directory().inboxes()) {
        if (inbox.id == *row_->inboxId)
            return inbox.name;
    }
    return {};
}

void CurrentConversation::onStoreChanged(const ChangeSet &changes)
{
    if (!row_ || !changes.touches(StoreTable::Conversations))
        return;
    if (!changes.isWhollyChanged(StoreTable::Conversations) &&
        !changes.contains(StoreTable::Conversations, row_->id))
        return;
    std::optional<ConversationRow> fresh = store_.reader().inbox().conversation(row_->id);
    if (!fresh) {
        row_.reset();
        Q_EMIT removed();
        return;
    }
    const bool customerMoved = fresh->customerId != row_->customerId;
    row_ = std::move(fresh);
    Q_EMIT updated(customerMoved);
}

} // namespace kontor::models
