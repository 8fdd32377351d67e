// The email mapping (src/connectors/email/mapping) on raw messages as any sender can write them: KMime's
// parse, the part walk with its bounds, charset decoding, the records and the threading. Whatever the bytes,
// the result is a message or a refusal with its reason, within the bounds of core/InputLimits.h.

#include "FuzzTarget.h"
#include "connectors/email/mapping/EmailParser.h"
#include "connectors/email/mapping/EmailRecords.h"
#include "connectors/email/mapping/EmailThreader.h"
#include "core/InputLimits.h"

namespace {

using namespace kontor;
using namespace kontor::email;

void expectBounded(const ParsedEmail &email)
{
    KONTOR_FUZZ_EXPECT(!email.messageId.isEmpty());
    KONTOR_FUZZ_EXPECT(!email.messageId.contains(u' '));
    KONTOR_FUZZ_EXPECT(email.subject.size() <= limits::emailSubjectChars);
    KONTOR_FUZZ_EXPECT(email.references.size() <= limits::emailReferences);
    KONTOR_FUZZ_EXPECT(email.plainText.size() <= limits::messageBodyChars + 2);
    KONTOR_FUZZ_EXPECT(email.html.size() <= limits::messageBodyChars + 2);
    KONTOR_FUZZ_EXPECT(email.attachments.size() <= limits::emailMimeParts);
    for (const EmailAttachment &attachment : email.attachments) {
        KONTOR_FUZZ_EXPECT(!attachment.partReference.isEmpty());
        KONTOR_FUZZ_EXPECT(!attachment.fileName.isEmpty());
        KONTOR_FUZZ_EXPECT(attachment.fileName.size() <= limits::emailFileNameChars + 8);
        KONTOR_FUZZ_EXPECT(!attachment.fileName.contains(u'/'));
        KONTOR_FUZZ_EXPECT(attachment.sizeBytes >= 0);
    }
    for (const EmailIssue issue : email.issues)
        KONTOR_FUZZ_EXPECT(!emailIssueMessage(issue).isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = kontor::fuzz::bytesOf(data, size);
    const EmailParseResult result = parseEmail(raw);
    KONTOR_FUZZ_EXPECT(result.email.has_value() != result.refusal.has_value());
    if (result.refusal) {
        KONTOR_FUZZ_EXPECT(!emailRefusalMessage(*result.refusal).isEmpty());
        return 0;
    }
    const ParsedEmail &email = *result.email;
    expectBounded(email);

    const EmailMappingContext context{QStringLiteral("support@example.test"), QStringLiteral("INBOX"), 1};
    EmailThreader threader;
    const QString customer = customerAddressOf(email, context);
    const QString conversation = threader.assign(email, customer, email.date.value_or(1));
    KONTOR_FUZZ_EXPECT(!conversation.isEmpty());
    // Threading the same message again changes nothing.
    KONTOR_FUZZ_EXPECT(threader.assign(email, customer, email.date.value_or(1)) == conversation);
    const auto records = mapEmailRecords(email, conversation, context);
    KONTOR_FUZZ_EXPECT(records.has_value() == !customer.isEmpty());
    if (records) {
        KONTOR_FUZZ_EXPECT(records->message.remoteId == email.messageId);
        KONTOR_FUZZ_EXPECT(records->message.attachments.size() == email.attachments.size());
        KONTOR_FUZZ_EXPECT(records->customer.remoteId == customer);
    }
    return 0;
}
