#pragma once

#include "connectors/demo/backend/DemoJsonReader.h"
#include "connectors/demo/backend/DemoRecords.h"

#include <QJsonObject>

namespace kontor {

// Records as JSON objects, with their kind under "kind" and enumerations as the stable keys of core/.
QJsonObject demoRecordToJson(const DemoRecord &record);
// Reads one record; on a missing field or an unknown key the reader's error is set and nullopt returned.
std::optional<DemoRecord> demoRecordFromJson(DemoJsonReader &in);

} // namespace kontor
