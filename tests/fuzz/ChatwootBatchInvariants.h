#pragma once

#include "IdentityInvariants.h"
#include "store/IngestBatch.h"

namespace kontor::fuzz {

// What the store relies on in every batch a connector hands it: each record names itself and what it belongs
// to, and every identity is canonical.
inline void expectWellFormed(const IngestBatch &batch, const IdentityNormalizer &normalizer)
{
    for (const InboxRecord &inbox : batch.inboxes)
        KONTOR_FUZZ_EXPECT(!inbox.remoteId.isEmpty());
    for (const AgentRecord &agent : batch.agents)
        KONTOR_FUZZ_EXPECT(!agent.remoteId.isEmpty());
    for (const TeamRecord &team : batch.teams)
        KONTOR_FUZZ_EXPECT(!team.remoteId.isEmpty());
    for (const CannedResponseRecord &canned : batch.cannedResponses)
        KONTOR_FUZZ_EXPECT(!canned.remoteId.isEmpty());
    for (const CustomerRecord &customer : batch.customers) {
        KONTOR_FUZZ_EXPECT(!customer.remoteId.isEmpty());
        for (const IdentityRecord &identity : customer.identities) {
            std::optional<NormalizedIdentity> normalized;
            switch (identity.kind) {
            case IdentityKind::Email:
                normalized = NormalizedIdentity::email(identity.value);
                break;
            case IdentityKind::Phone:
                normalized = NormalizedIdentity::phone(identity.value);
                break;
            case IdentityKind::Handle:
                KONTOR_FUZZ_EXPECT(identity.platform.has_value());
                normalized = NormalizedIdentity::handle(*identity.platform, identity.value);
                break;
            case IdentityKind::ContactId:
                normalized = NormalizedIdentity::contactId(batch.account.remoteId, identity.value);
                break;
            }
            expectCanonical(normalizer, *normalized);
        }
    }
    for (const ConversationRecord &conversation : batch.conversations) {
        KONTOR_FUZZ_EXPECT(!conversation.remoteId.isEmpty());
        KONTOR_FUZZ_EXPECT(!conversation.customerRemoteId.isEmpty());
        KONTOR_FUZZ_EXPECT(conversation.unreadCount >= 0);
    }
    for (const MessageRecord &message : batch.messages) {
        KONTOR_FUZZ_EXPECT(!message.remoteId.isEmpty());
        KONTOR_FUZZ_EXPECT(!message.conversationRemoteId.isEmpty());
        for (const AttachmentRecord &attachment : message.attachments)
            KONTOR_FUZZ_EXPECT(!attachment.remoteId.isEmpty());
    }
    for (const QString &id : batch.deletedMessageRemoteIds)
        KONTOR_FUZZ_EXPECT(!id.isEmpty());
    for (const QString &id : batch.deletedConversationRemoteIds)
        KONTOR_FUZZ_EXPECT(!id.isEmpty());
}

} // namespace kontor::fuzz
