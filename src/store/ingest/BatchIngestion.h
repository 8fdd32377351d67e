#pragma once

#include "core/Time.h"
#include "store/ChangeSet.h"
#include "store/IngestBatch.h"

namespace kontor::sql {
class Database;
}

namespace kontor::ingest {

// Writes one batch inside the caller's transaction. Records with dangling references are skipped and listed
// in the result; SQL errors propagate (and roll the whole batch back).
IngestResult ingestBatch(sql::Database &db, ChangeSet &marks, const IngestBatch &batch, UtcMillis now);

} // namespace kontor::ingest
