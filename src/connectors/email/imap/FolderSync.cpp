#include "connectors/email/imap/FolderSync.h"

#include <KIMAP/FetchJob>
#include <KIMAP/SelectJob>
#include <KIMAP/Session>

namespace kontor::email {

namespace {

QList<FetchedMessage> fetched(const QMap<qint64, KIMAP::Message> &messages, qint64 afterUid, bool headerOnly)
{
    QList<FetchedMessage> result;
    result.reserve(messages.size());
    for (const KIMAP::Message &message : messages) {
        // "UID n:*" names the last message even when its UID is below n.
        if (message.uid <= afterUid || !message.message)
            continue;
        result.append(
            {message.uid, headerOnly ? message.message->head() + "\n" : message.message->encodedContent()});
    }
    return result;
}

} // namespace

FolderSync::FolderSync(KIMAP::Session *session, QString folder, FolderPosition from, bool fetchKnownHeaders,
                       QObject *parent)
    : QObject(parent)
    , session_(session)
    , folder_(std::move(folder))
    , position_(from)
    , fetchKnownHeaders_(fetchKnownHeaders)
{}

void FolderSync::start()
{
    if (!session_) {
        Q_EMIT failed(QStringLiteral("no session"));
        return;
    }
    auto *select = new KIMAP::SelectJob(session_);
    select->setMailBox(folder_);
    select->setOpenReadOnly(true);
    connect(select, &KJob::result, this, [this, select] {
        if (select->error()) {
            Q_EMIT failed(select->errorString());
            return;
        }
        const bool changed = select->uidValidity() != position_.uidValidity;
        const bool startedOver = changed && position_.uidValidity != 0;
        if (changed)
            position_ = FolderPosition{select->uidValidity(), 0};
        nextUid_ = select->nextUid();
        Q_EMIT selected(select->messageCount(), startedOver);
        if (fetchKnownHeaders_ && position_.lastUid > 0)
            fetchKnown();
        else
            fetchNew();
    });
    select->start();
}

void FolderSync::fetchKnown()
{
    auto *fetch = new KIMAP::FetchJob(session_);
    fetch->setUidBased(true);
    fetch->setSequenceSet(KIMAP::ImapSet(1, position_.lastUid));
    KIMAP::FetchJob::FetchScope scope;
    scope.mode = KIMAP::FetchJob::FetchScope::FullHeaders;
    fetch->setScope(scope);
    connect(fetch, &KIMAP::FetchJob::messagesAvailable, this,
            [this](const QMap<qint64, KIMAP::Message> &messages) {
                Q_EMIT knownMessages(fetched(messages, 0, true));
            });
    connect(fetch, &KJob::result, this, [this, fetch] {
        if (fetch->error())
            Q_EMIT failed(fetch->errorString());
        else
            fetchNew();
    });
    fetch->start();
}

void FolderSync::fetchNew()
{
    if (nextUid_ > 0 && nextUid_ <= position_.lastUid + 1) {
        Q_EMIT finished(position_);
        return;
    }
    auto *fetch = new KIMAP::FetchJob(session_);
    fetch->setUidBased(true);
    fetch->setSequenceSet(KIMAP::ImapSet(position_.lastUid + 1, 0));
    KIMAP::FetchJob::FetchScope scope;
    scope.mode = KIMAP::FetchJob::FetchScope::Full;
    fetch->setScope(scope);
    connect(fetch, &KIMAP::FetchJob::messagesAvailable, this,
            [this](const QMap<qint64, KIMAP::Message> &messages) {
                QList<FetchedMessage> chunk = fetched(messages, position_.lastUid, false);
                if (chunk.isEmpty())
                    return;
                std::sort(chunk.begin(), chunk.end(),
                          [](const FetchedMessage &a, const FetchedMessage &b) { return a.uid < b.uid; });
                position_.lastUid = chunk.constLast().uid;
                Q_EMIT newMessages(chunk, position_);
            });
    connect(fetch, &KJob::result, this, [this, fetch] {
        if (fetch->error())
            Q_EMIT failed(fetch->errorString());
        else
            Q_EMIT finished(position_);
    });
    fetch->start();
}

} // namespace kontor::email
