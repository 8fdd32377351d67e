#include "core/AttributeKind.h"

#include "core/EnumKeys.h"

namespace kontor {

namespace {
constexpr EnumKey<AttributeKind> kAttributeKindKeys[] = {
    {AttributeKind::Text, "text"}, {AttributeKind::Number, "number"},   {AttributeKind::Date, "date"},
    {AttributeKind::Link, "link"}, {AttributeKind::Boolean, "boolean"}, {AttributeKind::List, "list"},
};
} // namespace

QString attributeKindKey(AttributeKind kind)
{
    return keyOf(kAttributeKindKeys, kind);
}

std::optional<AttributeKind> attributeKindFromKey(QStringView key)
{
    return enumFromKey(kAttributeKindKeys, key);
}

} // namespace kontor
