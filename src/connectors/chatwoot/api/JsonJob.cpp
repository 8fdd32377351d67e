#include "connectors/chatwoot/api/JsonJob.h"

#include <QCoreApplication>

namespace kontor::chatwoot {

namespace {
bool hasList(const QJsonDocument &document)
{
    if (document.isArray())
        return true;
    const QJsonObject top = document.object();
    const QJsonValue data = top.value(QLatin1StringView("data"));
    return top.value(QLatin1StringView("payload")).isArray() || data.isArray() ||
           data.toObject().value(QLatin1StringView("payload")).isArray();
}
} // namespace

JsonJob::JsonJob(Method method, QString path, Shape shape, QObject *parent)
    : ChatwootJob(method, std::move(path), parent)
    , shape_(shape)
{}

QJsonObject JsonJob::meta() const
{
    const QJsonObject top = document_.object();
    if (top.value(QLatin1StringView("meta")).isObject())
        return top.value(QLatin1StringView("meta")).toObject();
    return top.value(QLatin1StringView("data")).toObject().value(QLatin1StringView("meta")).toObject();
}

QString JsonJob::read(const QJsonDocument &document, int)
{
    document_ = document;
    if (shape_ == Shape::List && !hasList(document))
        return QCoreApplication::translate("ChatwootConnector", "Chatwoot sent something other than the "
                                                                "expected list.");
    if (shape_ == Shape::Object && !document.isObject())
        return QCoreApplication::translate("ChatwootConnector", "Chatwoot sent something other than the "
                                                                "expected record.");
    return {};
}

} // namespace kontor::chatwoot
