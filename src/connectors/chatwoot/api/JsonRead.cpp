#include "connectors/chatwoot/api/JsonRead.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <cmath>

namespace kontor::chatwoot {

namespace {

// Unix seconds beyond this are read as milliseconds: 1e11 seconds is the year 5138.
constexpr double kMillisThreshold = 1e11;

std::optional<UtcMillis> fromNumber(double number)
{
    if (!std::isfinite(number) || number <= 0)
        return std::nullopt;
    const double millis = number >= kMillisThreshold ? number : number * 1000.0;
    // A fraction of a millisecond after 1970, or past any year a backend writes, is no time at all (and
    // past 2^63 it would not even round).
    if (millis < 1.0 || millis > 1.0e15)
        return std::nullopt;
    return UtcMillis(std::llround(millis));
}

} // namespace

std::optional<UtcMillis> readTimestamp(const QJsonValue &value)
{
    if (value.isDouble())
        return fromNumber(value.toDouble());
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool numeric = false;
    const double number = text.toDouble(&numeric);
    if (numeric)
        return fromNumber(number);
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime && !text.endsWith(u'Z') && !text.contains(u'+'))
        parsed.setTimeZone(QTimeZone::UTC); // Rails writes UTC; a bare time is read as UTC, not local time
    const UtcMillis millis = parsed.toMSecsSinceEpoch();
    return millis > 0 ? std::optional<UtcMillis>(millis) : std::nullopt;
}

QString readId(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || number != std::floor(number) || std::fabs(number) > 9.0e15)
            return {};
        return QString::number(qint64(number));
    }
    if (value.isString())
        return value.toString().trimmed();
    return {};
}

qint64 readIdNumber(const QJsonValue &value)
{
    bool ok = false;
    const qint64 number = readId(value).toLongLong(&ok);
    return ok ? number : 0;
}

QString readString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return readId(value).isEmpty() ? QString::number(value.toDouble()) : readId(value);
    return {};
}

qint64 readInteger(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Past ±2^63 the conversion is undefined: such a count is no count.
        return std::isfinite(number) && std::fabs(number) < 9.2e18 ? qint64(number) : fallback;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        return ok ? number : fallback;
    }
    return fallback;
}

bool readBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString())
        return value.toString() == QLatin1StringView("true");
    return false;
}

ParsedJson parseJson(const QByteArray &body)
{
    ParsedJson result;
    if (body.trimmed().isEmpty()) {
        result.error = QCoreApplication::translate("ChatwootConnector", "The server sent an empty response.");
        return result;
    }
    // Rails' `render json: nil` (an unassignment, a team that is gone): a well-formed answer with nothing in
    // it.
    if (body.trimmed() == "null")
        return result;
    QJsonParseError error;
    result.document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.document = {};
        result.error = QCoreApplication::translate("ChatwootConnector",
                                                   "The server sent malformed data (%1 at byte %2).")
                           .arg(error.errorString())
                           .arg(error.offset);
    }
    return result;
}

QJsonArray payloadArray(const QJsonDocument &document)
{
    if (document.isArray())
        return document.array();
    const QJsonObject top = document.object();
    if (top.value(QLatin1StringView("payload")).isArray())
        return top.value(QLatin1StringView("payload")).toArray();
    const QJsonValue data = top.value(QLatin1StringView("data"));
    if (data.isArray())
        return data.toArray();
    if (data.toObject().value(QLatin1StringView("payload")).isArray())
        return data.toObject().value(QLatin1StringView("payload")).toArray();
    return {};
}

QJsonObject payloadObject(const QJsonDocument &document)
{
    const QJsonObject top = document.object();
    if (top.value(QLatin1StringView("payload")).isObject())
        return top.value(QLatin1StringView("payload")).toObject();
    if (top.value(QLatin1StringView("data")).isObject())
        return top.value(QLatin1StringView("data")).toObject();
    return top;
}

} // namespace kontor::chatwoot
