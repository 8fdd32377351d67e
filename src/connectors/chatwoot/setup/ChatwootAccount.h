#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace kontor::chatwoot {

// A configured Chatwoot account as the settings keep it: where it is and whose it is — never the token,
// which is in the keychain under secretKey().
struct ChatwootAccount
{
    QUrl server;
    qint64 accountId = 0;
    QString accountName;
    qint64 userId = 0;
    QString userName;

    bool isValid() const { return server.isValid() && accountId > 0 && userId > 0; }
    // The keychain entry of this account's access token: one per server, account and user.
    QString secretKey() const;
    // "<host>[:port]/<account id>", the account's remote id in the store.
    QString remoteId() const;

    friend bool operator==(const ChatwootAccount &, const ChatwootAccount &) = default;
};

// Reads and writes the list of Chatwoot accounts in the settings (group "chatwoot/accounts").
QList<ChatwootAccount> loadChatwootAccounts(QSettings &settings);
void saveChatwootAccounts(QSettings &settings, const QList<ChatwootAccount> &accounts);
// Adds the account or replaces the one with the same server, account and user.
void rememberChatwootAccount(QSettings &settings, const ChatwootAccount &account);
// Removes the account from the settings (its keychain entry is the caller's to remove: secretKey()).
void forgetChatwootAccount(QSettings &settings, const ChatwootAccount &account);

} // namespace kontor::chatwoot
