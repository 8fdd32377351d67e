#pragma once

#include "connectors/email/mapping/ParsedEmail.h"
#include "store/IngestBatch.h"

#include <QString>
#include <optional>

namespace kontor::email {

// What mapping needs beyond the message: which address is the shared mailbox's own (its messages are the
// agents' replies), the inbox the folder is, and a time for a message whose Date header is missing or
// unreadable (the server's arrival time, IMAP INTERNALDATE).
struct EmailMappingContext
{
    QString mailboxAddress{}; // normalised
    QString inboxRemoteId{};
    UtcMillis receivedAt = 0;
};

// One email as the store takes it. The customer is the person the mailbox writes with: for an incoming
// message its Reply-To (where answers go; a web form's From is often a shared no-reply address, which must
// not become one identity of many customers) or else its From; for an outgoing one the first recipient who is
// not the mailbox.
struct EmailRecords
{
    CustomerRecord customer;
    ConversationRecord conversation; // as of this message; the connector merges a conversation's messages
    MessageRecord message;
};

// The customer address mapping would choose for a message, empty if none (a message with no usable
// address): what EmailThreader::assign takes.
QString customerAddressOf(const ParsedEmail &email, const EmailMappingContext &context);

// The records for a message in a conversation (EmailThreader). Nothing when the message names no customer
// address: the caller skips it with EmailIssue::NoSender as the reason.
std::optional<EmailRecords> mapEmailRecords(const ParsedEmail &email, const QString &conversationRemoteId,
                                            const EmailMappingContext &context);

// An attachment's remote id: unique in the account, and enough to fetch the part later.
QString attachmentRemoteId(const QString &messageId, const QString &partReference);

} // namespace kontor::email
