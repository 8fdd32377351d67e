#pragma once

#include "connectors/chatwoot/api/ChatwootJob.h"

#include <QList>

namespace kontor::chatwoot {

// One Chatwoot account the user belongs to.
struct AccountMembership
{
    qint64 id = 0;
    QString name;
    QString role; // "agent" or "administrator"
    QString availability;
};

// The signed-in user, as /api/v1/profile and /auth/sign_in describe them.
struct Profile
{
    qint64 userId = 0;
    QString name;
    QString email;
    QString accessToken; // kept only until it is in the keychain
    QString pubsubToken; // names the user's realtime stream
    QList<AccountMembership> accounts;

    const AccountMembership *membership(qint64 accountId) const;
    bool isAdministrator(qint64 accountId) const;
};

Profile readProfile(const QJsonObject &object);

// GET /api/v1/profile: checks the token and tells who it belongs to.
class ProfileJob : public ChatwootJob
{
    Q_OBJECT
public:
    explicit ProfileJob(QObject *parent = nullptr);
    const Profile &profile() const { return profile_; }

protected:
    QString read(const QJsonDocument &document, int httpStatus) override;

private:
    Profile profile_;
};

// POST /auth/sign_in with email and password, or with the MFA token and a one-time or backup code. Chatwoot
// answers 206 {mfa_required, mfa_token} when the account has two-factor authentication on; the second call
// completes the sign-in. The password is sent once and never kept.
class SignInJob : public ChatwootJob
{
    Q_OBJECT
public:
    static SignInJob *withPassword(const QString &email, const QString &password);
    static SignInJob *withOneTimeCode(const QString &mfaToken, const QString &code);
    static SignInJob *withBackupCode(const QString &mfaToken, const QString &code);

    bool mfaRequired() const { return mfaRequired_; }
    const QString &mfaToken() const { return mfaToken_; }
    const Profile &profile() const { return profile_; }

protected:
    QString read(const QJsonDocument &document, int httpStatus) override;

private:
    explicit SignInJob(const QJsonObject &body);

    bool mfaRequired_ = false;
    QString mfaToken_;
    Profile profile_;
};

} // namespace kontor::chatwoot
