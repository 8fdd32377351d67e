#include "connectors/chatwoot/api/ChatwootJob.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkRequest>
#include <QTimer>

namespace kontor::chatwoot {

QString describeFailure(JobStatus status, int httpStatus, const QString &serverMessage)
{
    switch (status) {
    case JobStatus::Succeeded:
        return {};
    case JobStatus::Unauthorized:
        return QCoreApplication::translate("ChatwootConnector",
                                           "Chatwoot did not accept the sign-in; please sign in again.");
    case JobStatus::Forbidden:
        return QCoreApplication::translate("ChatwootConnector", "Your Chatwoot role does not allow this.");
    case JobStatus::NotFound:
        return QCoreApplication::translate("ChatwootConnector",
                                           "Chatwoot no longer has this item; it may have been deleted.");
    case JobStatus::Rejected:
        return serverMessage.isEmpty()
                   ? QCoreApplication::translate("ChatwootConnector", "Chatwoot refused the change.")
                   : QCoreApplication::translate("ChatwootConnector", "Chatwoot refused the change: %1")
                         .arg(serverMessage);
    case JobStatus::RateLimited:
        return QCoreApplication::translate("ChatwootConnector",
                                           "Chatwoot asks to slow down; trying again shortly.");
    case JobStatus::ServerError:
        return QCoreApplication::translate("ChatwootConnector",
                                           "Chatwoot had a server error (HTTP %1); trying again later.")
            .arg(httpStatus);
    case JobStatus::OtherHttpError:
        return QCoreApplication::translate("ChatwootConnector", "Chatwoot answered with HTTP %1.")
            .arg(httpStatus);
    case JobStatus::Timeout:
        return QCoreApplication::translate("ChatwootConnector", "Chatwoot did not answer in time.");
    case JobStatus::HostNotFound:
        return QCoreApplication::translate("ChatwootConnector",
                                           "The server address could not be found. Check the URL.");
    case JobStatus::ConnectionRefused:
        return QCoreApplication::translate("ChatwootConnector",
                                           "The server refused the connection. Check the URL and the port.");
    case JobStatus::NetworkError:
        return QCoreApplication::translate("ChatwootConnector", "The connection to Chatwoot broke off.");
    case JobStatus::TlsError:
        return QCoreApplication::translate(
            "ChatwootConnector",
            "The server's certificate could not be verified, so the connection was not made.");
    case JobStatus::MalformedResponse:
        return QCoreApplication::translate("ChatwootConnector", "Chatwoot sent data that could not be read.");
    case JobStatus::Aborted:
        return QCoreApplication::translate("ChatwootConnector", "The request was cancelled.");
    }
    return {};
}

QString serverMessageIn(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const QLatin1StringView key : {QLatin1StringView("message"), QLatin1StringView("error")}) {
        if (object.value(key).isString())
            return object.value(key).toString().left(300);
    }
    const QJsonValue errors = object.value(QLatin1StringView("errors"));
    if (errors.isArray() && !errors.toArray().isEmpty())
        return readString(errors.toArray().first()).left(300);
    if (errors.isString())
        return errors.toString().left(300);
    return {};
}

void ChatwootJob::start(QNetworkAccessManager &network, const Endpoint &endpoint)
{
    if (authenticated_) {
        if (endpoint.accessToken.isEmpty()) {
            failSoon({JobStatus::Unauthorized, 0, describeFailure(JobStatus::Unauthorized, 0), 0});
            return;
        }
        accessToken_ = endpoint.accessToken.toUtf8();
    }
    startAt(network, endpoint.url(path(), query()));
}

void ChatwootJob::addHeaders(QNetworkRequest &request) const
{
    if (!accessToken_.isEmpty())
        request.setRawHeader("api_access_token", accessToken_);
}

QString ChatwootJob::readBody(const QByteArray &body, int httpStatus)
{
    QJsonDocument document;
    if (expectsBody() || !body.trimmed().isEmpty()) {
        const ParsedJson parsed = parseJson(body);
        if (!parsed.ok())
            return parsed.error;
        document = parsed.document;
    }
    return read(document, httpStatus);
}

QString ChatwootJob::serverMessage(const QByteArray &body) const
{
    return serverMessageIn(body);
}

QString ChatwootJob::describe(const Failure &failure) const
{
    switch (failure.kind) {
    case Failure::Kind::Status:
        break;
    case Failure::Kind::AnswerTooLarge:
        return tr("Chatwoot sent an answer larger than %1; it was not read.")
            .arg(QLocale().formattedDataSize(failure.maxBytes));
    case Failure::Kind::RedirectElsewhere:
        return tr("The Chatwoot server sent Kontor to another address (%1). Kontor does not send "
                  "your sign-in there; if that is your server, use that address instead.")
            .arg(failure.otherOrigin);
    case Failure::Kind::TooManyRedirects:
        return tr("The Chatwoot server redirected the request more often than Kontor follows.");
    case Failure::Kind::FileUnreadable:
        return tr("An attached file could not be read.");
    }
    return describeFailure(failure.status, failure.httpStatus, failure.serverMessage);
}

} // namespace kontor::chatwoot
