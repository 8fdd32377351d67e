#pragma once

#include "connectors/email/mapping/ParsedEmail.h"

#include <QHash>
#include <QString>

namespace kontor::email {

// Puts messages into conversations the way mail programs thread them: by Message-ID, In-Reply-To and
// References; by subject only as a last resort, and then only for a reply ("Re: …") from the same customer
// within kSubjectWindowMs of that conversation's last message, so that "Re: order" from someone else never
// joins another customer's conversation. A conversation is named by the Message-ID of the first of its
// messages seen.
//
// Messages may arrive in any order: the ids a message refers to are remembered for its conversation, so a
// parent fetched after its reply joins the reply's conversation. Assigning the same message again gives the
// same conversation. Kept in memory; the connector fills it again from the store before it syncs.
class EmailThreader
{
public:
    static constexpr qint64 kSubjectWindowMs = 30LL * 24 * 60 * 60 * 1000;

    // The conversation for this message; customerAddress is the normalised address of the customer the
    // message is with (the sender of an incoming message, the recipient of an outgoing one), at is its time.
    QString assign(const ParsedEmail &email, const QString &customerAddress, UtcMillis at);

    // The conversation a message id is known in, or empty.
    QString conversationOf(const QString &messageId) const
    {
        return conversationByMessageId_.value(messageId);
    }

private:
    struct SubjectThread
    {
        QString conversation;
        UtcMillis lastActivityAt = 0;
    };

    QString byReferences(const ParsedEmail &email) const;
    QString bySubject(const ParsedEmail &email, const QString &customerAddress, UtcMillis at) const;
    void remember(const ParsedEmail &email, const QString &customerAddress, UtcMillis at,
                  const QString &conversation);

    QHash<QString, QString> conversationByMessageId_;
    QHash<QString, SubjectThread> threadBySubject_; // customer address + U+001F + subject key
};

} // namespace kontor::email
