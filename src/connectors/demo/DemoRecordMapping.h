#pragma once

#include "connectors/demo/backend/DemoRecordStore.h"
#include "store/IngestBatch.h"

namespace kontor {

// The demo backend's account as the store knows it.
AccountRecord demoAccountRecord();

// One page of the demo backend's change feed in the store's ingest vocabulary, with the cursor that follows
// it.
IngestBatch demoChangesToBatch(const QList<DemoChange> &changes, qint64 nextCursor,
                               const QString &cursorStream);

} // namespace kontor
