// Chatwoot's ActionCable frames (src/connectors/chatwoot/realtime): a text frame is read as the client reads
// it and, when it carries an event, applied to a batch as the connector applies it. Control frames carry
// nothing further; an event always names itself; the batch stays one the store can take.

#include "ChatwootBatchInvariants.h"
#include "FuzzTarget.h"
#include "connectors/chatwoot/realtime/CableFrame.h"
#include "connectors/chatwoot/realtime/RealtimeEvents.h"

namespace {

using namespace kontor;
using namespace kontor::chatwoot;

constexpr qint64 accountId = 1;

const IdentityNormalizer &normalizer()
{
    static const IdentityNormalizer instance(*PhoneRegion::fromCode(u"DE"));
    return instance;
}

// An account that knows a few conversations, so that message events get past "fetch the whole conversation".
AccountSnapshot makeSnapshot()
{
    AccountSnapshot snapshot;
    snapshot.selfUserId = 1;
    snapshot.inboxChannels.insert(QStringLiteral("1"), Channel::Email);
    snapshot.inboxChannels.insert(QStringLiteral("37"), Channel::WebChat);
    snapshot.agents.insert(
        QStringLiteral("1"),
        AgentRecord{QStringLiteral("1"), QStringLiteral("Agent"), {}, Presence::Online, 0, true});
    snapshot.agents.insert(
        QStringLiteral("2"),
        AgentRecord{QStringLiteral("2"), QStringLiteral("Colleague"), {}, Presence::Offline, 0, false});
    for (const char *id : {"1", "43", "5811", "5815"})
        snapshot.acceptConversationVersion(QString::fromLatin1(id), 1);
    return snapshot;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CableFrame frame = readCableFrame(kontor::fuzz::textOf(data, size));
    if (frame.kind != CableFrame::Kind::Event) {
        KONTOR_FUZZ_EXPECT(frame.event.isEmpty() && frame.data.isEmpty());
        KONTOR_FUZZ_EXPECT(frame.kind == CableFrame::Kind::Disconnect || frame.disconnectReason.isEmpty());
        return 0;
    }
    KONTOR_FUZZ_EXPECT(!frame.event.isEmpty());

    AccountSnapshot snapshot = makeSnapshot();
    BatchBuilder builder(AccountRecord{QStringLiteral("chatwoot"), QStringLiteral("1"), {}}, snapshot,
                         normalizer());
    const RealtimeOutcome outcome = applyRealtimeEvent(frame.event, frame.data, accountId, snapshot, builder);
    for (const QString &id : outcome.conversationsToFetch)
        KONTOR_FUZZ_EXPECT(!id.isEmpty());
    if (outcome.ignored)
        KONTOR_FUZZ_EXPECT(!builder.hasRecords());
    kontor::fuzz::expectWellFormed(builder.batch(), normalizer());
    return 0;
}
