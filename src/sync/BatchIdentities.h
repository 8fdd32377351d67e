#pragma once

#include "identity/IdentityNormalizer.h"
#include "store/IngestBatch.h"

namespace kontor {

// Brings every identity of a batch's customers into the one form that resolution compares, whatever the
// connector did: two customers are joined by equal identities, so a second spelling of one address would keep
// one person apart, and a value the normaliser refuses must not join anyone. Refused identities are dropped
// (the customer keeps the others, and its name); identities that become equal are kept once. Returns how many
// were dropped.
int normalizeBatchIdentities(IngestBatch &batch, const IdentityNormalizer &normalizer);

} // namespace kontor
