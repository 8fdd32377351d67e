#pragma once

#include "connectors/email/imap/FolderCursor.h"
#include "core/Time.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

namespace KIMAP {
class Session;
}

namespace kontor::email {

// A message as IMAP returned it.
struct FetchedMessage
{
    qint64 uid = 0;
    QByteArray raw{}; // the whole message, or only its header for a message the store already has
};

// Brings one folder up to date on a logged-in session, from its position: selects it, and when the folder's
// UIDVALIDITY is not the one of the position, starts over from the first message (the store knows messages by
// Message-ID, so nothing is duplicated). Messages the position has passed are fetched as headers only
// (knownMessages) when asked, so that threading knows them after a restart; new ones are fetched whole, in
// UID order, in chunks (newMessages), each with the position it reaches.
class FolderSync : public QObject
{
    Q_OBJECT
public:
    FolderSync(KIMAP::Session *session, QString folder, FolderPosition from, bool fetchKnownHeaders,
               QObject *parent = nullptr);

    void start();
    QString folder() const { return folder_; }

Q_SIGNALS:
    // The folder is selected: how many messages it holds, and whether its UIDVALIDITY voided the position.
    void selected(int messageCount, bool startedOver);
    void knownMessages(const QList<kontor::email::FetchedMessage> &messages);
    void newMessages(const QList<kontor::email::FetchedMessage> &messages,
                     const kontor::email::FolderPosition &reached);
    void finished(const kontor::email::FolderPosition &reached);
    void failed(const QString &reason);

private:
    void fetchKnown();
    void fetchNew();

    QPointer<KIMAP::Session> session_;
    QString folder_;
    FolderPosition position_;
    bool fetchKnownHeaders_ = false;
    qint64 nextUid_ = 0;
};

} // namespace kontor::email
