#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace kontor {

// What an erasure removed from the store, for what has to follow once it has committed: the drafts kept
// apart from it, and a backend whose records live on this computer too (the demo).
struct ErasureReport
{
    QList<qint64> customerIds{};     // customers removed whole
    QList<qint64> conversationIds{}; // local ids of the conversations removed
    // The backend's ids of what went, by account (accountKey()): contacts and conversations.
    QHash<QString, QStringList> contactRemoteIds{};
    QHash<QString, QStringList> conversationRemoteIds{};
    int messages = 0;
    int identities = 0;
    int outboxEntries = 0;
    QList<qint64> accountIds{}; // accounts removed with everything they brought

    bool isEmpty() const
    {
        return customerIds.isEmpty() && conversationIds.isEmpty() && messages == 0 && identities == 0 &&
               outboxEntries == 0 && accountIds.isEmpty();
    }
    void merge(const ErasureReport &other);
    // An account as its connector names it (AccountRecord's connector and remoteId).
    static QString accountKey(const QString &connector, const QString &accountRemoteId)
    {
        return connector + u'/' + accountRemoteId;
    }
};

} // namespace kontor

Q_DECLARE_METATYPE(kontor::ErasureReport)
