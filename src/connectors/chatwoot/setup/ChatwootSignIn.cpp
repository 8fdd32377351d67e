#include "connectors/chatwoot/setup/ChatwootSignIn.h"

#include "connectors/chatwoot/api/DirectoryJobs.h"
#include "connectors/chatwoot/api/Endpoint.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace kontor::chatwoot {

ChatwootSignIn::ChatwootSignIn(QObject *parent)
    : QObject(parent)
    , client_(network_, this)
{
    network_.setStrictTransportSecurityEnabled(true);
}

net::ServerTransport ChatwootSignIn::transportFor(const QString &serverAddress)
{
    const QUrl server = normalizeServerUrl(serverAddress);
    return server.isEmpty() ? net::ServerTransport::Unsupported : net::serverTransportOf(server);
}

bool ChatwootSignIn::useServer(const QString &serverAddress)
{
    cancel();
    server_ = normalizeServerUrl(serverAddress);
    if (server_.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(
                tr("Enter the address of your Chatwoot server, for example https://chat.example.com."));
        });
        return false;
    }
    if (net::serverTransportOf(server_) == net::ServerTransport::Cleartext) {
        server_.clear();
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(
                tr("Kontor connects to Chatwoot only over https://, so that your password and token "
                   "cannot be read on the way. Enter the https:// address of your server."));
        });
        return false;
    }
    client_.setEndpoint({server_, 0, {}});
    return true;
}

QString ChatwootSignIn::explain(const JobError &error, const QString &unauthorized) const
{
    // A redirect that was not followed explains itself (where it pointed, and why the sign-in did not go
    // along).
    if (error.httpStatus >= 300 && error.httpStatus < 400)
        return error.message;
    switch (error.status) {
    case JobStatus::Unauthorized:
        return unauthorized;
    case JobStatus::NotFound:
    case JobStatus::MalformedResponse:
    case JobStatus::OtherHttpError:
        return tr("No Chatwoot server answers at %1. Check the address.").arg(server_.toDisplayString());
    case JobStatus::RateLimited:
        return tr("Too many sign-in attempts. Wait a few minutes and try again.");
    default:
        return error.message;
    }
}

void ChatwootSignIn::signInWithPassword(const QString &serverAddress, const QString &email,
                                        const QString &password)
{
    if (!useServer(serverAddress))
        return;
    client_.send<SignInJob>(SignInJob::withPassword(email, password), this,
                            [this](SignInJob &job) { finishSignIn(job, false); });
}

void ChatwootSignIn::submitOneTimeCode(const QString &code)
{
    client_.send<SignInJob>(SignInJob::withOneTimeCode(mfaToken_, code), this,
                            [this](SignInJob &job) { finishSignIn(job, true); });
}

void ChatwootSignIn::submitBackupCode(const QString &code)
{
    client_.send<SignInJob>(SignInJob::withBackupCode(mfaToken_, code), this,
                            [this](SignInJob &job) { finishSignIn(job, true); });
}

void ChatwootSignIn::finishSignIn(SignInJob &job, bool withCode)
{
    if (!job.succeeded()) {
        Q_EMIT failed(explain(job.error(), withCode ? tr("The code was not accepted. Try the current one.")
                                                    : tr("The email address or the password is wrong.")));
        return;
    }
    if (job.mfaRequired()) {
        mfaToken_ = job.mfaToken();
        Q_EMIT mfaRequired();
        return;
    }
    // Only the access token is kept (then in the keychain); the session headers of the sign-in are not used.
    mfaToken_.clear();
    profile_ = job.profile();
    token_ = profile_.accessToken;
    Q_EMIT signedIn(profile_);
}

void ChatwootSignIn::signInWithToken(const QString &serverAddress, const QString &token)
{
    if (!useServer(serverAddress))
        return;
    token_ = token.trimmed();
    if (token_.isEmpty()) {
        QTimer::singleShot(
            0, this, [this] { Q_EMIT failed(tr("Enter the access token from your Chatwoot profile.")); });
        return;
    }
    client_.setEndpoint({server_, 0, token_});
    client_.send<ProfileJob>(new ProfileJob(), this, [this](ProfileJob &job) {
        if (!job.succeeded()) {
            Q_EMIT failed(explain(job.error(), tr("The access token was not accepted.")));
            return;
        }
        profile_ = job.profile();
        profile_.accessToken = token_;
        Q_EMIT signedIn(profile_);
    });
}

void ChatwootSignIn::testConnection(qint64 accountId)
{
    const Endpoint endpoint{server_, accountId, token_};
    client_.setEndpoint(endpoint);
    client_.send<ProfileJob>(new ProfileJob(), this, [this, endpoint, accountId](ProfileJob &profile) {
        if (!profile.succeeded()) {
            Q_EMIT connectionTested(false,
                                    explain(profile.error(), tr("The access token was not accepted.")));
            return;
        }
        if (!profile.profile().membership(accountId)) {
            Q_EMIT connectionTested(false, tr("This user does not belong to the chosen account."));
            return;
        }
        client_.send<InboxesJob>(new InboxesJob(endpoint), this, [this, accountId](InboxesJob &inboxes) {
            if (!inboxes.succeeded()) {
                Q_EMIT connectionTested(false,
                                        explain(inboxes.error(), tr("The access token was not accepted.")));
                return;
            }
            const AccountMembership *account = profile_.membership(accountId);
            Q_EMIT connectionTested(
                true, tr("Connected as %1 to %2, with %n inbox(es).", nullptr, int(inboxes.items().size()))
                          .arg(profile_.name, account ? account->name : QString::number(accountId)));
        });
    });
}

ChatwootAccount ChatwootSignIn::accountFor(qint64 accountId) const
{
    ChatwootAccount account;
    account.server = server_;
    account.accountId = accountId;
    if (const AccountMembership *membership = profile_.membership(accountId))
        account.accountName = membership->name;
    account.userId = profile_.userId;
    account.userName = profile_.name;
    return account;
}

void ChatwootSignIn::save(qint64 accountId, SecretStore &secrets)
{
    const ChatwootAccount account = accountFor(accountId);
    if (!account.isValid() || token_.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(tr("Sign in before saving the account.")); });
        return;
    }
    // The keychain may answer after the dialog that asked was closed.
    secrets.write(account.secretKey(), token_, [this, self = QPointer(this), account](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            Q_EMIT failed(tr("The sign-in could not be kept safe: %1").arg(error));
            return;
        }
        Q_EMIT saved(account);
    });
}

void ChatwootSignIn::cancel()
{
    client_.abortAll();
}

} // namespace kontor::chatwoot
