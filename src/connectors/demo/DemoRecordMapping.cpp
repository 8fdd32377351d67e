#include "connectors/demo/DemoRecordMapping.h"

#include <QCoreApplication>

namespace kontor {

namespace {
struct BatchWriter
{
    IngestBatch &batch;

    void operator()(const DemoInbox &r) const { batch.inboxes.append({r.remoteId, r.name, r.channel}); }

    void operator()(const DemoAgent &r) const
    {
        batch.agents.append({r.remoteId, r.name, r.email, r.presence, r.capacity, r.isSelf});
    }

    void operator()(const DemoTeam &r) const { batch.teams.append({r.remoteId, r.name, r.memberIds}); }

    void operator()(const DemoCannedResponse &r) const
    {
        batch.cannedResponses.append({r.remoteId, r.shortCode, r.content});
    }

    void operator()(const DemoCustomer &r) const
    {
        CustomerRecord customer;
        customer.remoteId = r.remoteId;
        customer.name = r.name;
        customer.mergedIntoRemoteId = r.mergedIntoId;
        for (const DemoIdentity &identity : r.identities) {
            IdentityRecord record;
            record.kind = identity.kind;
            record.value = identity.value;
            record.platform = identity.platform;
            record.displayValue = identity.displayValue;
            customer.identities.append(record);
        }
        // The backend's contact always says everything it knows; a merged one only where it went.
        if (r.mergedIntoId.isEmpty()) {
            QList<AttributeRecord> attributes;
            for (const DemoAttribute &attribute : r.attributes)
                attributes.append({attribute.key, attribute.label, attribute.value, attribute.kind});
            customer.attributes = attributes;
        }
        batch.customers.append(customer);
    }

    void operator()(const DemoConversation &r) const
    {
        ConversationRecord c;
        c.remoteId = r.remoteId;
        c.inboxRemoteId = r.inboxId;
        c.channel = r.channel;
        c.customerRemoteId = r.customerId;
        c.subject = r.subject;
        c.status = r.status;
        c.snoozedUntil = r.snoozedUntil;
        c.priority = r.priority;
        c.assigneeRemoteId = r.assigneeId;
        c.teamRemoteId = r.teamId;
        c.labels = r.labels;
        c.createdAt = r.createdAt;
        c.lastActivityAt = r.lastActivityAt;
        c.waitingSince = r.waitingSince;
        c.firstReplyAt = r.firstReplyAt;
        c.slaFirstReplyDue = r.slaFirstReplyDue;
        c.slaResolutionDue = r.slaResolutionDue;
        c.unreadCount = r.unreadCount;
        batch.conversations.append(c);
    }

    void operator()(const DemoMessage &r) const
    {
        MessageRecord m;
        m.remoteId = r.remoteId;
        m.conversationRemoteId = r.conversationId;
        m.kind = r.kind;
        m.channel = r.channel;
        m.authorAgentRemoteId = r.authorAgentId;
        m.authorCustomerRemoteId = r.authorCustomerId;
        m.authorName = r.authorName;
        m.body = r.body;
        m.bodyFormat = r.format;
        m.createdAt = r.createdAt;
        m.deliveryState = r.deliveryState;
        m.echoUuid = r.echoUuid;
        m.mentionedAgentRemoteIds = r.mentionedAgentIds;
        for (const DemoAttachment &a : r.attachments)
            m.attachments.append({a.remoteId, a.fileName, a.mimeType, a.sizeBytes, a.remoteUrl});
        batch.messages.append(m);
    }

    void operator()(const DemoCsatAnswer &r) const
    {
        batch.csatAnswers.append({r.remoteId, r.conversationId, r.rating, r.comment, r.createdAt});
    }
};
} // namespace

AccountRecord demoAccountRecord()
{
    return {QStringLiteral("demo"), QStringLiteral("demo-contact-center"),
            QCoreApplication::translate("DemoConnector", "Demo contact center")};
}

IngestBatch demoChangesToBatch(const QList<DemoChange> &changes)
{
    IngestBatch batch;
    const BatchWriter writer{batch};
    for (const DemoChange &change : changes) {
        if (!change.deleted) {
            std::visit(writer, change.record);
            continue;
        }
        // The backend deleted it: erased here too (a contact with its conversations).
        const QString id = headerOf(change.record).remoteId;
        if (std::holds_alternative<DemoCustomer>(change.record))
            batch.deletedContactRemoteIds.append(id);
        else if (std::holds_alternative<DemoConversation>(change.record))
            batch.deletedConversationRemoteIds.append(id);
        else if (std::holds_alternative<DemoMessage>(change.record))
            batch.deletedMessageRemoteIds.append(id);
    }
    return batch;
}

} // namespace kontor
