#pragma once

#include "connectors/demo/backend/DemoRecords.h"

namespace kontor {

// Makes the demo's customers. Customer number N (1-based) is always the same person for the same seed: name,
// language, city and every identity are drawn from streams of the seed and N, each channel's identity from
// its own stream, so identities can be added in any order and still come out the same.
class DemoCustomerFactory
{
public:
    explicit DemoCustomerFactory(quint64 seed);

    static QString remoteIdFor(qint64 number);
    // The 1-based number in a customer's remote id, or 0 when it is not one.
    static qint64 numberOf(QStringView remoteId);

    // The customer with identities for every channel in channelMask (bit n for the n-th Channel).
    DemoCustomer make(qint64 number, UtcMillis createdAt, quint32 channelMask) const;
    // Adds the identity the customer needs on channel; false when they had one already.
    bool addIdentityFor(DemoCustomer &customer, Channel channel) const;

private:
    quint64 m_seed;
};

constexpr quint32 demoChannelBit(Channel channel)
{
    return 1u << unsigned(channel);
}

} // namespace kontor
