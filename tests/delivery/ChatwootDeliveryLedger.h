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
    // contact's conversations made after the request before it — unless that one was turned away with a 4xx
    // answer the client received (429, say), which tells it that nothing was done. Nothing went out twice
    // while the client could not know what became of the first.
    bool checkedBeforeEveryResend(const QString &uuid) const
    {
        const QByteArray key = keyOf(uuid).toUtf8();
        static const QRegularExpression look(
            QStringLiteral("/conversations/\\d+/messages$|/contacts/\\d+/conversations$"));
        bool mayHaveLanded = false;
        QString sentTo;
        const QList<chatwoot::fake::HttpRequest> &requests = fake_.requests();
        for (qsizetype i = 0; i < requests.size(); ++i) {
            const auto &request = requests[i];
            // A look at where it was sent: the same conversation's messages, or (for a new conversation) the
            // contact's conversations.
            if (request.method == "GET" && look.match(request.path).hasMatch() &&
                (request.path == sentTo || !sentTo.endsWith(QLatin1StringView("/messages"))))
                mayHaveLanded = false;
            if (request.method != "POST" || !request.body.contains(key))
                continue;
            sentTo = request.path;
            if (mayHaveLanded)
                return false;
            const int status = fake_.answers().value(i);
            mayHaveLanded = !(status >= 400 && status < 500);
            if (status >= 200 && status < 300)
                mayHaveLanded = true; // it landed: any later send must come after a look that found it
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
