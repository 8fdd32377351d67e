#include "connectors/chatwoot/setup/ChatwootAccount.h"

#include <QSettings>

namespace kontor::chatwoot {

QString ChatwootAccount::secretKey() const
{
    return QStringLiteral("chatwoot:") + remoteId() + u':' + QString::number(userId);
}

QString ChatwootAccount::remoteId() const
{
    QString host = server.host();
    if (server.port() > 0)
        host += u':' + QString::number(server.port());
    return host + u'/' + QString::number(accountId);
}

QList<ChatwootAccount> loadChatwootAccounts(QSettings &settings)
{
    QList<ChatwootAccount> accounts;
    const int count = settings.beginReadArray(QStringLiteral("chatwoot/accounts"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ChatwootAccount account;
        account.server = QUrl(settings.value(QStringLiteral("server")).toString());
        account.accountId = settings.value(QStringLiteral("accountId")).toLongLong();
        account.accountName = settings.value(QStringLiteral("accountName")).toString();
        account.userId = settings.value(QStringLiteral("userId")).toLongLong();
        account.userName = settings.value(QStringLiteral("userName")).toString();
        if (account.isValid())
            accounts.append(account);
    }
    settings.endArray();
    return accounts;
}

void saveChatwootAccounts(QSettings &settings, const QList<ChatwootAccount> &accounts)
{
    settings.remove(QStringLiteral("chatwoot/accounts"));
    settings.beginWriteArray(QStringLiteral("chatwoot/accounts"), int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("server"), accounts[i].server.toString());
        settings.setValue(QStringLiteral("accountId"), accounts[i].accountId);
        settings.setValue(QStringLiteral("accountName"), accounts[i].accountName);
        settings.setValue(QStringLiteral("userId"), accounts[i].userId);
        settings.setValue(QStringLiteral("userName"), accounts[i].userName);
    }
    settings.endArray();
}

void rememberChatwootAccount(QSettings &settings, const ChatwootAccount &account)
{
    QList<ChatwootAccount> accounts = loadChatwootAccounts(settings);
    bool replaced = false;
    for (ChatwootAccount &existing : accounts) {
        if (existing.secretKey() == account.secretKey()) {
            existing = account;
            replaced = true;
        }
    }
    if (!replaced)
        accounts.append(account);
    saveChatwootAccounts(settings, accounts);
}

void forgetChatwootAccount(QSettings &settings, const ChatwootAccount &account)
{
    QList<ChatwootAccount> accounts = loadChatwootAccounts(settings);
    accounts.removeIf(
        [&](const ChatwootAccount &existing) { return existing.secretKey() == account.secretKey(); });
    saveChatwootAccounts(settings, accounts);
}

} // namespace kontor::chatwoot
