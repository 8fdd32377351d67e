#include "connectors/chatwoot/mapping/RecordMapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kontor::chatwoot {

namespace {

// The contact form's fields in additional_attributes worth an agent's eye, in the form's order. Keys are
// prefixed so that a custom attribute of the same name keeps its own row.
struct AdditionalField
{
    const char *key;
    const char *label;
};
constexpr AdditionalField kAdditionalFields[] = {
    {"company_name", QT_TRANSLATE_NOOP("ChatwootContact", "Company")},
    {"city", QT_TRANSLATE_NOOP("ChatwootContact", "City")},
    {"country", QT_TRANSLATE_NOOP("ChatwootContact", "Country")},
    {"description", QT_TRANSLATE_NOOP("ChatwootContact", "Description")},
};

// Chatwoot's custom attribute keys are snake_case names an administrator chose; where its definition is not
// known, "customer_since" reads best as "Customer since".
QString labelFromKey(const QString &key)
{
    QString label = key;
    label.replace(u'_', u' ').replace(u'-', u' ');
    label = label.simplified();
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

bool looksLikeDate(const QString &text)
{
    static const QRegularExpression isoDate(
        u"^\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?$"_s);
    return isoDate.match(text).hasMatch();
}

// A custom attribute's JSON value as locale-independent text with its kind; nothing for values with no text
// to show (null, objects).
std::optional<AttributeRecord> customAttribute(const QString &key, const QJsonValue &value)
{
    AttributeRecord record{key, labelFromKey(key), {}, AttributeKind::Text};
    switch (value.type()) {
    case QJsonValue::Bool:
        record.kind = AttributeKind::Boolean;
        record.value = value.toBool() ? u"true"_s : u"false"_s;
        break;
    case QJsonValue::Double:
        record.kind = AttributeKind::Number;
        record.value = QString::number(value.toDouble(), 'g', 15);
        break;
    case QJsonValue::String: {
        const QString text = value.toString().trimmed();
        if (looksLikeDate(text)) {
            // Date attributes arrive as midnight timestamps; the day is what was meant.
            record.kind = AttributeKind::Date;
            record.value = text.left(10);
        } else if (text.startsWith(u"https://"_s, Qt::CaseInsensitive) ||
                   text.startsWith(u"http://"_s, Qt::CaseInsensitive)) {
            record.kind = AttributeKind::Link;
            record.value = text;
        } else {
            record.value = text;
        }
        break;
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString() && !item.toString().trimmed().isEmpty())
                items.append(item.toString().trimmed());
            else if (item.isDouble())
                items.append(QString::number(item.toDouble(), 'g', 15));
        }
        record.kind = AttributeKind::List;
        record.value = items.join(u", "_s);
        break;
    }
    default:
        return std::nullopt;
    }
    if (record.value.isEmpty())
        return std::nullopt;
    return record;
}

} // namespace

std::optional<QList<AttributeRecord>> mapContactAttributes(const QJsonObject &contact,
                                                           const AttributeDefinitions *definitions)
{
    const QJsonValue additionalValue = contact.value(QLatin1StringView("additional_attributes"));
    const QJsonValue customValue = contact.value(QLatin1StringView("custom_attributes"));
    if (!additionalValue.isObject() && !customValue.isObject())
        return std::nullopt;

    QList<AttributeRecord> attributes;
    const QJsonObject additional = additionalValue.toObject();
    for (const AdditionalField &field : kAdditionalFields) {
        const QJsonValue value = additional.value(QLatin1StringView(field.key));
        const QString text = value.isString() ? value.toString().trimmed() : QString();
        if (!text.isEmpty()) {
            attributes.append({u"additional."_s + QLatin1StringView(field.key),
                               QCoreApplication::translate("ChatwootContact", field.label), text,
                               AttributeKind::Text});
        }
    }
    const QJsonObject custom = customValue.toObject();
    for (auto it = custom.constBegin(); it != custom.constEnd(); ++it) {
        if (std::optional<AttributeRecord> record = customAttribute(it.key(), it.value())) {
            if (definitions) {
                if (const auto definition = definitions->constFind(it.key());
                    definition != definitions->cend())
                    applyAttributeDefinition(*record, *definition);
            }
            attributes.append(*record);
        }
    }
    return attributes;
}

} // namespace kontor::chatwoot
