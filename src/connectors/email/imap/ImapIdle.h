#pragma once

#include "connectors/email/imap/ImapConnection.h"

#include <QObject>
#include <QPointer>

namespace KIMAP {
class IdleJob;
}

namespace kontor::email {

// Waits for new mail in one folder with IMAP IDLE on its own connection, so that the connection that syncs is
// free. The server ends an IDLE now and then (and KIMAP renews it before the server's timeout); it is started
// again as long as the connection holds.
class ImapIdle : public QObject
{
    Q_OBJECT
public:
    ImapIdle(EmailAccountSettings settings, QString password, QString folder, QObject *parent = nullptr);
    ~ImapIdle() override;

    void start();
    void stop();

Q_SIGNALS:
    void idling();  // the server will tell about new mail from now on
    void newMail(); // the folder changed: time to sync
    void lost();    // the connection is gone, or could not be made
    void failed(kontor::email::ConnectionProblem problem, const QString &detail);

private:
    void selectAndIdle();

    ImapConnection connection_;
    QString folder_;
    QPointer<KIMAP::IdleJob> job_;
    int lastCount_ = -1;
    bool stopping_ = false;
};

} // namespace kontor::email
