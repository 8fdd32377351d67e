#pragma once

#include "connectors/chatwoot/api/Endpoint.h"
#include "connectors/chatwoot/api/JobError.h"
#include "connectors/chatwoot/api/JsonRead.h"
#include "net/RestJob.h"

#include <QJsonObject>

namespace kontor::chatwoot {

// One request to Chatwoot's REST API (the kit's RestJob, src/net): sent with the api_access_token header,
// its answer read as JSON (a body that is not the expected JSON fails as MalformedResponse), its failures
// described in Chatwoot's name. Each request kind is a subclass that names its method and path and reads
// its own response.
class ChatwootJob : public net::RestJob
{
    Q_OBJECT
public:
    using RestJob::RestJob;

    // Sends the request; finished() follows asynchronously, also for failures found before sending.
    void start(QNetworkAccessManager &network, const Endpoint &endpoint);

protected:
    // Sign-in sends no token.
    void setAuthenticated(bool authenticated) { authenticated_ = authenticated; }
    // Whether a successful answer must carry JSON; one that needs none may be empty.
    virtual bool expectsBody() const { return true; }
    // Reads a successful response. Returns an empty string when the body was usable, else what was wrong
    // with it (translated) — the job then fails with MalformedResponse.
    virtual QString read(const QJsonDocument &document, int httpStatus) = 0;

    void addHeaders(QNetworkRequest &request) const override;
    QString readBody(const QByteArray &body, int httpStatus) override;
    QString describe(const Failure &failure) const override;
    QString serverMessage(const QByteArray &body) const override;

private:
    bool authenticated_ = true;
    QByteArray accessToken_;
};

// The agent-facing sentence for a failed request. serverMessage is Chatwoot's own reason (422), if any.
QString describeFailure(JobStatus status, int httpStatus, const QString &serverMessage = {});

// Chatwoot's reason in an error body: "message", "error", or the first of "errors".
QString serverMessageIn(const QByteArray &body);

} // namespace kontor::chatwoot
