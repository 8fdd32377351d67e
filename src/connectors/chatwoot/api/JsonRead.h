#pragma once

#include "core/Time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace kontor::chatwoot {

// Chatwoot's JSON is not uniform: most timestamps are integer unix seconds, a conversation's updated_at is
// float seconds, snoozed_until and websocket updated_at are ISO-8601 strings, and ids are numbers that may
// one day arrive as strings. These readers accept every form seen and never throw; what cannot be read comes
// back empty, so one odd field costs that field, not the record.

// Integer or float unix seconds, numeric strings, ISO-8601 with or without fraction and offset. Values that
// only make sense as milliseconds (above year 5000 as seconds) are read as milliseconds. 0 and negative
// numbers are "never" (Chatwoot writes 0 for a missing first reply or waiting time).
std::optional<UtcMillis> readTimestamp(const QJsonValue &value);

// An id as text: 42, 42.0 and "42" all give "42"; null, objects and fractions give an empty string.
QString readId(const QJsonValue &value);
// An integer id; 0 when there is none.
qint64 readIdNumber(const QJsonValue &value);
// A string; numbers are written out, null and other types give an empty string.
QString readString(const QJsonValue &value);
// An integer from a number or a numeric string; fallback otherwise.
qint64 readInteger(const QJsonValue &value, qint64 fallback = 0);
// true, "true", 1; false for everything else.
bool readBool(const QJsonValue &value);

// The outcome of reading a response body.
struct ParsedJson
{
    QJsonDocument document;
    QString error; // empty when the body was well-formed JSON; never contains the body itself
    bool ok() const { return error.isEmpty(); }
};

// Parses a response body: an empty, malformed or truncated body gives an error naming the offset, never a
// crash and never a half-read document. A bare `null` is well-formed and gives an empty document.
ParsedJson parseJson(const QByteArray &body);

// The list a response carries: the array itself, or the array under "payload", or under "data.payload" (the
// conversation list), or under "data" (sign in).
QJsonArray payloadArray(const QJsonDocument &document);
// The object a response carries: the object under "payload" or "data" when there is one, else the top object.
QJsonObject payloadObject(const QJsonDocument &document);

} // namespace kontor::chatwoot
