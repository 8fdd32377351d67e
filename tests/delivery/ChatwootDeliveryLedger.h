#pragma once

#include "fake/FakeChatwoot.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace kontor::testing {

// What the client sent to the fake Chatwoot, counted per delivery key from the request log: the fake carries
// out every request it gets, a repeat too, so these counts are the client's behaviour, not the server's.
class ChatwootDeliveryLedger
{
public:
    explicit ChatwootDeliveryLedger(const chatwoot::fake::FakeChatwoot &fake)
        : fake_(fake)
    {}

    static QString keyOf(const QString &uuid) { return QStringLiteral("kontor:") + uuid; }

    // Requests that carried the entry's key (as JSON or as a multipart field).
    int postsCarrying(const QString &uuid) const
    {
        int posts = 0;
        for (const auto &request : fake_.requests())
            posts += request.method == "POST" && request.body.contains(keyOf(uuid).toUtf8());
        return posts;
    }

    // Every second or later request with the key came after a look at the conversation (its messages) or the
    // contact's conversations, made after the request before it: nothing went out twice unchecked.
    bool checkedBeforeEveryResend(const QString &uuid) const
    {
        const QByteArray key = keyOf(uuid).toUtf8();
        static const QRegularExpression look(
            QStringLiteral("/conversations/\\d+/messages$|/contacts/\\d+/conversations$"));
        bool sentBefore = false;
        bool lookedSince = false;
        for (const auto &request : fake_.requests()) {
            if (request.method == "GET" && look.match(request.path).hasMatch())
                lookedSince = true;
            if (request.method != "POST" || !request.body.contains(key))
                continue;
            if (sentBefore && !lookedSince)
                return false;
            sentBefore = true;
            lookedSince = false;
        }
        return true;
    }

    // Messages at the server that carry the key.
    int messagesCarrying(const QString &uuid) const
    {
        int copies = 0;
        for (qint64 id : fake_.conversationIds()) {
            for (const QJsonValue &m : fake_.messagesOf(id))
                copies += m.toObject().value(QLatin1StringView("source_id")).toString() == keyOf(uuid);
        }
        return copies;
    }

    // Conversations at the server started with the key.
    int conversationsCarrying(const QString &uuid) const
    {
        int copies = 0;
        for (qint64 id : fake_.conversationIds()) {
            const QJsonObject attributes =
                fake_.conversation(id).value(QLatin1StringView("additional_attributes")).toObject();
            copies += attributes.value(QLatin1StringView("kontor_delivery_key")).toString() == keyOf(uuid);
        }
        return copies;
    }

private:
    const chatwoot::fake::FakeChatwoot &fake_;
};

} // namespace kontor::testing
