// Chatwoot's JSON as the sync receives it (src/connectors/chatwoot/mapping and sync/BatchBuilder): a response
// body is read as the REST jobs read it, and every object in it is offered as a conversation, a message list,
// a message, a contact and each directory record. What comes out must be a batch the store can take: no
// id-less record, no dangling reference, canonical identities.

#include "ChatwootBatchInvariants.h"
#include "FuzzTarget.h"
#include "connectors/chatwoot/api/JsonRead.h"
#include "connectors/chatwoot/mapping/RecordMapping.h"
#include "connectors/chatwoot/sync/BatchBuilder.h"

namespace {

using namespace kontor;
using namespace kontor::chatwoot;

const IdentityNormalizer &normalizer()
{
    static const IdentityNormalizer instance(*PhoneRegion::fromCode(u"DE"));
    return instance;
}

AccountSnapshot makeSnapshot()
{
    AccountSnapshot snapshot;
    snapshot.selfUserId = 1;
    snapshot.inboxChannels.insert(QStringLiteral("1"), Channel::Email);
    snapshot.inboxChannels.insert(QStringLiteral("37"), Channel::WebChat);
    snapshot.inboxChannels.insert(QStringLiteral("475"), Channel::WhatsApp);
    snapshot.agents.insert(
        QStringLiteral("1"),
        AgentRecord{QStringLiteral("1"), QStringLiteral("Agent"), {}, Presence::Online, 0, true});
    return snapshot;
}

void offer(const QJsonObject &object, BatchBuilder &builder, const MappingContext &context)
{
    builder.addConversation(object);
    builder.addMessages(object.value(QLatin1StringView("messages")).toArray(),
                        readId(object.value(QLatin1StringView("id"))));
    builder.addMessage(object);
    builder.addContact(object);

    if (const auto inbox = mapInbox(object))
        KONTOR_FUZZ_EXPECT(!inbox->remoteId.isEmpty());
    if (const auto agent = mapAgent(object, context.snapshot->selfUserId))
        KONTOR_FUZZ_EXPECT(!agent->remoteId.isEmpty());
    if (const auto team = mapTeam(object, {}))
        KONTOR_FUZZ_EXPECT(!team->remoteId.isEmpty());
    if (const auto canned = mapCannedResponse(object))
        KONTOR_FUZZ_EXPECT(!canned->remoteId.isEmpty());
    if (const auto message = mapMessage(object)) {
        KONTOR_FUZZ_EXPECT(!message->record.remoteId.isEmpty());
        KONTOR_FUZZ_EXPECT(!message->record.conversationRemoteId.isEmpty());
    }
    if (const auto conversation = mapConversation(object, context)) {
        KONTOR_FUZZ_EXPECT(!conversation->record.remoteId.isEmpty());
        KONTOR_FUZZ_EXPECT(conversation->contact.has_value());
        KONTOR_FUZZ_EXPECT(conversation->record.customerRemoteId == conversation->contact->remoteId);
        for (const MappedMessage &message : conversation->messages)
            KONTOR_FUZZ_EXPECT(!message.record.remoteId.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ParsedJson parsed = parseJson(kontor::fuzz::bytesOf(data, size));
    if (!parsed.ok()) {
        KONTOR_FUZZ_EXPECT(parsed.document.isNull());
        return 0;
    }
    AccountSnapshot snapshot = makeSnapshot();
    MappingContext context{&snapshot, normalizer()};
    BatchBuilder builder(AccountRecord{QStringLiteral("chatwoot"), QStringLiteral("1"), {}}, snapshot,
                         normalizer());

    if (parsed.document.isObject())
        offer(parsed.document.object(), builder, context);
    const QJsonObject payload = payloadObject(parsed.document);
    if (!payload.isEmpty())
        offer(payload, builder, context);
    for (const QJsonValue &value : payloadArray(parsed.document))
        offer(value.toObject(), builder, context);

    kontor::fuzz::expectWellFormed(builder.batch(), normalizer());
    KONTOR_FUZZ_EXPECT(builder.maxMessageId() >= 0);
    return 0;
}
