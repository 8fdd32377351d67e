#include "connectors/demo/backend/DemoActions.h"

#include "connectors/demo/backend/DemoJsonReader.h"
#include "core/EnumKeys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kontor {

namespace {
struct RejectionInfo
{
    DemoRejection rejection;
    const char *key;
    const char *reason;
};

constexpr RejectionInfo kRejections[] = {
    {DemoRejection::None, "none", ""},
    {DemoRejection::MissingClientUuid, "missing_client_uuid",
     QT_TRANSLATE_NOOP("DemoBackend", "The action carries no idempotency key.")},
    {DemoRejection::UnknownConversation, "unknown_conversation",
     QT_TRANSLATE_NOOP("DemoBackend", "The conversation does not exist on the server.")},
    {DemoRejection::UnknownCustomer, "unknown_customer",
     QT_TRANSLATE_NOOP("DemoBackend", "The customer does not exist on the server.")},
    {DemoRejection::UnknownAgent, "unknown_agent",
     QT_TRANSLATE_NOOP("DemoBackend", "The agent does not exist on the server.")},
    {DemoRejection::UnknownTeam, "unknown_team",
     QT_TRANSLATE_NOOP("DemoBackend", "The team does not exist on the server.")},
    {DemoRejection::ChannelNotReachable, "channel_not_reachable",
     QT_TRANSLATE_NOOP("DemoBackend", "The customer cannot be reached on that channel.")},
    {DemoRejection::EmptyBody, "empty_body", QT_TRANSLATE_NOOP("DemoBackend", "The message is empty.")},
    {DemoRejection::InvalidSnooze, "invalid_snooze",
     QT_TRANSLATE_NOOP("DemoBackend", "The snooze must end in the future.")},
    {DemoRejection::InvalidLabel, "invalid_label",
     QT_TRANSLATE_NOOP("DemoBackend", "A label cannot be empty.")},
    {DemoRejection::CustomerMerged, "customer_merged",
     QT_TRANSLATE_NOOP("DemoBackend", "The customer was merged into another customer.")},
    {DemoRejection::SameCustomer, "same_customer",
     QT_TRANSLATE_NOOP("DemoBackend", "A customer cannot be merged into themselves.")},
    {DemoRejection::EmptyName, "empty_name", QT_TRANSLATE_NOOP("DemoBackend", "A customer needs a name.")},
};

constexpr const char *kActionKinds[] = {
    "reply",      "start_conversation", "note",         "assign",    "set_status",      "set_priority",
    "set_labels", "add_label",          "remove_label", "mark_read", "merge_customers", "update_customer"};
static_assert(std::size(kActionKinds) == std::variant_size_v<DemoActionPayload>);
} // namespace

QString demoActionKind(const DemoActionPayload &payload)
{
    return QString::fromLatin1(kActionKinds[payload.index()]);
}

QString demoRejectionKey(DemoRejection rejection)
{
    for (const RejectionInfo &info : kRejections) {
        if (info.rejection == rejection)
            return QString::fromLatin1(info.key);
    }
    return {};
}

std::optional<DemoRejection> demoRejectionFromKey(QStringView key)
{
    for (const RejectionInfo &info : kRejections) {
        if (key == QLatin1StringView(info.key))
            return info.rejection;
    }
    return std::nullopt;
}

QString DemoActionResult::reason() const
{
    for (const RejectionInfo &info : kRejections) {
        if (info.rejection == rejection && rejection != DemoRejection::None)
            return QCoreApplication::translate("DemoBackend", info.reason);
    }
    return {};
}

QJsonObject DemoActionResult::toJson() const
{
    return {
        {u"accepted"_s, accepted},
        {u"rejection"_s, demoRejectionKey(rejection)},
        {u"kind"_s, kind},
        {u"conversationId"_s, conversationId},
        {u"messageId"_s, messageId},
        {u"changeSeq"_s, changeSeq},
        {u"processedAt"_s, processedAt},
    };
}

std::optional<DemoActionResult> DemoActionResult::fromJson(const QJsonObject &json, QString &error)
{
    DemoJsonReader in(json, u"result"_s, &error);
    DemoActionResult result;
    result.accepted = in.boolean("accepted");
    const std::optional<DemoRejection> rejection = demoRejectionFromKey(in.string("rejection"));
    if (in.ok() && !rejection)
        in.fail(u"unknown key"_s, "rejection");
    result.rejection = rejection.value_or(DemoRejection::None);
    result.kind = in.string("kind");
    result.conversationId = in.string("conversationId");
    result.messageId = in.string("messageId");
    result.changeSeq = in.integer("changeSeq");
    result.processedAt = in.integer("processedAt");
    if (!in.ok())
        return std::nullopt;
    return result;
}

} // namespace kontor
