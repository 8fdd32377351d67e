#pragma once

#include <QString>
#include <optional>

namespace kontor {

// Incoming from the customer, outgoing to them, an internal note (never sent), or an activity line.
enum class MessageKind
{
    Incoming,
    Outgoing,
    Note,
    Activity
};
enum class BodyFormat
{
    Plain,
    Markdown,
    Html
};
// Delivery of an outgoing message: queued -> sent -> delivered -> read, or failed.
enum class DeliveryState
{
    None,
    Queued,
    Sent,
    Delivered,
    Read,
    Failed
};

QString messageKindKey(MessageKind kind);
std::optional<MessageKind> messageKindFromKey(QStringView key);
QString bodyFormatKey(BodyFormat format);
std::optional<BodyFormat> bodyFormatFromKey(QStringView key);
QString deliveryStateKey(DeliveryState state);
std::optional<DeliveryState> deliveryStateFromKey(QStringView key);
QString deliveryStateDisplayName(DeliveryState state);

} // namespace kontor
