#include "ExampleBackend.h"

namespace kontor::example {

ExampleBackend::ExampleBackend(QObject *parent)
    : QObject(parent)
{
    seed();
}

void ExampleBackend::seed()
{
    // Three customers with two conversations each and a few messages: enough for several pages.
    for (int c = 1; c <= 3; ++c) {
        Customer customer{nextId("cu"), QStringLiteral("Customer %1").arg(c),
                          QStringLiteral("customer%1@example.org").arg(c)};
        customers_.insert(customer.id, customer);
        record(Change::Kind::Customer, customer.id, false);
        for (int v = 1; v <= 2; ++v) {
            Conversation conversation;
            conversation.id = nextId("cv");
            conversation.customerId = customer.id;
            conversation.subject = QStringLiteral("Question %1.%2").arg(c).arg(v);
            conversation.createdAt = conversation.lastActivityAt = (clock_ += 60'000);
            conversations_.insert(conversation.id, conversation);
            record(Change::Kind::Conversation, conversation.id, false);
            for (int m = 1; m <= 3; ++m)
                customerWrites(conversation.id,
                               QStringLiteral("Message %1 of %2").arg(m).arg(conversation.id), true);
        }
    }
}

void ExampleBackend::record(Change::Kind kind, const QString &id, bool push)
{
    const Change change{lastSeq() + 1, kind, id};
    changes_.append(change);
    // While answers are lost, so are events: only a look by the key can tell what landed.
    if (push && reachable_ && losing_ == 0)
        Q_EMIT changed(change);
}

ExampleBackend::Page ExampleBackend::changesSince(qint64 seq, int limit) const
{
    Page page;
    page.last = seq;
    // Sequence numbers start at 1 and have no holes: seq is also the index of the next change.
    for (qint64 i = std::max<qint64>(seq, 0); i < changes_.size(); ++i) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        page.changes.append(changes_.at(i));
        page.last = changes_.at(i).seq;
    }
    return page;
}

QString ExampleBackend::customerWrites(const QString &conversationId, const QString &body, bool quietly)
{
    Message message{nextId("m"), conversationId, body, false, {}, (clock_ += 1000)};
    messages_.insert(message.id, message);
    conversations_[conversationId].lastActivityAt = message.createdAt;
    record(Change::Kind::Message, message.id, !quietly);
    return message.id;
}

void ExampleBackend::setReachable(bool reachable)
{
    reachable_ = reachable;
    if (!reachable)
        Q_EMIT disconnected();
}

ExampleBackend::Answer ExampleBackend::answer(const QString &key, const QString &id)
{
    ++received_[key];
    if (losing_ > 0) {
        --losing_;
        return std::nullopt;
    }
    return id;
}

ExampleBackend::Answer ExampleBackend::sendMessage(const QString &key, const QString &conversationId,
                                                   const QString &body)
{
    Message message{nextId("m"), conversationId, body, true, key, (clock_ += 1000)};
    messages_.insert(message.id, message);
    record(Change::Kind::Message, message.id);
    return answer(key, message.id);
}

ExampleBackend::Answer ExampleBackend::setStatus(const QString &key, const QString &conversationId,
                                                 const QString &status)
{
    conversations_[conversationId].status = status;
    record(Change::Kind::Conversation, conversationId);
    return answer(key, conversationId);
}

ExampleBackend::Answer ExampleBackend::setPriority(const QString &key, const QString &conversationId,
                                                   int priority)
{
    conversations_[conversationId].priority = priority;
    record(Change::Kind::Conversation, conversationId);
    return answer(key, conversationId);
}

ExampleBackend::Answer ExampleBackend::setLabel(const QString &key, const QString &conversationId,
                                                const QString &label, bool present)
{
    QStringList &labels = conversations_[conversationId].labels;
    labels.removeAll(label);
    if (present)
        labels.append(label);
    record(Change::Kind::Conversation, conversationId);
    return answer(key, conversationId);
}

std::optional<ExampleBackend::Lookup> ExampleBackend::lookUp(const QString &key)
{
    if (losing_ > 0) {
        --losing_;
        return std::nullopt;
    }
    Lookup lookup;
    lookup.landed = received_.contains(key);
    for (const Message &message : std::as_const(messages_)) {
        if (message.key == key)
            lookup.messageId = message.id;
    }
    return lookup;
}

} // namespace kontor::example
