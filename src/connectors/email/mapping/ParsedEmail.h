#pragma once

#include "connectors/email/mapping/EmailIssue.h"
#include "connectors/email/mapping/EmailRefusal.h"
#include "core/Time.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kontor::email {

// An address as a header names it, the address normalised by the identity rules (src/identity).
struct EmailMailbox
{
    QString address{};
    QString displayName{};
};

// A part the agent can download later: listed with what it says about itself, never held.
struct EmailAttachment
{
    QString partReference{}; // the IMAP body section ("2", "1.3"), to fetch the part alone
    QString fileName{};      // without any folder, control characters or excess length
    QString mimeType{};      // lower case
    qint64 sizeBytes = 0;    // decoded size, counted from the part itself
    std::optional<qint64>
        declaredSizeBytes{}; // Content-Disposition size=, as the sender claims: never trusted
    QString contentId{};     // for images an HTML part shows inline (cid:)
};

// One email as read from its bytes, before it becomes records.
struct ParsedEmail
{
    QString messageId{}; // without angle brackets; synthetic (issue SyntheticMessageId) when missing
    QString inReplyTo{};
    QStringList references{}; // oldest first, at most limits::emailReferences
    QString subject{};        // encoded words decoded, whitespace folded, at most limits::emailSubjectChars
    std::optional<EmailMailbox> from{};
    std::optional<EmailMailbox> replyTo{};
    QList<EmailMailbox> recipients{}; // To, then Cc
    std::optional<UtcMillis> date{};  // absent when missing or unreadable
    QString plainText{};
    QString html{};
    QList<EmailAttachment> attachments{};
    QList<EmailIssue> issues{};

    bool hasIssue(EmailIssue issue) const { return issues.contains(issue); }
    void addIssue(EmailIssue issue)
    {
        if (!issues.contains(issue))
            issues.append(issue);
    }
};

// A message read, or the reason it was refused.
struct EmailParseResult
{
    std::optional<ParsedEmail> email{};
    std::optional<EmailRefusal> refusal{};
};

} // namespace kontor::email
