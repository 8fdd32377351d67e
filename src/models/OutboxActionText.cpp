#include "models/OutboxActionText.h"

#include "core/Conversation.h"

#include <QLocale>

namespace kontor::models {

namespace {

QString customerOr(const UnfinishedAction &entry)
{
    return entry.customerName.isEmpty() ? OutboxActionText::tr("the customer") : entry.customerName;
}

QString channelName(const UnfinishedAction &entry)
{
    return entry.channel ? channelDisplayName(*entry.channel) : QString();
}

} // namespace

namespace {

// The agent's words for each kind of action, from what it carries and the names the entry brings.
struct ActionWords
{
    const UnfinishedAction &entry;

    QString operator()(const SendMessage &send) const
    {
        if (send.isNote)
            return OutboxActionText::tr("Internal note on the conversation with %1").arg(customerOr(entry));
        return OutboxActionText::tr("Reply to %1").arg(customerOr(entry));
    }
    QString operator()(const StartConversation &) const
    {
        if (entry.channel)
            return OutboxActionText::tr("Start a conversation with %1 on %2")
                .arg(customerOr(entry), channelName(entry));
        return OutboxActionText::tr("Start a conversation with %1").arg(customerOr(entry));
    }
    QString operator()(const AssignConversation &assign) const
    {
        if (!entry.agentName.isEmpty())
            return OutboxActionText::tr("Assign to %1").arg(entry.agentName);
        if (!entry.teamName.isEmpty())
            return OutboxActionText::tr("Assign to team %1").arg(entry.teamName);
        if (!assign.agentId && !assign.teamId)
            return OutboxActionText::tr("Unassign");
        return OutboxActionText::tr("Assign");
    }
    QString operator()(const SetConversationStatus &status) const
    {
        switch (status.status) {
        case ConversationStatus::Resolved:
            return OutboxActionText::tr("Resolve");
        case ConversationStatus::Snoozed:
            return OutboxActionText::tr("Snooze");
        case ConversationStatus::Pending:
            return OutboxActionText::tr("Mark as pending");
        case ConversationStatus::Open:
            break;
        }
        return OutboxActionText::tr("Reopen");
    }
    QString operator()(const SetConversationPriority &priority) const
    {
        if (priority.priority == Priority::None)
            return OutboxActionText::tr("Remove the priority");
        return OutboxActionText::tr("Set priority to %1").arg(priorityDisplayName(priority.priority));
    }
    QString operator()(const AddConversationLabel &label) const
    {
        return OutboxActionText::tr("Add label “%1”").arg(label.label);
    }
    QString operator()(const RemoveConversationLabel &label) const
    {
        return OutboxActionText::tr("Remove label “%1”").arg(label.label);
    }
    QString operator()(const MarkConversationRead &) const { return OutboxActionText::tr("Mark as read"); }
    QString operator()(const MergeContacts &) const
    {
        if (!entry.customerName.isEmpty() && !entry.mergedCustomerName.isEmpty())
            return OutboxActionText::tr("Merge contacts %1 and %2")
                .arg(entry.customerName, entry.mergedCustomerName);
        return OutboxActionText::tr("Merge contacts");
    }
    QString operator()(const UpdateContact &update) const
    {
        QStringList changes;
        if (update.name)
            changes.append(OutboxActionText::tr("name “%1”").arg(*update.name));
        if (update.email)
            changes.append(OutboxActionText::tr("email address %1").arg(*update.email));
        if (update.phone)
            changes.append(OutboxActionText::tr("phone number %1").arg(*update.phone));
        return OutboxActionText::tr("Update the contact: %1").arg(QLocale().createSeparatedList(changes));
    }
};

} // namespace

QString OutboxActionText::action(const UnfinishedAction &entry)
{
    if (!entry.action)
        return kindName(entry.entry.kind);
    return std::visit(ActionWords{entry}, *entry.action);
}

QString OutboxActionText::kindName(const QString &kind)
{
    if (kind == u"send_message")
        return tr("a message");
    if (kind == u"start_conversation")
        return tr("starting the conversation");
    if (kind == u"assign")
        return tr("an assignment");
    if (kind == u"set_status")
        return tr("a status change");
    if (kind == u"set_priority")
        return tr("a priority change");
    if (kind == u"add_label" || kind == u"remove_label")
        return tr("a label change");
    if (kind == u"mark_read")
        return tr("marking as read");
    if (kind == u"merge_contacts")
        return tr("a contact merge");
    if (kind == u"update_contact")
        return tr("a contact update");
    return tr("an action this version does not know");
}

QString OutboxActionText::where(const UnfinishedAction &entry)
{
    if (!entry.entry.conversationId) {
        if (entry.entry.kind == u"merge_contacts")
            return tr("Contacts at the backend");
        if (entry.entry.kind == u"update_contact")
            return entry.customerName.isEmpty() ? tr("A contact at the backend")
                                                : tr("%1's contact at the backend").arg(entry.customerName);
        return tr("No conversation");
    }
    QStringList parts{customerOr(entry)};
    if (!entry.subject.isEmpty())
        parts.append(entry.subject);
    if (entry.channel)
        parts.append(channelName(entry));
    return parts.join(QStringLiteral(" · "));
}

QString OutboxActionText::state(const UnfinishedAction &entry)
{
    switch (entry.entry.state) {
    case OutboxState::Failed:
        return tr("Failed");
    case OutboxState::Sending:
        return tr("Sending…");
    case OutboxState::Queued:
        if (entry.dependsOnState)
            return tr("Waiting");
        if (entry.entry.attempts > 0)
            return tr("Trying again");
        return tr("Queued");
    case OutboxState::Confirmed:
        return tr("Sent");
    case OutboxState::Uncertain:
        return tr("Checking");
    case OutboxState::Unknown:
        return tr("Outcome unknown");
    }
    return {};
}

QString OutboxActionText::reason(const UnfinishedAction &entry)
{
    const OutboxEntry &e = entry.entry;
    if (e.state == OutboxState::Failed)
        return e.lastError.isEmpty() ? tr("The backend refused it without giving a reason.") : e.lastError;
    if (e.state == OutboxState::Unknown)
        return e.lastError.isEmpty()
                   ? tr("Kontor could not find out whether this arrived. Check again, send it again or "
                        "discard it.")
                   : e.lastError;
    if (e.state == OutboxState::Uncertain)
        return e.lastError.isEmpty()
                   ? tr("It may have arrived; Kontor asks the backend before sending it again.")
                   : tr("It may have arrived (%1); Kontor asks the backend before sending it again.")
                         .arg(e.lastError);
    if (entry.dependsOnState) {
        if (*entry.dependsOnState == OutboxState::Failed)
            return tr("Waits for %1 before it, which failed: retry or discard that first.")
                .arg(kindName(entry.dependsOnKind));
        return tr("Waits for %1 before it to be sent.").arg(kindName(entry.dependsOnKind));
    }
    if (!entry.conversationStarted && e.kind != u"start_conversation")
        return tr("Waits until the backend has started the conversation.");
    if (e.state == OutboxState::Queued && !e.lastError.isEmpty())
        return tr("Last attempt: %1").arg(e.lastError);
    return {};
}

QString OutboxActionText::discardConsequence(const UnfinishedAction &entry)
{
    const QString &kind = entry.entry.kind;
    if (kind == u"start_conversation")
        return tr("The conversation with %1 was never started at the backend. Discarding removes it from "
                  "Kontor together with its first message and everything else you did in it. The text of "
                  "the message is lost.")
            .arg(customerOr(entry));
    if (kind == u"send_message") {
        const auto *send = entry.action ? std::get_if<SendMessage>(&*entry.action) : nullptr;
        if (send && send->isNote)
            return tr("The internal note is removed and nobody else will see it. Its text is lost.");
        return tr("%1 will not receive this reply. It is removed from the conversation and its text "
                  "is lost.")
            .arg(customerOr(entry));
    }
    if (kind == u"merge_contacts")
        return tr("The two contacts stay separate at the backend. The merge in Kontor is kept.");
    if (kind == u"update_contact")
        return tr("The contact at the backend keeps what it has. The change in Kontor is kept.");
    return tr("“%1” will not be done at the backend. The conversation shows the backend's state again the "
              "next time it syncs.")
        .arg(action(entry));
}

} // namespace kontor::models
