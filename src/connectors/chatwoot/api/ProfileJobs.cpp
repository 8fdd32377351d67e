#include "connectors/chatwoot/api/ProfileJobs.h"

#include <QCoreApplication>

namespace kontor::chatwoot {

const AccountMembership *Profile::membership(qint64 accountId) const
{
    for (const AccountMembership &account : accounts) {
        if (account.id == accountId)
            return &account;
    }
    return nullptr;
}

bool Profile::isAdministrator(qint64 accountId) const
{
    const AccountMembership *account = membership(accountId);
    return account && account->role == QLatin1StringView("administrator");
}

Profile readProfile(const QJsonObject &object)
{
    Profile profile;
    profile.userId = readIdNumber(object.value(QLatin1StringView("id")));
    profile.name = readString(object.value(QLatin1StringView("available_name")));
    if (profile.name.isEmpty())
        profile.name = readString(object.value(QLatin1StringView("name")));
    profile.email = readString(object.value(QLatin1StringView("email")));
    profile.accessToken = readString(object.value(QLatin1StringView("access_token")));
    profile.pubsubToken = readString(object.value(QLatin1StringView("pubsub_token")));
    const QJsonArray accounts = object.value(QLatin1StringView("accounts")).toArray();
    for (const QJsonValue &value : accounts) {
        const QJsonObject account = value.toObject();
        AccountMembership membership;
        membership.id = readIdNumber(account.value(QLatin1StringView("id")));
        membership.name = readString(account.value(QLatin1StringView("name")));
        membership.role = readString(account.value(QLatin1StringView("role")));
        membership.availability = readString(account.value(QLatin1StringView("availability_status")));
        if (membership.id > 0)
            profile.accounts.append(membership);
    }
    // A profile without accounts[] (older servers) still names its account.
    const qint64 accountId = readIdNumber(object.value(QLatin1StringView("account_id")));
    if (profile.accounts.isEmpty() && accountId > 0)
        profile.accounts.append(
            {accountId, QString(), readString(object.value(QLatin1StringView("role"))), {}});
    return profile;
}

namespace {
QString notAProfile()
{
    return QCoreApplication::translate("ChatwootConnector",
                                       "The server answered, but not like a Chatwoot server does.");
}
} // namespace

ProfileJob::ProfileJob(QObject *parent)
    : ChatwootJob(Method::Get, QStringLiteral("/api/v1/profile"), parent)
{}

QString ProfileJob::read(const QJsonDocument &document, int)
{
    profile_ = readProfile(document.object());
    return profile_.userId > 0 ? QString() : notAProfile();
}

SignInJob::SignInJob(const QJsonObject &body)
    : ChatwootJob(Method::Post, QStringLiteral("/auth/sign_in"))
{
    setAuthenticated(false);
    setBody(body);
}

SignInJob *SignInJob::withPassword(const QString &email, const QString &password)
{
    return new SignInJob(
        QJsonObject{{QStringLiteral("email"), email.trimmed()}, {QStringLiteral("password"), password}});
}

SignInJob *SignInJob::withOneTimeCode(const QString &mfaToken, const QString &code)
{
    return new SignInJob(
        QJsonObject{{QStringLiteral("mfa_token"), mfaToken}, {QStringLiteral("otp_code"), code.trimmed()}});
}

SignInJob *SignInJob::withBackupCode(const QString &mfaToken, const QString &code)
{
    return new SignInJob(QJsonObject{{QStringLiteral("mfa_token"), mfaToken},
                                     {QStringLiteral("backup_code"), code.trimmed()}});
}

QString SignInJob::read(const QJsonDocument &document, int httpStatus)
{
    const QJsonObject top = document.object();
    if (httpStatus == 206 || readBool(top.value(QLatin1StringView("mfa_required")))) {
        mfaRequired_ = true;
        mfaToken_ = readString(top.value(QLatin1StringView("mfa_token")));
        return mfaToken_.isEmpty() ? notAProfile() : QString();
    }
    profile_ = readProfile(top.value(QLatin1StringView("data")).toObject());
    if (profile_.userId <= 0 || profile_.accessToken.isEmpty())
        return notAProfile();
    return {};
}

} // namespace kontor::chatwoot
