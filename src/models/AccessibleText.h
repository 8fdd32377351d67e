#pragma once

#include "store/queries/InboxQueries.h"
#include "store/queries/MessageQueries.h"

#include <QCoreApplication>

namespace kontor::models {

// What a screen reader says for an inbox row or a timeline message: everything the eye takes from the row's
// icons, badges and colours, in words, and a message's text as plain text (never markup).
class AccessibleText
{
    Q_DECLARE_TR_FUNCTIONS(AccessibleText)
public:
    // "Anna Schmidt, Email, 1 unread, 25 min ago, SLA due in 40 min, priority High, assigned to Mia Berger:
    // Broken coffee grinder"
    static QString conversationRow(const ConversationRow &row, UtcMillis now);
    // "Reply by Mia Berger, 14:02, read: Hello Anna, …"
    static QString message(const MessageRow &message, UtcMillis now, const QString &deliveryError = {});
    // The text of a body as it reads: HTML and Markdown without their markup.
    static QString plainBody(const QString &body, BodyFormat format);
};

} // namespace kontor::models
