#include "connectors/email/mapping/EmailIssue.h"

#include "core/InputLimits.h"

#include <QCoreApplication>

namespace kontor::email {

QString emailIssueKey(EmailIssue issue)
{
    switch (issue) {
    case EmailIssue::UnknownCharset:
        return QStringLiteral("unknown-charset");
    case EmailIssue::MislabelledCharset:
        return QStringLiteral("mislabelled-charset");
    case EmailIssue::SyntheticMessageId:
        return QStringLiteral("synthetic-message-id");
    case EmailIssue::NoSender:
        return QStringLiteral("no-sender");
    case EmailIssue::OversizedAttachment:
        return QStringLiteral("oversized-attachment");
    }
    return QStringLiteral("unknown");
}

QString emailIssueMessage(EmailIssue issue)
{
    switch (issue) {
    case EmailIssue::UnknownCharset:
        return QCoreApplication::translate(
            "EmailIssue", "The email names an unknown character set; some letters may be wrong.");
    case EmailIssue::MislabelledCharset:
        return QCoreApplication::translate(
            "EmailIssue",
            "The email's text does not match the character set it names; some letters may be wrong.");
    case EmailIssue::SyntheticMessageId:
        return QCoreApplication::translate(
            "EmailIssue", "The email has no Message-ID; replies to it may start a new conversation.");
    case EmailIssue::NoSender:
        return QCoreApplication::translate("EmailIssue", "The email has no valid sender address.");
    case EmailIssue::OversizedAttachment:
        return QCoreApplication::translate("EmailIssue",
                                           "An attachment is larger than %1 MiB and cannot be downloaded.")
            .arg(limits::attachmentBytes / (1024 * 1024));
    }
    return {};
}

} // namespace kontor::email
