#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace kontor {

// Reads the fields of one JSON object strictly: a missing field or one of the wrong type is an error, named
// by its path, and the first error is kept (reads after it return empty values). The state file is read
// through it, so a damaged file is refused with a precise reason instead of turning into a half-empty world.
class DemoJsonReader
{
public:
    DemoJsonReader(const QJsonObject &object, QString path, QString *error);

    QString string(const char *key);
    qint64 integer(const char *key);
    double number(const char *key);
    bool boolean(const char *key);
    std::optional<qint64> optionalInteger(const char *key); // null or absent: nullopt
    QStringList strings(const char *key);
    QJsonArray array(const char *key);
    QJsonObject object(const char *key);
    // For fields added after state files were first written, which older files lack.
    bool has(const char *key) const;

    // A reader for a nested object, reporting into the same error.
    DemoJsonReader nested(const QJsonObject &object, const QString &name) const;
    QString path() const { return m_path; }
    bool ok() const { return m_error->isEmpty(); }
    void fail(const QString &what, const char *key = nullptr);

private:
    QJsonValue field(const char *key, QJsonValue::Type type);

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

QJsonValue optionalToJson(const std::optional<qint64> &value);

} // namespace kontor
