#pragma once

#include "core/Time.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kontor::email {

// One email the mailbox sends: a reply in a conversation or the first message of a new one.
struct OutgoingEmail
{
    QString messageId{}; // without angle brackets; derived from the outbox entry (messageIdForEntry)
    QString fromAddress{};
    QString fromName{};
    QString toAddress{};
    QString toName{};
    QString subject{};
    QString inReplyTo{};      // empty for a new conversation
    QStringList references{}; // oldest first
    QString plainText{};
    UtcMillis date = 0;

    // RFC 5322 bytes with CRLF line ends, made by KMime.
    QByteArray toMime() const;
};

// The Message-ID of what an outbox entry sends: the same on every attempt, so that the Sent folder can tell
// whether an earlier attempt went out.
QString messageIdForEntry(const QString &uuid, const QString &domain);

// "Re: subject" unless it already is a reply.
QString replySubject(const QString &subject);

} // namespace kontor::email
