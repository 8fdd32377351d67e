#pragma once

#include "identity/CustomerTimeline.h"
#include "models/CustomerLocale.h"
#include "store/queries/DirectoryQueries.h"

#include <QList>

namespace kontor {
class StoreReader;
}

namespace kontor::models {

struct CsatEntry
{
    qint64 conversationId = 0;
    int rating = 0; // 1..5
    QString comment;
    UtcMillis createdAt = 0;
    Channel channel = Channel::WebChat;
};

// A join that made another customer part of this one — automatic or an agent's — and can be undone.
struct MergeEntry
{
    qint64 mergeId = 0;
    qint64 mergedCustomerId = 0;
    QString mergedName;
    QString reason;   // a JoinReason key ("same_email"), or what the agent gave
    QString evidence; // the identifier it was about, as shown to the agent; empty when none
    bool automatic = false;
    UtcMillis createdAt = 0;
};

// Another customer that may be the same person.
struct MergeCandidate
{
    qint64 suggestionId = 0;
    qint64 otherCustomerId = 0;
    QString otherName;
    QString reason;
    QString evidence; // the identifier they share, as shown to the agent
    double score = 0;
    QStringList otherIdentities; // as shown to the agent
};

// Everything the customer panel shows about one person, read in one go when a conversation opens.
struct CustomerProfile
{
    CustomerRow customer;
    TimelineSummary summary;
    CustomerLocale locale;
    QList<CsatEntry> csat; // newest first
    QList<MergeEntry> merges;
    QList<MergeCandidate> candidates;
    QList<CustomerAttributeRow> attributes; // by account, each in its backend's order
    qint64 conversationCount = 0;
    // When they first wrote to us: the start of their oldest conversation (the customer record itself is only
    // as old as the sync that brought it here).
    std::optional<UtcMillis> firstContactAt;

    // Share of CSAT answers of 4 or 5 (the usual CSAT figure), or -1 without answers.
    double satisfiedShare() const;
};

std::optional<CustomerProfile> readCustomerProfile(StoreReader &reader, qint64 customerId);

// Why two customers were joined or suggested, in the agent's words: "Same email address: anna@example.de".
QString joinReasonText(const QString &reasonKey, const QString &evidence);

// How an identity reads to an agent: email as written, phone formatted, handles with their platform.
QString identityForDisplay(const IdentityRow &identity);

} // namespace kontor::models
