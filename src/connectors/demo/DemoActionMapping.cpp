#include "connectors/demo/DemoActionMapping.h"

namespace kontor {

namespace {
struct ActionMapper
{
    const DeliveryRequest &request;

    DemoActionPayload operator()(const SendMessage &a) const
    {
        QList<DemoSentFile> files;
        for (const OutgoingAttachment &file : a.attachments)
            files.append({file.fileName, file.mimeType, file.sizeBytes});
        if (a.isNote) {
            QStringList mentioned;
            for (const auto &[remoteId, name] : request.mentionedAgents)
                mentioned.append(remoteId);
            return DemoAddNote{request.conversationRemoteId, a.body, a.format, mentioned, files};
        }
        return DemoReply{request.conversationRemoteId, a.body, a.format, std::nullopt, files};
    }
    DemoActionPayload operator()(const AssignConversation &) const
    {
        // The store's assignment sets both: an empty id unassigns, or clears the team.
        return DemoAssign{request.conversationRemoteId, request.agentRemoteId, request.teamRemoteId};
    }
    DemoActionPayload operator()(const SetConversationStatus &a) const
    {
        return DemoSetStatus{request.conversationRemoteId, a.status, a.snoozedUntil};
    }
    DemoActionPayload operator()(const SetConversationPriority &a) const
    {
        return DemoSetPriority{request.conversationRemoteId, a.priority};
    }
    DemoActionPayload operator()(const AddConversationLabel &a) const
    {
        return DemoAddLabel{request.conversationRemoteId, a.label};
    }
    DemoActionPayload operator()(const RemoveConversationLabel &a) const
    {
        return DemoRemoveLabel{request.conversationRemoteId, a.label};
    }
    DemoActionPayload operator()(const MarkConversationRead &) const
    {
        return DemoMarkRead{request.conversationRemoteId, std::nullopt};
    }
    DemoActionPayload operator()(const StartConversation &a) const
    {
        // The demo's customers are its contact records; its inboxes are its channels.
        return DemoStartConversation{request.contactRemoteId, a.channel, a.subject, a.body, a.format};
    }
    DemoActionPayload operator()(const MergeContacts &a) const
    {
        return DemoMergeCustomers{a.survivorContactRemoteId, a.mergedContactRemoteId};
    }
    DemoActionPayload operator()(const UpdateContact &a) const
    {
        return DemoUpdateCustomer{a.contactRemoteId, a.name, a.email, a.phone};
    }
};
} // namespace

std::optional<DemoAction> demoActionFor(const DeliveryRequest &request)
{
    return DemoAction{request.entry.uuid, std::visit(ActionMapper{request}, request.action)};
}

} // namespace kontor
