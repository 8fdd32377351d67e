#include "connectors/chatwoot/realtime/CableFrame.h"

#include "connectors/chatwoot/api/JsonRead.h"

namespace kontor::chatwoot {

CableFrame readCableFrame(const QString &text)
{
    CableFrame frame;
    const ParsedJson parsed = parseJson(text.toUtf8());
    if (!parsed.ok() || !parsed.document.isObject())
        return frame;
    const QJsonObject object = parsed.document.object();
    const QString type = readString(object.value(QLatin1StringView("type")));
    if (type == QLatin1StringView("welcome")) {
        frame.kind = CableFrame::Kind::Welcome;
    } else if (type == QLatin1StringView("ping")) {
        frame.kind = CableFrame::Kind::Ping;
    } else if (type == QLatin1StringView("confirm_subscription")) {
        frame.kind = CableFrame::Kind::SubscriptionConfirmed;
    } else if (type == QLatin1StringView("reject_subscription")) {
        frame.kind = CableFrame::Kind::SubscriptionRejected;
    } else if (type == QLatin1StringView("disconnect")) {
        frame.kind = CableFrame::Kind::Disconnect;
        frame.disconnectReason = readString(object.value(QLatin1StringView("reason")));
    } else {
        const QJsonObject message = object.value(QLatin1StringView("message")).toObject();
        const QString event = readString(message.value(QLatin1StringView("event")));
        const QJsonValue data = message.value(QLatin1StringView("data"));
        if (event.isEmpty() || !data.isObject()) {
            frame.kind = CableFrame::Kind::Incomplete;
        } else {
            frame.kind = CableFrame::Kind::Event;
            frame.event = event;
            frame.data = data.toObject();
        }
    }
    return frame;
}

} // namespace kontor::chatwoot
