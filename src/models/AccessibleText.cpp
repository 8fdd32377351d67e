#include "models/AccessibleText.h"

#include "models/InboxOrdering.h"
#include "models/SlaClock.h"
#include "models/TimeText.h"
#include "store/TextRendition.h"

#include <QTextDocument>

namespace kontor::models {

namespace {
QString slaText(const ConversationRow &row, UtcMillis now)
{
    if (row.status == ConversationStatus::Snoozed) {
        return row.snoozedUntil
                   ? AccessibleText::tr("snoozed until %1").arg(TimeText::stamp(*row.snoozedUntil, now))
                   : AccessibleText::tr("snoozed until the customer replies");
    }
    if (row.status != ConversationStatus::Open && row.status != ConversationStatus::Pending)
        return statusDisplayName(row.status);
    const SlaState sla = slaState(nextSlaDeadline(row), row.waitingSince.value_or(row.lastActivityAt), now);
    switch (sla.level) {
    case SlaState::Level::Breached:
        return AccessibleText::tr("SLA broken %1 ago").arg(TimeText::duration(-sla.remainingMs));
    case SlaState::Level::Warning:
        return AccessibleText::tr("SLA about to break, due in %1").arg(TimeText::duration(sla.remainingMs));
    case SlaState::Level::Ok:
        return AccessibleText::tr("SLA due in %1").arg(TimeText::duration(sla.remainingMs));
    case SlaState::Level::None:
        break;
    }
    QString text = row.status == ConversationStatus::Pending ? statusDisplayName(row.status) : QString();
    if (row.waitingSince) {
        const QString waiting =
            AccessibleText::tr("waiting %1").arg(TimeText::duration(now - *row.waitingSince));
        text = text.isEmpty() ? waiting : text + QStringLiteral(", ") + waiting;
    }
    return text;
}

QString authorLine(const MessageRow &m)
{
    const QString author = m.authorName.isEmpty() ? AccessibleText::tr("unknown") : m.authorName;
    switch (m.kind) {
    case MessageKind::Incoming:
        return AccessibleText::tr("Customer %1").arg(author);
    case MessageKind::Outgoing:
        return AccessibleText::tr("Reply by %1").arg(author);
    case MessageKind::Note:
        return AccessibleText::tr("Internal note by %1").arg(author);
    case MessageKind::Activity:
        return AccessibleText::tr("Activity");
    }
    return author;
}
} // namespace

QString AccessibleText::plainBody(const QString &body, BodyFormat format)
{
    switch (format) {
    case BodyFormat::Html:
        return plainTextFromHtml(body).trimmed();
    case BodyFormat::Markdown: {
        QTextDocument document;
        document.setMarkdown(body);
        return document.toPlainText().trimmed();
    }
    case BodyFormat::Plain:
        break;
    }
    return body.trimmed();
}

QString AccessibleText::conversationRow(const ConversationRow &row, UtcMillis now)
{
    QStringList parts;
    parts.append(row.customerName.isEmpty() ? tr("Unknown customer") : row.customerName);
    parts.append(channelDisplayName(row.channel));
    if (row.unreadCount > 0)
        parts.append(tr("%n unread", nullptr, row.unreadCount));
    parts.append(tr("last activity %1").arg(TimeText::age(row.lastActivityAt, now)));
    const QString sla = slaText(row, now);
    if (!sla.isEmpty())
        parts.append(sla);
    if (row.priority != Priority::None)
        parts.append(tr("priority %1").arg(priorityDisplayName(row.priority)));
    parts.append(row.assigneeName.isEmpty() ? tr("unassigned") : tr("assigned to %1").arg(row.assigneeName));
    const QString title = row.subject.isEmpty() ? row.preview : row.subject;
    const QString head = parts.join(QStringLiteral(", "));
    return title.isEmpty() ? head : tr("%1: %2").arg(head, title);
}

QString AccessibleText::message(const MessageRow &m, UtcMillis now, const QString &deliveryError)
{
    QStringList parts{authorLine(m), TimeText::stamp(m.createdAt, now)};
    if (m.kind == MessageKind::Outgoing && m.deliveryState != DeliveryState::None) {
        if (m.deliveryState == DeliveryState::Failed)
            parts.append(deliveryError.isEmpty() ? tr("not delivered")
                                                 : tr("not delivered: %1").arg(deliveryError));
        else
            parts.append(deliveryStateDisplayName(m.deliveryState));
    }
    if (m.attachmentCount > 0)
        parts.append(tr("%n attachment(s)", nullptr, m.attachmentCount));
    return tr("%1: %2").arg(parts.join(QStringLiteral(", ")), plainBody(m.body, m.bodyFormat));
}

} // namespace kontor::models
