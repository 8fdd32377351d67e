#pragma once

#include "connectors/chatwoot/api/ChatwootClient.h"
#include "connectors/chatwoot/api/ProfileJobs.h"
#include "connectors/chatwoot/setup/ChatwootAccount.h"
#include "net/ServerAddressPolicy.h"

#include <QNetworkAccessManager>

namespace kontor {
class SecretStore;
}

namespace kontor::chatwoot {

// The steps of adding a Chatwoot account, without any widgets (the dialog drives it, tests drive it alone):
//  1. sign in — with email and password (then, when the account has two-factor authentication on, a one-time
//     or backup code), or with an access token from the profile page;
//  2. choose one of the user's accounts (signedIn() lists them);
//  3. test the connection to that account;
//  4. save: the access token goes into the SecretStore (the OS keychain) and nowhere else; saved() gives the
//     account's settings (server, ids, names) for the caller to keep.
// Only https servers are accepted, so that the password and the token never cross a network in clear text;
// http only to this computer (a development server), which the dialog points out (transportFor()).
// Every failure says what to fix: a malformed or unreachable address, an http address, a server that is not
// Chatwoot, a certificate that cannot be verified, wrong credentials, a wrong code, too many attempts.
class ChatwootSignIn : public QObject
{
    Q_OBJECT
public:
    explicit ChatwootSignIn(QObject *parent = nullptr);

    QNetworkAccessManager &network() { return network_; }
    bool isBusy() const { return client_.runningJobs() > 0; }

    void signInWithPassword(const QString &serverAddress, const QString &email, const QString &password);
    void submitOneTimeCode(const QString &code);
    void submitBackupCode(const QString &code);
    void signInWithToken(const QString &serverAddress, const QString &token);
    void testConnection(qint64 accountId);
    void save(qint64 accountId, SecretStore &secrets);
    void cancel();

    // How the address as typed would be reached (Unsupported when it is no address at all).
    static net::ServerTransport transportFor(const QString &serverAddress);

    const Profile &profile() const { return profile_; }
    const QUrl &server() const { return server_; }
    ChatwootAccount accountFor(qint64 accountId) const;

Q_SIGNALS:
    void mfaRequired();
    void signedIn(const kontor::chatwoot::Profile &profile);
    void connectionTested(bool ok, const QString &message);
    void saved(const kontor::chatwoot::ChatwootAccount &account);
    void failed(const QString &message);

private:
    bool useServer(const QString &serverAddress);
    void finishSignIn(SignInJob &job, bool withCode);
    QString explain(const JobError &error, const QString &unauthorized) const;

    QNetworkAccessManager network_;
    ChatwootClient client_;
    QUrl server_;
    QString mfaToken_;
    Profile profile_;
    QString token_;
};

} // namespace kontor::chatwoot
