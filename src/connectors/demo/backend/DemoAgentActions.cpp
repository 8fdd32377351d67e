#include "connectors/demo/backend/DemoAgentActions.h"

#include "connectors/demo/backend/DemoDirectory.h"
#include "connectors/demo/backend/DemoReactions.h"
#include "connectors/demo/backend/DemoTrafficRules.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace kontor {

namespace {
QString statusWord(ConversationStatus status)
{
    return statusKey(status); // activity lines are the server's own, in English keys
}

QStringList normalisedLabels(const QStringList &labels, bool &valid)
{
    QStringList result;
    valid = true;
    for (const QString &label : labels) {
        const QString trimmed = label.trimmed();
        if (trimmed.isEmpty()) {
            valid = false;
            return {};
        }
        bool known = false;
        for (const QString &existing : std::as_const(result))
            known = known || existing.compare(trimmed, Qt::CaseInsensitive) == 0;
        if (!known)
            result.append(trimmed);
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}
} // namespace

DemoAgentActions::DemoAgentActions(DemoWorldCore &core)
    : m_core(core)
{
    m_self = m_core.store.agent(demoSelfAgentId()).value_or(DemoAgent{});
}

DemoActionResult DemoAgentActions::apply(const DemoAction &action, UtcMillis at)
{
    m_uuid = action.clientUuid;
    m_at = at;
    DemoActionResult result = std::visit(
        [this](const auto &payload) -> DemoActionResult {
            using T = std::decay_t<decltype(payload)>;
            if constexpr (std::is_same_v<T, DemoReply>)
                return reply(payload);
            else if constexpr (std::is_same_v<T, DemoStartConversation>)
                return startConversation(payload);
            else if constexpr (std::is_same_v<T, DemoAddNote>)
                return note(payload);
            else if constexpr (std::is_same_v<T, DemoAssign>)
                return assign(payload);
            else if constexpr (std::is_same_v<T, DemoSetStatus>)
                return setStatus(payload);
            else if constexpr (std::is_same_v<T, DemoSetPriority>)
                return setPriority(payload);
            else if constexpr (std::is_same_v<T, DemoSetLabels>)
                return setLabels(payload.conversationId, payload.labels);
            else if constexpr (std::is_same_v<T, DemoAddLabel>)
                return addLabel(payload);
            else if constexpr (std::is_same_v<T, DemoRemoveLabel>)
                return removeLabel(payload);
            else if constexpr (std::is_same_v<T, DemoMarkRead>)
                return markRead(payload);
            else if constexpr (std::is_same_v<T, DemoMergeCustomers>)
                return merge(payload);
            else
                return updateCustomer(payload);
        },
        action.payload);
    result.kind = demoActionKind(action.payload);
    result.processedAt = at;
    return result;
}

DemoActionResult DemoAgentActions::accepted(const QString &conversationId, const QString &messageId) const
{
    DemoActionResult result;
    result.accepted = true;
    result.conversationId = conversationId;
    result.messageId = messageId;
    result.changeSeq = m_core.store.lastSeq();
    return result;
}

DemoActionResult DemoAgentActions::rejected(DemoRejection rejection) const
{
    DemoActionResult result;
    result.rejection = rejection;
    return result;
}

namespace {
// The backend keeps what was sent and serves it from its file host.
void attachFiles(DemoMessage &message, const QList<DemoSentFile> &files)
{
    for (const DemoSentFile &file : files) {
        DemoAttachment attachment;
        attachment.remoteId = message.remoteId + u"-a"_s + QString::number(message.attachments.size() + 1);
        attachment.fileName = file.fileName;
        attachment.mimeType = file.mimeType;
        attachment.sizeBytes = file.sizeBytes;
        attachment.remoteUrl = u"https://files.brightlane.example/attachments/"_s + message.remoteId + u'/' +
                               QString::fromLatin1(QUrl::toPercentEncoding(file.fileName));
        message.attachments.append(attachment);
    }
}
} // namespace

DemoMessage DemoAgentActions::outgoing(const DemoConversation &conversation, MessageKind kind,
                                       const QString &body, BodyFormat format)
{
    DemoMessage message;
    message.remoteId = m_core.takeMessageId();
    message.conversationId = conversation.remoteId;
    message.kind = kind;
    message.channel = conversation.channel;
    message.format = format;
    message.body = body;
    message.authorAgentId = m_self.remoteId;
    message.authorName = m_self.name;
    message.createdAt = m_at;
    message.echoUuid = m_uuid;
    if (kind == MessageKind::Outgoing)
        message.deliveryState = DeliveryState::Sent;
    return message;
}

void DemoAgentActions::addActivity(DemoConversation &conversation, const QString &activity,
                                   const QString &text)
{
    DemoMessage message = outgoing(conversation, MessageKind::Activity, text, BodyFormat::Plain);
    message.activity = activity;
    m_core.addMessage(conversation, std::move(message));
}

void DemoAgentActions::sendOutgoing(DemoConversation &conversation, DemoMessage message)
{
    // Writing to the customer reopens a closed conversation; the agent has seen everything up to it.
    if (conversation.status == ConversationStatus::Resolved)
        conversation.status = ConversationStatus::Open;
    conversation.agentLastSeenAt = m_at;
    const QString messageId = message.remoteId;
    m_core.addMessage(conversation, std::move(message));
    DemoReactions(m_core).afterAgentMessage(conversation, messageId, m_at, DemoRandom::hashOf(m_uuid));
}

DemoConversation DemoAgentActions::conversationOn(const DemoConversation &from, const DemoCustomer &customer,
                                                  Channel channel)
{
    std::optional<DemoConversation> best;
    for (const QString &id : m_core.store.conversationsOf(customer.remoteId)) {
        const std::optional<DemoConversation> candidate = m_core.store.conversation(id);
        if (candidate && candidate->channel == channel && candidate->status != ConversationStatus::Resolved &&
            (!best || candidate->createdAt >= best->createdAt))
            best = candidate;
    }
    if (best)
        return *best;

    DemoConversation conversation;
    conversation.remoteId = m_core.takeConversationId();
    conversation.customerId = customer.remoteId;
    conversation.channel = channel;
    conversation.inboxId = demoInboxIdFor(channel);
    conversation.status = ConversationStatus::Open;
    conversation.priority = from.priority;
    conversation.assigneeId = m_self.remoteId;
    conversation.teamId = from.teamId;
    conversation.labels = from.labels;
    conversation.topic = from.topic;
    conversation.orderReference = from.orderReference;
    conversation.language = from.language;
    conversation.relatedConversationId = from.remoteId;
    if (channel == Channel::Email && !from.subject.isEmpty())
        conversation.subject = from.subject;
    conversation.createdAt = m_at;
    conversation.lastActivityAt = m_at;
    conversation.updatedAt = m_at;
    m_core.putConversation(conversation);
    addActivity(conversation, u"channel_switched"_s,
                m_self.name + u" continued conversation "_s + from.remoteId + u" on "_s +
                    channelKey(channel));
    return conversation;
}

DemoActionResult DemoAgentActions::reply(const DemoReply &action)
{
    std::optional<DemoConversation> conversation = m_core.store.conversation(action.conversationId);
    if (!conversation)
        return rejected(DemoRejection::UnknownConversation);
    if (action.body.trimmed().isEmpty())
        return rejected(DemoRejection::EmptyBody);
    if (action.channel && *action.channel != conversation->channel) {
        const std::optional<DemoCustomer> customer = m_core.survivingCustomer(conversation->customerId);
        if (!customer || *action.channel == Channel::Voice || !identityOn(*customer, *action.channel))
            return rejected(DemoRejection::ChannelNotReachable);
        conversation = conversationOn(*conversation, *customer, *action.channel);
    } else if (conversation->channel == Channel::Voice) {
        return rejected(DemoRejection::ChannelNotReachable);
    }
    DemoMessage message = outgoing(*conversation, MessageKind::Outgoing, action.body, action.format);
    attachFiles(message, action.files);
    const QString messageId = message.remoteId;
    sendOutgoing(*conversation, std::move(message));
    return accepted(conversation->remoteId, messageId);
}

DemoActionResult DemoAgentActions::startConversation(const DemoStartConversation &action)
{
    const std::optional<DemoCustomer> customer = m_core.store.customer(action.customerId);
    if (!customer)
        return rejected(DemoRejection::UnknownCustomer);
    if (!customer->mergedIntoId.isEmpty())
        return rejected(DemoRejection::CustomerMerged);
    if (action.body.trimmed().isEmpty())
        return rejected(DemoRejection::EmptyBody);
    if (action.channel == Channel::Voice || !identityOn(*customer, action.channel))
        return rejected(DemoRejection::ChannelNotReachable);

    DemoConversation conversation;
    conversation.remoteId = m_core.takeConversationId();
    conversation.customerId = customer->remoteId;
    conversation.channel = action.channel;
    conversation.inboxId = demoInboxIdFor(action.channel);
    conversation.status = ConversationStatus::Open;
    conversation.assigneeId = m_self.remoteId;
    conversation.teamId = demoTeamIdFor(DemoTopic::Delivery, demoLanguageOf(*customer));
    conversation.language = customer->language;
    conversation.subject = action.subject;
    conversation.createdAt = m_at;
    conversation.lastActivityAt = m_at;
    conversation.updatedAt = m_at;
    m_core.putConversation(conversation);
    DemoMessage message = outgoing(conversation, MessageKind::Outgoing, action.body, action.format);
    const QString messageId = message.remoteId;
    sendOutgoing(conversation, std::move(message));
    return accepted(conversation.remoteId, messageId);
}

DemoActionResult DemoAgentActions::note(const DemoAddNote &action)
{
    std::optional<DemoConversation> conversation = m_core.store.conversation(action.conversationId);
    if (!conversation)
        return rejected(DemoRejection::UnknownConversation);
    if (action.body.trimmed().isEmpty())
        return rejected(DemoRejection::EmptyBody);
    for (const QString &agentId : action.mentionedAgentIds) {
        if (!m_core.store.agent(agentId))
            return rejected(DemoRejection::UnknownAgent);
    }
    DemoMessage message = outgoing(*conversation, MessageKind::Note, action.body, action.format);
    message.mentionedAgentIds = action.mentionedAgentIds;
    attachFiles(message, action.files);
    const QString messageId = message.remoteId;
    conversation->agentLastSeenAt = m_at;
    m_core.addMessage(*conversation, std::move(message));
    return accepted(conversation->remoteId, messageId);
}

DemoActionResult DemoAgentActions::assign(const DemoAssign &action)
{
    std::optional<DemoConversation> conversation = m_core.store.conversation(action.conversationId);
    if (!conversation)
        return rejected(DemoRejection::UnknownConversation);
    std::optional<DemoAgent> agent;
    if (action.agentId && !action.agentId->isEmpty() && !(agent = m_core.store.agent(*action.agentId)))
        return rejected(DemoRejection::UnknownAgent);
    std::optional<DemoTeam> team;
    if (action.teamId && !action.teamId->isEmpty() && !(team = m_core.store.team(*action.teamId)))
        return rejected(DemoRejection::UnknownTeam);
    if (action.teamId && *action.teamId != conversation->teamId) {
        conversation->teamId = *action.teamId;
        addActivity(*conversation, u"team_assigned"_s,
                    team ? QString(m_self.name + u" moved the conversation to team "_s + team->name)
                         : QString(m_self.name + u" removed the team"_s));
    }
    if (action.agentId && *action.agentId != conversation->assigneeId) {
        conversation->assigneeId = *action.agentId;
        addActivity(*conversation, agent ? u"assigned"_s : u"unassigned"_s,
                    agent ? QString(u"Assigned to "_s + agent->name + u" by "_s + m_self.name)
                          : QString(u"Unassigned by "_s + m_self.name));
    }
    return accepted(conversation->remoteId);
}

DemoActionResult DemoAgentActions::setStatus(const DemoSetStatus &action)
{
    std::optional<DemoConversation> conversation = m_core.store.conversation(action.conversationId);
    if (!conversation)
        return rejected(DemoRejection::UnknownConversation);
    const bool snooze = action.status == ConversationStatus::Snoozed;
    if (snooze && action.snoozedUntil && *action.snoozedUntil <= m_at)
        return rejected(DemoRejection::InvalidSnooze);
    const std::optional<UtcMillis> until = snooze ? action.snoozedUntil : std::nullopt;
    if (conversation->status == action.status && conversation->snoozedUntil == until &&
        conversation->snoozedUntilReply == (snooze && !until))
        return accepted(conversation->remoteId); // already so: nothing changes

    const ConversationStatus before = conversation->status;
    conversation->status = action.status;
    conversation->snoozedUntil = until;
    conversation->snoozedUntilReply = snooze && !until;
    QString text;
    switch (action.status) {
    case ConversationStatus::Resolved:
        text = u"Conversation resolved by "_s + m_self.name;
        break;
    case ConversationStatus::Snoozed:
        text = u"Snoozed by "_s + m_self.name +
               (until ? u" until "_s + toDateTime(*until).toString(Qt::ISODate)
                      : u" until the customer replies"_s);
        break;
    case ConversationStatus::Open:
        text = u"Conversation reopened by "_s + m_self.name;
        break;
    case ConversationStatus::Pending:
        text = u"Marked as pending by "_s + m_self.name;
        break;
    }
    addActivity(*conversation,
                action.status == ConversationStatus::Resolved ? u"resolved"_s : u"status_changed"_s,
                text + u" (was "_s + statusWord(before) + u')');
    DemoReactions reactions(m_core);
    if (until)
        reactions.scheduleSnoozeWake(*conversation);
    if (action.status == ConversationStatus::Resolved)
        reactions.afterResolution(*conversation, m_at, DemoRandom::hashOf(m_uuid));
    return accepted(conversation->remoteId);
}

DemoActionResult DemoAgentActions::setPriority(const DemoSetPriority &action)
{
    std::optional<DemoConversation> conversation = m_core.store.conversation(action.conversationId);
    if (!conversation)
        return rejected(DemoRejection::UnknownConversation);
    if (conversation->priority != action.priority) {
        conversation->priority = action.priority;
        addActivity(*conversation, u"priority_changed"_s,
                    m_self.name + u" set the priority to "_s + priorityKey(action.priority));
    }
    return accepted(conversation->remoteId);
}

DemoActionResult DemoAgentActions::setLabels(const QString &conversationId, const QStringList &labels)
{
    std::optional<DemoConversation> conversation = m_core.store.conversation(conversationId);
    if (!conversation)
        return rejected(DemoRejection::UnknownConversation);
    bool valid = false;
    const QStringList wanted = normalisedLabels(labels, valid);
    if (!valid)
        return rejected(DemoRejection::InvalidLabel);
    if (wanted != conversation->labels) {
        QStringList added;
        QStringList removed;
        for (const QString &label : wanted) {
            if (!conversation->labels.contains(label, Qt::CaseInsensitive))
                added.append(u'+' + label);
        }
        for (const QString &label : std::as_const(conversation->labels)) {
            if (!wanted.contains(label, Qt::CaseInsensitive))
                removed.append(u'-' + label);
        }
        conversation->labels = wanted;
        addActivity(*conversation, u"labels_changed"_s,
                    m_self.name + u" changed the labels: "_s + (added + removed).join(u' '));
    }
    return accepted(conversation->remoteId);
}

DemoActionResult DemoAgentActions::addLabel(const DemoAddLabel &action)
{
    const std::optional<DemoConversation> conversation = m_core.store.conversation(action.conversationId);
    if (!conversation)
        return rejected(DemoRejection::UnknownConversation);
    return setLabels(action.conversationId, conversation->labels + QStringList{action.label});
}

DemoActionResult DemoAgentActions::removeLabel(const DemoRemoveLabel &action)
{
    std::optional<DemoConversation> conversation = m_core.store.conversation(action.conversationId);
    if (!conversation)
        return rejected(DemoRejection::UnknownConversation);
    if (action.label.trimmed().isEmpty())
        return rejected(DemoRejection::InvalidLabel);
    QStringList labels = conversation->labels;
    labels.removeIf([&](const QString &label) {
        return label.compare(action.label.trimmed(), Qt::CaseInsensitive) == 0;
    });
    return setLabels(action.conversationId, labels);
}

DemoActionResult DemoAgentActions::markRead(const DemoMarkRead &action)
{
    std::optional<DemoConversation> conversation = m_core.store.conversation(action.conversationId);
    if (!conversation)
        return rejected(DemoRejection::UnknownConversation);
    const UtcMillis upTo = action.upTo.value_or(m_at);
    if (conversation->agentLastSeenAt && *conversation->agentLastSeenAt >= upTo)
        return accepted(conversation->remoteId);
    conversation->agentLastSeenAt = upTo;
    demoDeriveConversationState(*conversation, m_core.store.messagesOf(conversation->remoteId), false);
    conversation->updatedAt = m_at;
    m_core.putConversation(*conversation);
    return accepted(conversation->remoteId);
}

DemoActionResult DemoAgentActions::merge(const DemoMergeCustomers &action)
{
    std::optional<DemoCustomer> survivor = m_core.store.customer(action.survivorId);
    std::optional<DemoCustomer> merged = m_core.store.customer(action.mergedId);
    if (!survivor || !merged)
        return rejected(DemoRejection::UnknownCustomer);
    if (survivor->remoteId == merged->remoteId)
        return rejected(DemoRejection::SameCustomer);
    if (!survivor->mergedIntoId.isEmpty() || !merged->mergedIntoId.isEmpty())
        return rejected(DemoRejection::CustomerMerged);

    // The survivor first, so that the merged record's new version refers to a survivor already given.
    for (const DemoIdentity &identity : std::as_const(merged->identities)) {
        if (!survivor->identities.contains(identity))
            survivor->identities.append(identity);
    }
    survivor->updatedAt = m_at;
    m_core.store.put(*survivor);
    merged->identities.clear();
    merged->mergedIntoId = survivor->remoteId;
    merged->updatedAt = m_at;
    m_core.store.put(*merged);
    for (const QString &id : m_core.store.conversationsOf(merged->remoteId)) {
        std::optional<DemoConversation> conversation = m_core.store.conversation(id);
        if (!conversation)
            continue;
        conversation->customerId = survivor->remoteId;
        addActivity(*conversation, u"merged"_s,
                    m_self.name + u" merged contact "_s + merged->remoteId + u" into "_s +
                        survivor->remoteId);
    }
    return accepted({});
}

DemoActionResult DemoAgentActions::updateCustomer(const DemoUpdateCustomer &action)
{
    std::optional<DemoCustomer> customer = m_core.store.customer(action.customerId);
    if (!customer)
        return rejected(DemoRejection::UnknownCustomer);
    if (!customer->mergedIntoId.isEmpty())
        return rejected(DemoRejection::CustomerMerged);
    if (action.name && action.name->trimmed().isEmpty())
        return rejected(DemoRejection::EmptyName);
    DemoCustomer updated = *customer;
    if (action.name)
        updated.name = action.name->trimmed();
    // The demo's customers hold every address and number they are known by.
    auto addIdentity = [&updated](IdentityKind kind, const QString &value, const QString &display) {
        for (const DemoIdentity &identity : std::as_const(updated.identities)) {
            if (identity.kind == kind && identity.value == value)
                return;
        }
        updated.identities.append({kind, std::nullopt, value, display});
    };
    if (action.email)
        addIdentity(IdentityKind::Email, action.email->trimmed().toLower(), action.email->trimmed());
    if (action.phone)
        addIdentity(IdentityKind::Phone, action.phone->trimmed(), action.phone->trimmed());
    if (updated == *customer)
        return accepted({});
    updated.updatedAt = m_at;
    m_core.store.put(updated);
    return accepted({});
}

} // namespace kontor
