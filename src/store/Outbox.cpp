#include "store/Outbox.h"

#include "core/EnumKeys.h"

namespace kontor {

namespace {

const EnumKey<OutboxState> outboxStates[] = {
    {OutboxState::Queued, "queued"},       {OutboxState::Sending, "sending"},
    {OutboxState::Confirmed, "confirmed"}, {OutboxState::Failed, "failed"},
    {OutboxState::Uncertain, "uncertain"}, {OutboxState::Unknown, "unknown"},
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

bool outboxStateIsUnfinished(OutboxState state)
{
    return state != OutboxState::Confirmed;
}

bool outboxStateMayHaveLanded(OutboxState state)
{
    return state == OutboxState::Sending || state == OutboxState::Uncertain || state == OutboxState::Unknown;
}

} // namespace kontor
