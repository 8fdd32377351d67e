#include "store/Outbox.h"

#include "core/EnumKeys.h"

namespace kontor {

namespace {

const EnumKey<OutboxState> outboxStates[] = {
    {OutboxState::Queued, "queued"},
    {OutboxState::Sending, "sending"},
    {OutboxState::Confirmed, "confirmed"},
    {OutboxState::Failed, "failed"},
};

} // namespace

QString outboxStateKey(OutboxState state)
{
    return keyOf(outboxStates, state);
}

std::optional<OutboxState> outboxStateFromKey(QStringView key)
{
    return enumFromKey(outboxStates, key);
}

} // namespace kontor
