#include "connectors/email/mapping/ReplySubject.h"

#include <QRegularExpression>

namespace kontor::email {

ReplySubject replySubject(const QString &subject)
{
    // One prefix: a known word, an optional counter ("[2]" or "(2)"), a colon.
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*(re|aw|sv|antw|ant|vs|fw|fwd|wg|tr)\\s*(\\[\\d+\\]|\\(\\d+\\))?\\s*:\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    ReplySubject result;
    QString rest = subject;
    for (int removed = 0; removed < 32; ++removed) {
        const QRegularExpressionMatch match = prefix.match(rest);
        if (!match.hasMatch())
            break;
        rest = rest.mid(match.capturedLength());
        result.isReply = true;
    }
    result.key = rest.simplified().toCaseFolded();
    return result;
}

} // namespace kontor::email
