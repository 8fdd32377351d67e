#pragma once

#include "connectors/demo/backend/DemoActions.h"

#include <QJsonObject>
#include <optional>

namespace kontor {

// An agent's action as JSON, with its kind under "kind" (demoActionKind()) and enumerations as core/'s keys.
// The journal of a DemoDurableWorld keeps actions this way to replay them.
QJsonObject demoActionToJson(const DemoAction &action);
std::optional<DemoAction> demoActionFromJson(const QJsonObject &json, QString &error);

} // namespace kontor
