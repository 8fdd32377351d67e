#pragma once

#include "store/IngestBatch.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace kontor::chatwoot {

// An administrator's definition of a custom attribute (GET /custom_attribute_definitions): the name agents
// see, how the value is meant (text, number, currency, percent, link, date, list, checkbox) and, for a list,
// its choices.
struct AttributeDefinition
{
    QString key;
    QString displayName;
    QString displayType;
    QStringList values;
};

// Contact attribute definitions by key.
using AttributeDefinitions = QHash<QString, AttributeDefinition>;

std::optional<AttributeDefinition> mapAttributeDefinition(const QJsonObject &definition);

// The attribute as its definition says: the display name as label and the kind its display type means (a
// value that does not fit the kind keeps the kind read from the value). Without a definition it stays as
// read from the value.
void applyAttributeDefinition(AttributeRecord &attribute, const AttributeDefinition &definition);

} // namespace kontor::chatwoot
