#pragma once

#include "connectors/demo/backend/DemoRecordStore.h"
#include "store/IngestBatch.h"

namespace kontor {

// The demo backend's account as the store knows it.
AccountRecord demoAccountRecord();

// One page of the demo backend's change feed in the store's ingest vocabulary (the sync engine stamps the
// account and the cursor).
IngestBatch demoChangesToBatch(const QList<DemoChange> &changes);

} // namespace kontor
