#include "core/MessageInteraction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kontor {

namespace {

struct TypeKey
{
    MessageInteraction::Type type;
    const char *key;
};
constexpr TypeKey kTypeKeys[] = {
    {MessageInteraction::Type::Options, "options"},
    {MessageInteraction::Type::Cards, "cards"},
    {MessageInteraction::Type::Form, "form"},
    {MessageInteraction::Type::Articles, "articles"},
    {MessageInteraction::Type::RatingSurvey, "rating_survey"},
    {MessageInteraction::Type::EmailRequest, "email_request"},
    {MessageInteraction::Type::Other, "other"},
};

QJsonArray linksToJson(const QList<MessageInteraction::Link> &links)
{
    QJsonArray array;
    for (const MessageInteraction::Link &link : links)
        array.append(QJsonObject{{QStringLiteral("title"), link.title}, {QStringLiteral("url"), link.url}});
    return array;
}

QList<MessageInteraction::Link> linksFromJson(const QJsonValue &value)
{
    QList<MessageInteraction::Link> links;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        links.append(
            {o.value(QLatin1StringView("title")).toString(), o.value(QLatin1StringView("url")).toString()});
    }
    return links;
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

} // namespace

bool MessageInteraction::answered() const
{
    switch (type) {
    case Type::Options:
        return !chosen.isEmpty();
    case Type::Form:
        for (const Field &field : fields) {
            if (!field.value.isEmpty())
                return true;
        }
        return false;
    case Type::RatingSurvey:
        return rating.has_value();
    case Type::EmailRequest:
        return !answer.isEmpty();
    case Type::Cards:
    case Type::Articles:
    case Type::Other:
        break;
    }
    return false;
}

QByteArray MessageInteraction::toJson() const
{
    QJsonObject o;
    for (const TypeKey &key : kTypeKeys) {
        if (key.type == type)
            o.insert(QStringLiteral("type"), QLatin1StringView(key.key));
    }
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    if (!options.isEmpty())
        o.insert(QStringLiteral("options"), QJsonArray::fromStringList(options));
    if (!chosen.isEmpty())
        o.insert(QStringLiteral("chosen"), QJsonArray::fromStringList(chosen));
    if (!cards.isEmpty()) {
        QJsonArray array;
        for (const Card &card : cards)
            array.append(QJsonObject{{QStringLiteral("title"), card.title},
                                     {QStringLiteral("description"), card.description},
                                     {QStringLiteral("links"), linksToJson(card.links)}});
        o.insert(QStringLiteral("cards"), array);
    }
    if (!fields.isEmpty()) {
        QJsonArray array;
        for (const Field &field : fields)
            array.append(
                QJsonObject{{QStringLiteral("label"), field.label}, {QStringLiteral("value"), field.value}});
        o.insert(QStringLiteral("fields"), array);
    }
    if (!articles.isEmpty())
        o.insert(QStringLiteral("articles"), linksToJson(articles));
    if (rating)
        o.insert(QStringLiteral("rating"), *rating);
    if (!answer.isEmpty())
        o.insert(QStringLiteral("answer"), answer);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<MessageInteraction> MessageInteraction::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    const QString typeKey = o.value(QLatin1StringView("type")).toString();
    if (typeKey.isEmpty())
        return std::nullopt;
    MessageInteraction interaction;
    interaction.name = o.value(QLatin1StringView("name")).toString();
    for (const TypeKey &key : kTypeKeys) {
        if (typeKey == QLatin1StringView(key.key))
            interaction.type = key.type;
    }
    if (interaction.type == Type::Other && interaction.name.isEmpty())
        interaction.name = typeKey;
    interaction.options = stringsFromJson(o.value(QLatin1StringView("options")));
    interaction.chosen = stringsFromJson(o.value(QLatin1StringView("chosen")));
    for (const QJsonValue &item : o.value(QLatin1StringView("cards")).toArray()) {
        const QJsonObject card = item.toObject();
        interaction.cards.append({card.value(QLatin1StringView("title")).toString(),
                                  card.value(QLatin1StringView("description")).toString(),
                                  linksFromJson(card.value(QLatin1StringView("links")))});
    }
    for (const QJsonValue &item : o.value(QLatin1StringView("fields")).toArray()) {
        const QJsonObject field = item.toObject();
        interaction.fields.append({field.value(QLatin1StringView("label")).toString(),
                                   field.value(QLatin1StringView("value")).toString()});
    }
    interaction.articles = linksFromJson(o.value(QLatin1StringView("articles")));
    if (o.value(QLatin1StringView("rating")).isDouble())
        interaction.rating = o.value(QLatin1StringView("rating")).toInt();
    interaction.answer = o.value(QLatin1StringView("answer")).toString();
    return interaction;
}

} // namespace kontor
