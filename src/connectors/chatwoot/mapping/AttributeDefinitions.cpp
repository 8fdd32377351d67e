#include "connectors/chatwoot/mapping/AttributeDefinitions.h"

#include "connectors/chatwoot/api/JsonRead.h"

#include <QJsonArray>
#include <QUrl>

namespace kontor::chatwoot {

namespace {
std::optional<AttributeKind> kindOfDisplayType(const QString &type)
{
    if (type == QLatin1StringView("text"))
        return AttributeKind::Text;
    if (type == QLatin1StringView("number") || type == QLatin1StringView("currency") ||
        type == QLatin1StringView("percent"))
        return AttributeKind::Number;
    if (type == QLatin1StringView("link"))
        return AttributeKind::Link;
    if (type == QLatin1StringView("date"))
        return AttributeKind::Date;
    if (type == QLatin1StringView("list"))
        return AttributeKind::List;
    if (type == QLatin1StringView("checkbox"))
        return AttributeKind::Boolean;
    return std::nullopt;
}

bool fits(const QString &value, AttributeKind kind)
{
    switch (kind) {
    case AttributeKind::Number: {
        bool ok = false;
        value.toDouble(&ok);
        return ok;
    }
    case AttributeKind::Boolean:
        return value == QLatin1StringView("true") || value == QLatin1StringView("false");
    case AttributeKind::Date:
        return value.size() >= 10 && value.at(4) == u'-' && value.at(7) == u'-';
    case AttributeKind::Link: {
        const QUrl url(value);
        return url.isValid() &&
               (url.scheme() == QLatin1StringView("https") || url.scheme() == QLatin1StringView("http"));
    }
    case AttributeKind::Text:
    case AttributeKind::List:
        return true;
    }
    return false;
}
} // namespace

std::optional<AttributeDefinition> mapAttributeDefinition(const QJsonObject &definition)
{
    AttributeDefinition mapped;
    mapped.key = readString(definition.value(QLatin1StringView("attribute_key"))).trimmed();
    if (mapped.key.isEmpty())
        return std::nullopt;
    mapped.displayName = readString(definition.value(QLatin1StringView("attribute_display_name"))).trimmed();
    mapped.displayType = readString(definition.value(QLatin1StringView("attribute_display_type"))).trimmed();
    // A jsonb array on the server (the spec says string).
    for (const QJsonValue &value : definition.value(QLatin1StringView("attribute_values")).toArray()) {
        const QString text = readString(value).trimmed();
        if (!text.isEmpty())
            mapped.values.append(text);
    }
    return mapped;
}

void applyAttributeDefinition(AttributeRecord &attribute, const AttributeDefinition &definition)
{
    if (!definition.displayName.isEmpty())
        attribute.label = definition.displayName;
    const std::optional<AttributeKind> kind = kindOfDisplayType(definition.displayType);
    if (!kind || *kind == attribute.kind)
        return;
    QString value = attribute.value;
    if (*kind == AttributeKind::Date)
        value = value.left(10);
    if (fits(value, *kind)) {
        attribute.kind = *kind;
        attribute.value = value;
    }
}

} // namespace kontor::chatwoot
