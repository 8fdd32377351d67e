#include "connectors/demo/backend/DemoRecords.h"

#include "core/EnumKeys.h"

namespace kontor {

namespace {
constexpr EnumKey<DemoRecordKind> kKindKeys[] = {
    {DemoRecordKind::Agent, "agent"},       {DemoRecordKind::Team, "team"},
    {DemoRecordKind::Inbox, "inbox"},       {DemoRecordKind::CannedResponse, "canned_response"},
    {DemoRecordKind::Customer, "customer"}, {DemoRecordKind::Conversation, "conversation"},
    {DemoRecordKind::Message, "message"},   {DemoRecordKind::Csat, "csat"},
};

static_assert(std::is_same_v<std::variant_alternative_t<int(DemoRecordKind::Agent), DemoRecord>, DemoAgent>);
static_assert(std::is_same_v<std::variant_alternative_t<int(DemoRecordKind::Inbox), DemoRecord>, DemoInbox>);
static_assert(std::is_same_v<std::variant_alternative_t<int(DemoRecordKind::CannedResponse), DemoRecord>,
                             DemoCannedResponse>);
static_assert(
    std::is_same_v<std::variant_alternative_t<int(DemoRecordKind::Csat), DemoRecord>, DemoCsatAnswer>);
} // namespace

DemoSlaTarget DemoTeam::slaFor(Priority priority) const
{
    for (const DemoSlaTarget &target : sla) {
        if (target.priority == priority)
            return target;
    }
    return {};
}

QString demoRecordKindKey(DemoRecordKind kind)
{
    return keyOf(kKindKeys, kind);
}

std::optional<DemoRecordKind> demoRecordKindFromKey(QStringView key)
{
    return enumFromKey(kKindKeys, key);
}

QList<DemoRecordKind> allDemoRecordKinds()
{
    QList<DemoRecordKind> kinds;
    for (const auto &row : kKindKeys)
        kinds.append(row.value);
    return kinds;
}

DemoRecordKind kindOf(const DemoRecord &record)
{
    return static_cast<DemoRecordKind>(record.index());
}

const DemoRecordHeader &headerOf(const DemoRecord &record)
{
    return std::visit([](const auto &r) -> const DemoRecordHeader & { return r; }, record);
}

DemoRecordHeader &headerOf(DemoRecord &record)
{
    return std::visit([](auto &r) -> DemoRecordHeader & { return r; }, record);
}

QList<Channel> channelsReachedBy(const DemoIdentity &identity)
{
    switch (identity.kind) {
    case IdentityKind::Email:
        // Contact forms arrive through the API and are answered by email; web chat asks for the address
        // before a chat starts and mails the answer when the visitor has left.
        return {Channel::Email, Channel::WebChat, Channel::Api};
    case IdentityKind::Phone:
        if (identity.platform == Channel::WhatsApp)
            return {Channel::WhatsApp};
        return {Channel::Sms, Channel::Voice};
    case IdentityKind::Handle:
        if (identity.platform)
            return {*identity.platform};
        return {};
    case IdentityKind::ContactId:
        return {};
    }
    return {};
}

const DemoIdentity *identityOn(const DemoCustomer &customer, Channel channel)
{
    for (const DemoIdentity &identity : customer.identities) {
        if (channelsReachedBy(identity).contains(channel))
            return &identity;
    }
    return nullptr;
}

} // namespace kontor
