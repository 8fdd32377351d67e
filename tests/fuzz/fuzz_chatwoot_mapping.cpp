// Chatwoot's JSON as the sync receives it (src/connectors/chatwoot/mapping and sync/BatchBuilder): a response
// body is read as the REST jobs read it, and every object in it is offered as a conversation, a message list,
// a message, a contact and each directory record. What comes out must be a batch the store can take: no
// id-less record, no dangling reference, canonical identities. The same bytes also go through what else reads
// a response: the error reason, Retry-After, the profile, the cache keys and the field readers.

#include "ChatwootBatchInvariants.h"
#include "FuzzTarget.h"
#include "connectors/chatwoot/api/ChatwootJob.h"
#include "connectors/chatwoot/api/JobError.h"
#include "connectors/chatwoot/api/JsonRead.h"
#include "connectors/chatwoot/api/ProfileJobs.h"
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

// The field readers never throw and keep their documented ranges, whatever a field holds.
void readFields(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (const std::optional<UtcMillis> time = readTimestamp(it.value()))
            KONTOR_FUZZ_EXPECT(*time > 0);
        const QString id = readId(it.value());
        KONTOR_FUZZ_EXPECT(id == id.trimmed());
        KONTOR_FUZZ_EXPECT(readIdNumber(it.value()) == 0 || !id.isEmpty());
        readInteger(it.value(), -1);
        readString(it.value());
        readBool(it.value());
    }
}

void readOtherResponses(const QByteArray &body, const QJsonDocument &document)
{
    serverMessageIn(body);
    constexpr qint64 now = 1765100000000;
    const qint64 retryAfter = parseRetryAfter(body.left(body.indexOf('\n')), now);
    KONTOR_FUZZ_EXPECT(retryAfter >= 0 && retryAfter <= 24 * 3600 * 1000);
    const QJsonObject object = payloadObject(document);
    readProfile(object);
    readCacheKeys(object);
    readFields(object);
    readFields(document.object());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = kontor::fuzz::bytesOf(data, size);
    const ParsedJson parsed = parseJson(body);
    readOtherResponses(body, parsed.document);
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
