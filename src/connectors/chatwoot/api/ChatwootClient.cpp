#include "connectors/chatwoot/api/ChatwootClient.h"

namespace kontor::chatwoot {

ChatwootClient::ChatwootClient(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , network_(network)
{}

void ChatwootClient::abortAll()
{
    const QList<ChatwootJob *> jobs = findChildren<ChatwootJob *>(Qt::FindDirectChildrenOnly);
    for (ChatwootJob *job : jobs)
        job->abort();
}

int ChatwootClient::runningJobs() const
{
    return int(findChildren<ChatwootJob *>(Qt::FindDirectChildrenOnly).size());
}

} // namespace kontor::chatwoot
