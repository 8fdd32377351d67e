#include "connectors/demo/backend/DemoJsonReader.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace kontor {

DemoJsonReader::DemoJsonReader(const QJsonObject &object, QString path, QString *error)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(error)
{}

void DemoJsonReader::fail(const QString &what, const char *key)
{
    if (!m_error->isEmpty())
        return;
    QString where = m_path;
    if (key)
        where += (where.isEmpty() ? QString() : u"."_s) + QString::fromLatin1(key);
    *m_error = where.isEmpty() ? what : where + u": "_s + what;
}

QJsonValue DemoJsonReader::field(const char *key, QJsonValue::Type type)
{
    if (!ok())
        return {};
    const QJsonValue value = m_object.value(QLatin1StringView(key));
    if (value.isUndefined()) {
        fail(u"missing"_s, key);
        return {};
    }
    if (value.type() != type) {
        fail(u"wrong type"_s, key);
        return {};
    }
    return value;
}

QString DemoJsonReader::string(const char *key)
{
    return field(key, QJsonValue::String).toString();
}

qint64 DemoJsonReader::integer(const char *key)
{
    const QJsonValue value = field(key, QJsonValue::Double);
    const double number = value.toDouble();
    // Past ±2^63 the conversion to qint64 is undefined: such a number is no integer of the file.
    const bool inRange = std::isfinite(number) && std::fabs(number) < 9.2e18;
    if (ok() && (!inRange || number != double(qint64(number)))) {
        fail(u"not an integer"_s, key);
        return 0;
    }
    return value.toInteger();
}

double DemoJsonReader::number(const char *key)
{
    return field(key, QJsonValue::Double).toDouble();
}

bool DemoJsonReader::boolean(const char *key)
{
    return field(key, QJsonValue::Bool).toBool();
}

std::optional<qint64> DemoJsonReader::optionalInteger(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1StringView(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return integer(key);
}

QStringList DemoJsonReader::strings(const char *key)
{
    QStringList result;
    const QJsonArray items = array(key);
    for (const QJsonValue &item : items) {
        if (!item.isString()) {
            fail(u"contains a non-string"_s, key);
            return {};
        }
        result.append(item.toString());
    }
    return result;
}

QJsonArray DemoJsonReader::array(const char *key)
{
    return field(key, QJsonValue::Array).toArray();
}

QJsonObject DemoJsonReader::object(const char *key)
{
    return field(key, QJsonValue::Object).toObject();
}

bool DemoJsonReader::has(const char *key) const
{
    return m_object.contains(QLatin1StringView(key));
}

DemoJsonReader DemoJsonReader::nested(const QJsonObject &object, const QString &name) const
{
    return DemoJsonReader(object, m_path.isEmpty() ? name : m_path + u'.' + name, m_error);
}

QJsonValue optionalToJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace kontor
