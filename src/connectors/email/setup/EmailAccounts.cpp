#include "connectors/email/setup/EmailAccounts.h"

#include "secrets/SecretStore.h"
#include "sync/AccountConnectors.h"

#include <QPointer>
#include <QSettings>

namespace kontor::email {

namespace {

const QString kGroup = QStringLiteral("email_accounts");

QString tlsKey(TlsMode mode)
{
    return mode == TlsMode::Implicit ? QStringLiteral("tls") : QStringLiteral("starttls");
}

TlsMode tlsFrom(const QString &key)
{
    return key == QLatin1String("starttls") ? TlsMode::StartTls : TlsMode::Implicit;
}

void write(QSettings &settings, const EmailAccountSettings &account)
{
    settings.setValue(QStringLiteral("address"), account.address);
    settings.setValue(QStringLiteral("display_name"), account.displayName);
    settings.setValue(QStringLiteral("user"), account.userName);
    settings.setValue(QStringLiteral("imap_host"), account.imap.host);
    settings.setValue(QStringLiteral("imap_port"), account.imap.port);
    settings.setValue(QStringLiteral("imap_tls"), tlsKey(account.imap.tls));
    settings.setValue(QStringLiteral("smtp_host"), account.smtp.host);
    settings.setValue(QStringLiteral("smtp_port"), account.smtp.port);
    settings.setValue(QStringLiteral("smtp_tls"), tlsKey(account.smtp.tls));
    settings.setValue(QStringLiteral("folders"), account.watchedFolders);
    settings.setValue(QStringLiteral("sent_folder"), account.sentFolder);
    settings.setValue(QStringLiteral("trusted_certificate"),
                      QString::fromLatin1(account.trustedCertificatePem));
}

EmailAccountSettings read(const QSettings &settings)
{
    EmailAccountSettings account;
    account.address = settings.value(QStringLiteral("address")).toString();
    account.displayName = settings.value(QStringLiteral("display_name")).toString();
    account.userName = settings.value(QStringLiteral("user")).toString();
    account.imap = {settings.value(QStringLiteral("imap_host")).toString(),
                    quint16(settings.value(QStringLiteral("imap_port")).toUInt()),
                    tlsFrom(settings.value(QStringLiteral("imap_tls")).toString())};
    account.smtp = {settings.value(QStringLiteral("smtp_host")).toString(),
                    quint16(settings.value(QStringLiteral("smtp_port")).toUInt()),
                    tlsFrom(settings.value(QStringLiteral("smtp_tls")).toString())};
    const QStringList folders = settings.value(QStringLiteral("folders")).toStringList();
    if (!folders.isEmpty())
        account.watchedFolders = folders;
    const QString sent = settings.value(QStringLiteral("sent_folder")).toString();
    if (!sent.isEmpty())
        account.sentFolder = sent;
    account.trustedCertificatePem =
        settings.value(QStringLiteral("trusted_certificate")).toString().toLatin1();
    return account;
}

} // namespace

QList<EmailAccountSettings> loadEmailAccounts(QSettings &settings)
{
    QList<EmailAccountSettings> accounts;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        EmailAccountSettings account = read(settings);
        if (!account.address.isEmpty())
            accounts.append(account);
    }
    settings.endArray();
    return accounts;
}

void rememberEmailAccount(QSettings &settings, const EmailAccountSettings &account)
{
    QList<EmailAccountSettings> accounts = loadEmailAccounts(settings);
    accounts.removeIf([&](const EmailAccountSettings &a) { return a.address == account.address; });
    accounts.append(account);
    settings.beginWriteArray(kGroup, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        write(settings, accounts.at(i));
    }
    settings.endArray();
}

void forgetEmailAccount(QSettings &settings, const QString &address)
{
    QList<EmailAccountSettings> accounts = loadEmailAccounts(settings);
    accounts.removeIf([&](const EmailAccountSettings &a) { return a.address == address; });
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        write(settings, accounts.at(i));
    }
    settings.endArray();
}

QString emailSecretKey(const QString &address)
{
    return QStringLiteral("email/") + address;
}

EmailAccounts::EmailAccounts(SyncEngine &engine, SecretStore &secrets, bool connect, QObject *parent)
    : QObject(parent)
    , secrets_(secrets)
    , connect_(connect)
    , running_(std::make_unique<AccountConnectors>(engine))
{}

EmailAccounts::~EmailAccounts() = default;

QList<EmailAccountSettings> EmailAccounts::accounts() const
{
    QSettings settings;
    return loadEmailAccounts(settings);
}

void EmailAccounts::startConfigured()
{
    if (!connect_)
        return;
    for (const EmailAccountSettings &account : accounts()) {
        if (!running_->connector(account.address))
            startConnector(account);
    }
}

void EmailAccounts::add(const EmailAccountSettings &account)
{
    QSettings settings;
    rememberEmailAccount(settings, account);
    settings.sync();
    if (connect_)
        startConnector(account);
    Q_EMIT accountsChanged();
}

void EmailAccounts::remove(const QString &address, std::function<void(const QString &)> done)
{
    QSettings settings;
    forgetEmailAccount(settings, address);
    settings.sync();
    running_->remove(address);
    secrets_.remove(emailSecretKey(address), [done = std::move(done)](const QString &error) {
        if (done)
            done(error);
    });
    Q_EMIT accountsChanged();
}

void EmailAccounts::startConnector(const EmailAccountSettings &account)
{
    QPointer<EmailAccounts> self(this);
    secrets_.read(
        emailSecretKey(account.address), [self, account](std::optional<QString> password, const QString &) {
            if (!self || !password)
                return;
            self->running_->add(account.address, std::make_unique<EmailConnector>(account, *password));
        });
}

} // namespace kontor::email
