#pragma once

#include "connectors/chatwoot/api/ChatwootJob.h"

namespace kontor::chatwoot {

// A request whose answer is kept as parsed JSON for the caller to map into records. Subclasses name the
// request and say which shape the answer must have; a list answer that is not a list fails the job as
// MalformedResponse (a skipped page, never a crash).
class JsonJob : public ChatwootJob
{
    Q_OBJECT
public:
    enum class Shape
    {
        Any,
        List,   // an array, bare or under payload / data / data.payload
        Object, // an object
    };

    JsonJob(Method method, QString path, Shape shape, QObject *parent = nullptr);

    const QJsonDocument &document() const { return document_; }
    QJsonArray items() const { return payloadArray(document_); }
    QJsonObject object() const { return payloadObject(document_); }
    // "meta" of the top object, or of "data" (the conversation list).
    QJsonObject meta() const;

protected:
    // An answer of no particular shape may be empty (Chatwoot answers some actions with "head :ok").
    bool expectsBody() const override { return shape_ != Shape::Any; }
    QString read(const QJsonDocument &document, int httpStatus) override;

private:
    Shape shape_;
    QJsonDocument document_;
};

} // namespace kontor::chatwoot
