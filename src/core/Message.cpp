#include "core/Message.h"

#include "core/EnumKeys.h"

#include <QCoreApplication>

namespace kontor {

namespace {
constexpr EnumKey<MessageKind> kKindKeys[] = {
    {MessageKind::Incoming, "incoming"},
    {MessageKind::Outgoing, "outgoing"},
    {MessageKind::Note, "note"},
    {MessageKind::Activity, "activity"},
};
constexpr EnumKey<BodyFormat> kFormatKeys[] = {
    {BodyFormat::Plain, "plain"},
    {BodyFormat::Markdown, "markdown"},
    {BodyFormat::Html, "html"},
};
constexpr EnumKey<DeliveryState> kDeliveryKeys[] = {
    {DeliveryState::None, "none"}, {DeliveryState::Queued, "queued"},
    {DeliveryState::Sent, "sent"}, {DeliveryState::Delivered, "delivered"},
    {DeliveryState::Read, "read"}, {DeliveryState::Failed, "failed"},
};
} // namespace

QString messageKindKey(MessageKind kind)
{
    return keyOf(kKindKeys, kind);
}

std::optional<MessageKind> messageKindFromKey(QStringView key)
{
    return enumFromKey(kKindKeys, key);
}

QString bodyFormatKey(BodyFormat format)
{
    return keyOf(kFormatKeys, format);
}

std::optional<BodyFormat> bodyFormatFromKey(QStringView key)
{
    return enumFromKey(kFormatKeys, key);
}

QString deliveryStateKey(DeliveryState state)
{
    return keyOf(kDeliveryKeys, state);
}

std::optional<DeliveryState> deliveryStateFromKey(QStringView key)
{
    return enumFromKey(kDeliveryKeys, key);
}

QString deliveryStateDisplayName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::None:
        return {};
    case DeliveryState::Queued:
        return QCoreApplication::translate("DeliveryState", "Queued");
    case DeliveryState::Sent:
        return QCoreApplication::translate("DeliveryState", "Sent");
    case DeliveryState::Delivered:
        return QCoreApplication::translate("DeliveryState", "Delivered");
    case DeliveryState::Read:
        return QCoreApplication::translate("DeliveryState", "Read");
    case DeliveryState::Failed:
        return QCoreApplication::translate("DeliveryState", "Failed");
    }
    return {};
}

} // namespace kontor
