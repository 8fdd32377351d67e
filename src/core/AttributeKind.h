#pragma once

#include <QString>
#include <optional>

namespace kontor {

// How a backend means a customer attribute's value to be read. The value itself is always kept as text in a
// locale-independent form (numbers with a '.', dates as ISO 8601, booleans as "true"/"false"), so that the
// view can format it for the agent's locale.
enum class AttributeKind
{
    Text,
    Number,
    Date,
    Link,
    Boolean,
    List, // one choice from a list the backend defines, or several joined by ", "
};

QString attributeKindKey(AttributeKind kind);
std::optional<AttributeKind> attributeKindFromKey(QStringView key);

} // namespace kontor
