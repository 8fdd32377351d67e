// The fake's custom attribute definitions (GET /custom_attribute_definitions?attribute_model=0|1), rendered
// as custom_attribute_definitions/index.json.jbuilder does: a bare array, attribute_values a JSON array (a
// jsonb column), regex and default null where unset, times as ISO-8601 text, attribute_model the enum's name.
#include "FakeChatwoot.h"

namespace kontor::chatwoot::fake {

namespace {
struct Definition
{
    int id;
    int model; // 0 conversation_attribute, 1 contact_attribute
    const char *key;
    const char *displayName;
    const char *displayType;
    QStringList values;
};

const QList<Definition> &definitions()
{
    static const QList<Definition> all{
        {1, 1, "plan", "Subscription plan", "list", {QStringLiteral("Basic"), QStringLiteral("Premium")}},
        {2, 1, "customer_since", "Client since", "date", {}},
        {3, 1, "order_count", "Orders placed", "number", {}},
        {4, 1, "vip", "VIP customer", "checkbox", {}},
        {5, 1, "crm_record", "CRM record", "link", {}},
        {6, 0, "order_number", "Order number", "text", {}},
    };
    return all;
}
} // namespace

HttpResponse FakeChatwoot::attributeDefinitions(const HttpRequest &request) const
{
    const QString model = request.query.queryItemValue(QStringLiteral("attribute_model"));
    QJsonArray list;
    for (const Definition &definition : definitions()) {
        if (model != QString::number(definition.model))
            continue;
        list.append(QJsonObject{
            {QStringLiteral("id"), definition.id},
            {QStringLiteral("attribute_display_name"), QString::fromLatin1(definition.displayName)},
            {QStringLiteral("attribute_display_type"), QString::fromLatin1(definition.displayType)},
            {QStringLiteral("attribute_description"), QString()},
            {QStringLiteral("attribute_key"), QString::fromLatin1(definition.key)},
            {QStringLiteral("regex_pattern"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("regex_cue"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("attribute_values"), QJsonArray::fromStringList(definition.values)},
            {QStringLiteral("attribute_model"), definition.model == 1
                                                    ? QStringLiteral("contact_attribute")
                                                    : QStringLiteral("conversation_attribute")},
            {QStringLiteral("default_value"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("created_at"), QStringLiteral("2024-02-01T09:00:00.000Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2024-02-01T09:00:00.000Z")}});
    }
    return HttpResponse::json(QJsonDocument(list));
}

QJsonObject FakeChatwoot::customAttributesOf(qint64 contactId) const
{
    if (!customAttributes_ || contactId % 4 != 0)
        return {};
    return QJsonObject{
        {QStringLiteral("plan"), QStringLiteral("Premium")},
        {QStringLiteral("customer_since"), QStringLiteral("2019-04-02T00:00:00.000Z")},
        {QStringLiteral("order_count"), 37},
        {QStringLiteral("vip"), true},
        {QStringLiteral("crm_record"), QStringLiteral("https://crm.example.org/contacts/%1").arg(contactId)},
        // No definition: labelled from its key.
        {QStringLiteral("favourite_shop"), QStringLiteral("Aarhus")}};
}

} // namespace kontor::chatwoot::fake
