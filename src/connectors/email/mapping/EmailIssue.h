#pragma once

#include <QString>

namespace kontor::email {

// Something wrong with a message that was still read: the record is kept, and the issue says what the agent
// should know about it.
enum class EmailIssue
{
    UnknownCharset,     // a text part names a character set nobody knows; read as UTF-8 or Latin-1
    MislabelledCharset, // a text part's bytes are not valid in the character set it names
    SyntheticMessageId, // no usable Message-ID: one was made from a hash of the message
    NoSender,           // no valid From or Reply-To address
    OversizedAttachment // an attachment above limits::attachmentBytes: listed, not downloadable
};

QString emailIssueKey(EmailIssue issue);
QString emailIssueMessage(EmailIssue issue);

} // namespace kontor::email
