#include "store/erasure/ErasureReport.h"

namespace kontor {

void ErasureReport::merge(const ErasureReport &other)
{
    customerIds += other.customerIds;
    conversationIds += other.conversationIds;
    for (auto it = other.contactRemoteIds.cbegin(); it != other.contactRemoteIds.cend(); ++it)
        contactRemoteIds[it.key()] += it.value();
    for (auto it = other.conversationRemoteIds.cbegin(); it != other.conversationRemoteIds.cend(); ++it)
        conversationRemoteIds[it.key()] += it.value();
    messages += other.messages;
    identities += other.identities;
    outboxEntries += other.outboxEntries;
    accountIds += other.accountIds;
}

} // namespace kontor
