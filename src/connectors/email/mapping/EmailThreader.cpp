#include "connectors/email/mapping/EmailThreader.h"

#include "connectors/email/mapping/ReplySubject.h"

namespace kontor::email {

namespace {

QString subjectThreadKey(const QString &customerAddress, const QString &subjectKey)
{
    return customerAddress + QChar(0x1f) + subjectKey;
}

} // namespace

QString EmailThreader::byReferences(const ParsedEmail &email) const
{
    // The direct parent first, then the references from the newest back to the root.
    if (const QString parent = conversationOf(email.inReplyTo); !parent.isEmpty())
        return parent;
    for (auto it = email.references.crbegin(); it != email.references.crend(); ++it) {
        if (const QString conversation = conversationOf(*it); !conversation.isEmpty())
            return conversation;
    }
    return {};
}

QString EmailThreader::bySubject(const ParsedEmail &email, const QString &customerAddress, UtcMillis at) const
{
    const ReplySubject subject = replySubject(email.subject);
    if (!subject.isReply || subject.key.isEmpty() || customerAddress.isEmpty())
        return {};
    const auto it = threadBySubject_.constFind(subjectThreadKey(customerAddress, subject.key));
    if (it == threadBySubject_.cend() || qAbs(at - it->lastActivityAt) > kSubjectWindowMs)
        return {};
    return it->conversation;
}

void EmailThreader::remember(const ParsedEmail &email, const QString &customerAddress, UtcMillis at,
                             const QString &conversation)
{
    conversationByMessageId_.insert(email.messageId, conversation);
    // Ids referred to but not yet seen: their messages, when they arrive, belong here too.
    for (const QString &id : email.references) {
        if (!conversationByMessageId_.contains(id))
            conversationByMessageId_.insert(id, conversation);
    }
    if (!email.inReplyTo.isEmpty() && !conversationByMessageId_.contains(email.inReplyTo))
        conversationByMessageId_.insert(email.inReplyTo, conversation);
    const QString subjectKey = replySubject(email.subject).key;
    if (customerAddress.isEmpty() || subjectKey.isEmpty())
        return;
    SubjectThread &thread = threadBySubject_[subjectThreadKey(customerAddress, subjectKey)];
    if (thread.conversation == conversation)
        thread.lastActivityAt = std::max(thread.lastActivityAt, at);
    else if (thread.conversation.isEmpty() || at >= thread.lastActivityAt)
        thread = {conversation, at}; // the customer's newest conversation on this subject
}

QString EmailThreader::assign(const ParsedEmail &email, const QString &customerAddress, UtcMillis at)
{
    QString conversation = conversationOf(email.messageId);
    if (conversation.isEmpty())
        conversation = byReferences(email);
    if (conversation.isEmpty())
        conversation = bySubject(email, customerAddress, at);
    if (conversation.isEmpty())
        conversation = email.messageId;
    remember(email, customerAddress, at, conversation);
    return conversation;
}

} // namespace kontor::email
